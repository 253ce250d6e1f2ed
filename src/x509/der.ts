/**
 * A small DER reader: just enough to walk a certificate, a CRL or a key. It
 * refuses what OpenSSL's parser refuses (truncated lengths, trailing bytes,
 * BIT STRINGs with more than 7 unused bits, non-minimal serial numbers) and,
 * like OpenSSL, reads a long-form or zero-padded length and any non-zero
 * BOOLEAN byte: a gateway accepts those certificates, so a finding about
 * them would be wrong. One deliberate difference: an indefinite (BER)
 * length, which OpenSSL reads, is refused; DER forbids it, no CA emits it,
 * and a block that needs it is one to re-encode before upload.
 *
 * node:crypto parses certificates fast but, on Node 20, exposes neither the
 * signature algorithm nor basicConstraints, keyUsage or key identifiers; the
 * JavaScript ASN.1 libraries expose them but are ~10x slower and report
 * malformed input vaguely. Walking the few fields we need ourselves keeps the
 * hot path fast and lets a malformed block say exactly what is wrong.
 */

export class DerError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(`${message} at byte ${offset}`);
    this.name = 'DerError';
  }
}

/**
 * For a catch that takes a parse failure for a verdict on the bytes: a
 * DerError is one; anything else is a bug in the parser, and goes on up
 * (to be reported as an internal error, never as a malformed file).
 */
export function rethrowUnlessDerError(error: unknown): void {
  if (!(error instanceof DerError)) throw error;
}

export const Tag = {
  BOOLEAN: 0x01,
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OID: 0x06,
  UTF8_STRING: 0x0c,
  PRINTABLE_STRING: 0x13,
  T61_STRING: 0x14,
  IA5_STRING: 0x16,
  UTC_TIME: 0x17,
  GENERALIZED_TIME: 0x18,
  UNIVERSAL_STRING: 0x1c,
  BMP_STRING: 0x1e,
  SEQUENCE: 0x30,
  SET: 0x31,
} as const;

export interface DerNode {
  readonly tag: number;
  /** Offset of the tag byte within `source`. */
  readonly start: number;
  /** Offset of the first content byte. */
  readonly contentStart: number;
  /** Offset just past the last content byte. */
  readonly end: number;
  readonly source: Uint8Array;
}

/** Reads one TLV at `offset`; throws DerError on anything that is not strict DER. */
export function readNode(source: Uint8Array, offset = 0, limit = source.length): DerNode {
  if (offset >= limit) throw new DerError('unexpected end of data, expected a tag', offset);
  const tag = source[offset]!;
  if ((tag & 0x1f) === 0x1f) throw new DerError('multi-byte tags are not used in certificates', offset);
  if (offset + 1 >= limit) throw new DerError('truncated: missing length', offset);
  let lengthByte = source[offset + 1]!;
  let contentStart = offset + 2;
  let length: number;
  if (lengthByte < 0x80) {
    length = lengthByte;
  } else {
    lengthByte &= 0x7f;
    if (lengthByte === 0) throw new DerError('indefinite length is not allowed in DER', offset);
    if (lengthByte > 4) throw new DerError(`length field of ${lengthByte} bytes is too large`, offset);
    if (contentStart + lengthByte > limit) throw new DerError('truncated: length field cut short', offset);
    length = 0;
    for (let i = 0; i < lengthByte; i++) length = length * 256 + source[contentStart + i]!;
    contentStart += lengthByte;
  }
  const end = contentStart + length;
  if (end > limit) {
    throw new DerError(`truncated: element declares ${length} bytes but only ${limit - contentStart} remain`, offset);
  }
  return { tag, start: offset, contentStart, end, source };
}

/**
 * The children of a constructed node, in order. Callers descend only the
 * fixed shape of a certificate, never recursively, so no input can nest deep.
 */
export function children(node: DerNode): DerNode[] {
  const result: DerNode[] = [];
  let offset = node.contentStart;
  while (offset < node.end) {
    const child = readNode(node.source, offset, node.end);
    result.push(child);
    offset = child.end;
  }
  return result;
}

export function expectTag(node: DerNode | undefined, tag: number, what: string): DerNode {
  if (!node) throw new DerError(`missing ${what}`, 0);
  if (node.tag !== tag) {
    throw new DerError(
      `expected ${what} (tag 0x${tag.toString(16)}) but found tag 0x${node.tag.toString(16)}`,
      node.start,
    );
  }
  return node;
}

export function content(node: DerNode): Uint8Array {
  return node.source.subarray(node.contentStart, node.end);
}

export function whole(node: DerNode): Uint8Array {
  return node.source.subarray(node.start, node.end);
}

/** Dotted OIDs by their content bytes: a certificate names the same few dozen OIDs over and over. */
const OID_NAMES = new Map<string, string>();
const MAX_OID_NAMES = 4096;

export function decodeOid(node: DerNode): string {
  if (node.end === node.contentStart) throw new DerError('empty object identifier', node.start);
  const key = Buffer.from(
    node.source.buffer,
    node.source.byteOffset + node.contentStart,
    node.end - node.contentStart,
  ).toString('latin1');
  const known = OID_NAMES.get(key);
  if (known !== undefined) return known;
  const dotted = decodeOidArcs(node);
  if (OID_NAMES.size >= MAX_OID_NAMES) OID_NAMES.clear();
  OID_NAMES.set(key, dotted);
  return dotted;
}

function decodeOidArcs(node: DerNode): string {
  const bytes = content(node);
  const parts: number[] = [];
  let value = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    value = value * 128 + (byte & 0x7f);
    if (value > Number.MAX_SAFE_INTEGER / 128) throw new DerError('object identifier arc too large', node.start);
    if ((byte & 0x80) === 0) {
      if (parts.length === 0) {
        const first = value < 80 ? Math.floor(value / 40) : 2;
        parts.push(first, value - first * 40);
      } else {
        parts.push(value);
      }
      value = 0;
    } else if (i === bytes.length - 1) {
      throw new DerError('object identifier ends mid-arc', node.start);
    }
  }
  return parts.join('.');
}

export function decodeBoolean(node: DerNode): boolean {
  const bytes = content(node);
  if (bytes.length !== 1) throw new DerError('BOOLEAN must be one byte', node.start);
  return bytes[0] !== 0;
}

/** Small non-negative INTEGER (pathLenConstraint, version, saltLength). */
export function decodeSmallInteger(node: DerNode): number {
  const bytes = content(node);
  if (bytes.length === 0 || bytes.length > 6) throw new DerError('INTEGER out of range', node.start);
  let value = 0;
  for (const byte of bytes) value = value * 256 + byte;
  if (bytes[0]! & 0x80) value -= 2 ** (8 * bytes.length);
  return value;
}

/** Bit length of an unsigned big INTEGER (an RSA modulus). */
export function integerBitLength(node: DerNode): number {
  const bytes = content(node);
  let i = 0;
  while (i < bytes.length && bytes[i] === 0) i++;
  if (i === bytes.length) return 0;
  return (bytes.length - i - 1) * 8 + (32 - Math.clz32(bytes[i]!));
}

export function toHex(bytes: Uint8Array, separator = ''): string {
  const hex = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('hex');
  return separator === '' ? hex : (hex.match(/../g) ?? []).join(separator);
}

/** The unused-bits count of a BIT STRING, refused past 7 as OpenSSL's c2i_ASN1_BIT_STRING does. */
function unusedBits(node: DerNode): number {
  const bytes = content(node);
  if (bytes.length === 0) throw new DerError('empty BIT STRING', node.start);
  if (bytes[0]! > 7) throw new DerError(`BIT STRING with ${bytes[0]} unused bits (at most 7)`, node.start);
  return bytes[0]!;
}

/** The payload of a BIT STRING (a signature, a public key: whole bytes). */
export function bitStringBytes(node: DerNode): Uint8Array {
  unusedBits(node);
  return content(node).subarray(1);
}

/** Named bits of a BIT STRING (keyUsage), bit 0 first. */
export function bitStringFlags(node: DerNode): boolean[] {
  const unused = unusedBits(node);
  const bytes = content(node);
  const flags: boolean[] = [];
  const total = (bytes.length - 1) * 8 - unused;
  for (let bit = 0; bit < total; bit++) {
    flags.push(((bytes[1 + (bit >> 3)]! >> (7 - (bit & 7))) & 1) === 1);
  }
  return flags;
}

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');

/** Decodes the ASN.1 string types found in names; other tags are shown as hex. */
export function decodeString(node: DerNode): string {
  const bytes = content(node);
  switch (node.tag) {
    case Tag.UTF8_STRING:
      return utf8.decode(bytes);
    case Tag.PRINTABLE_STRING:
    case Tag.IA5_STRING:
    case Tag.T61_STRING:
    case 0x1a: // VisibleString
      return latin1.decode(bytes);
    case Tag.BMP_STRING: {
      let out = '';
      for (let i = 0; i + 1 < bytes.length; i += 2) out += String.fromCharCode((bytes[i]! << 8) | bytes[i + 1]!);
      return out;
    }
    case Tag.UNIVERSAL_STRING: {
      let out = '';
      for (let i = 0; i + 3 < bytes.length; i += 4) {
        const cp = ((bytes[i]! << 24) | (bytes[i + 1]! << 16) | (bytes[i + 2]! << 8) | bytes[i + 3]!) >>> 0;
        out += cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd';
      }
      return out;
    }
    default:
      return `#${toHex(whole(node))}`;
  }
}

/** UTCTime / GeneralizedTime as used in certificate validity (always Zulu). */
export function decodeTime(node: DerNode): Date {
  const text = latin1.decode(content(node));
  let match: RegExpMatchArray | null;
  let year: number;
  if (node.tag === Tag.UTC_TIME) {
    match = text.match(/^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?Z$/);
    if (!match) throw new DerError(`bad UTCTime "${text}"`, node.start);
    const yy = Number(match[1]);
    year = yy >= 50 ? 1900 + yy : 2000 + yy;
  } else if (node.tag === Tag.GENERALIZED_TIME) {
    match = text.match(/^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?(?:\.\d+)?Z$/);
    if (!match) throw new DerError(`bad GeneralizedTime "${text}"`, node.start);
    year = Number(match[1]);
  } else {
    throw new DerError(`expected a time but found tag 0x${node.tag.toString(16)}`, node.start);
  }
  const [month, day, hour, minute, second] = match.slice(2, 7).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  const date = new Date(ms);
  // Date.UTC rolls 31 February into March; a certificate time must name a real moment.
  if (
    Number.isNaN(ms) ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    throw new DerError(`bad time "${text}"`, node.start);
  }
  return date;
}
