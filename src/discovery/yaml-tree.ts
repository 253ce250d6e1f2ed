import type { Document, Node as YamlNode } from 'yaml';
import { lineIndex } from './paths.js';

/**
 * YAML (and JSON, which the same parser reads) as plain values that keep
 * their lines. CloudFormation's short-form intrinsics (`!Ref`, `!Sub`,
 * `!GetAtt`, ...) are declared as custom tags and become the long form
 * (`{ Ref: ... }`, `{ 'Fn::Sub': ... }`), so YAML and JSON templates read alike.
 */

export type Plain = string | number | boolean | null | Plain[] | PlainMap;
export interface PlainMap {
  [key: string]: Plain;
}

const INTRINSICS = [
  'Ref',
  'Sub',
  'GetAtt',
  'Join',
  'Select',
  'Split',
  'If',
  'Equals',
  'Not',
  'And',
  'Or',
  'FindInMap',
  'Base64',
  'Cidr',
  'GetAZs',
  'ImportValue',
  'Condition',
  'Transform',
  'ToJsonString',
  'Length',
];

/** The long-form key of a short-form tag: `!Ref` → `Ref`, `!Sub` → `Fn::Sub`. */
function longForm(tag: string): string {
  const name = tag.slice(1);
  return name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
}

/** Declared so the parser neither warns about them nor changes their content; the walk below reads the tag. */
const CUSTOM_TAGS = INTRINSICS.flatMap((name) => [
  { tag: `!${name}`, resolve: (value: string) => value },
  { tag: `!${name}`, collection: 'seq' as const, resolve: (value: unknown) => value },
  { tag: `!${name}`, collection: 'map' as const, resolve: (value: unknown) => value },
]);

/** Where each key of each map was, so a value's line can be told. */
export class Lines {
  private readonly keys = new WeakMap<object, Map<string, number>>();
  private readonly starts = new WeakMap<object, number>();

  set(container: object, key: string, line: number): void {
    let map = this.keys.get(container);
    if (!map) this.keys.set(container, (map = new Map<string, number>()));
    map.set(key, line);
  }

  start(container: object, line: number): void {
    this.starts.set(container, line);
  }

  /** The line of `key` in `container`, or of the container itself, or 1. */
  of(container: object | undefined, key?: string): number {
    if (!container) return 1;
    return (key !== undefined ? this.keys.get(container)?.get(key) : undefined) ?? this.starts.get(container) ?? 1;
  }
}

export interface ParsedYaml {
  documents: Plain[];
  lines: Lines;
  /** The first syntax error: its line and message. */
  error?: { line: number; message: string };
}

interface YamlApi {
  parseAllDocuments: typeof import('yaml').parseAllDocuments;
  isMap: typeof import('yaml').isMap;
  isSeq: typeof import('yaml').isSeq;
  isScalar: typeof import('yaml').isScalar;
  isAlias: typeof import('yaml').isAlias;
}

/** Aliases expanded at most this many times in one file: a "billion laughs" file stops here. */
const MAX_NODES = 200_000;

export async function parseYaml(text: string): Promise<ParsedYaml> {
  const yaml: YamlApi = await import('yaml');
  const line = lineIndex(text);
  const lines = new Lines();
  let budget = MAX_NODES;
  const documents = yaml.parseAllDocuments(text, {
    customTags: CUSTOM_TAGS,
    uniqueKeys: false,
  });
  const list = Array.isArray(documents) ? documents : [];
  const errors = list.flatMap((document) => document.errors);
  const first = errors[0];
  // Anchors by name as the walk meets them (an alias always follows its anchor): resolving through the
  // document would search it once per alias.
  const anchors = new Map<string, unknown>();
  const walk = (node: unknown, document: Document): Plain => {
    if (--budget < 0) return null;
    if (yaml.isAlias(node)) return walk(anchors.get(node.source), document);
    const anchor = (node as YamlNode | undefined)?.anchor;
    if (anchor) anchors.set(anchor, node);
    let value: Plain;
    const nodeLine = (node as YamlNode | undefined)?.range ? line((node as YamlNode).range![0]) : 1;
    if (yaml.isMap(node)) {
      const map: PlainMap = {};
      lines.start(map, nodeLine);
      for (const pair of node.items) {
        const keyNode = pair.key as YamlNode | null;
        const key = yaml.isScalar(keyNode) ? String(keyNode.value) : JSON.stringify(walk(keyNode, document));
        map[key] = walk(pair.value, document);
        lines.set(map, key, keyNode?.range ? line(keyNode.range[0]) : nodeLine);
      }
      value = map;
    } else if (yaml.isSeq(node)) {
      const seq = node.items.map((item) => walk(item, document));
      lines.start(seq, nodeLine);
      value = seq;
    } else if (yaml.isScalar(node)) {
      const scalar = node.value;
      value =
        typeof scalar === 'string' || typeof scalar === 'number' || typeof scalar === 'boolean' || scalar === null
          ? scalar
          : typeof scalar === 'bigint'
            ? Number(scalar)
            : null;
    } else value = null;
    const tag = (node as YamlNode | undefined)?.tag;
    if (tag && tag.startsWith('!') && INTRINSICS.includes(tag.slice(1))) {
      const wrapped: PlainMap = { [longForm(tag)]: value };
      lines.start(wrapped, nodeLine);
      lines.set(wrapped, longForm(tag), nodeLine);
      return wrapped;
    }
    return value;
  };
  return {
    documents: list.map((document) => {
      anchors.clear(); // anchors are each document's own
      return walk(document.contents, document);
    }),
    lines,
    ...(first ? { error: { line: first.linePos?.[0]?.line ?? 1, message: first.message.split('\n')[0]! } } : {}),
  };
}

export const isPlainMap = (value: Plain | undefined): value is PlainMap =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
