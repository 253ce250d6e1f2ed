import type { Place } from '../model.js';

/** What a Terraform expression evaluates to: plain data, or a reference, an unknown or a file's content. */

/** A value only known after apply: an attribute the provider computes (`aws_s3_object.x.version_id`). */
export class Reference {
  constructor(
    readonly address: string,
    readonly attribute: string,
  ) {}
  /** How it reads inside a string, so two mentions of one bucket compare equal. */
  token(): string {
    const attribute = BUCKET_ID_ATTRIBUTES.has(this.attribute) ? '' : `.${this.attribute}`;
    return `${MARK}${this.address}${attribute}${MARK}`;
  }
}

/** What could not be evaluated, and why. */
export class Unknown {
  constructor(
    readonly reason: string,
    readonly place: Place,
  ) {}
}

/** `file("x")` and its kin: the content of a file, which is what a truststore attribute wants to know about. */
export class FileContent {
  constructor(
    readonly reference: string,
    readonly place: Place,
  ) {}
}

export type Value =
  string | number | boolean | null | Value[] | { [key: string]: Value } | Reference | Unknown | FileContent;

/** Marks a reference inside a string: a private-use character no template can produce by itself. */
export const MARK = '\uF8FF';
/** Attributes that name the same bucket (`aws_s3_bucket.x.id` and `.bucket`). */
const BUCKET_ID_ATTRIBUTES = new Set(['id', 'bucket']);

export const isRecord = (value: Value): value is { [key: string]: Value } =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  !(value instanceof Reference) &&
  !(value instanceof Unknown) &&
  !(value instanceof FileContent);

/** A value as text, or the reason it has none. */
export function asString(value: Value, place: Place): string | Unknown {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Reference) return value.token();
  if (value instanceof Unknown) return value;
  return new Unknown('a value that is not text', place);
}

/** How a string with references reads to a person: `${aws_s3_bucket.certs}`. */
export function readable(text: string): string {
  return text.replace(new RegExp(`${MARK}([^${MARK}]*)${MARK}`, 'g'), '${$1}');
}

export function isReferenceTo(value: Value, address: string, attributeName: string): boolean {
  if (value instanceof Reference) return value.address === address && value.attribute === attributeName;
  return typeof value === 'string' && value === `${MARK}${address}.${attributeName}${MARK}`;
}

export function describeValue(value: Value): string {
  if (value instanceof Reference) return `${value.address}.${value.attribute}`;
  if (typeof value === 'string') return readable(value);
  return JSON.stringify(value);
}
