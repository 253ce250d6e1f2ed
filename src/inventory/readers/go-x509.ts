/**
 * Whether Go's `x509.ParseCertificate` (Go 1.19, src/crypto/x509/parser.go)
 * takes a certificate's bytes: the checks it makes beyond what the tool's own
 * parser makes. Go reads with cryptobyte, which takes only DER (shortest
 * lengths, BOOLEAN as 00 or FF, BIT STRINGs with clear unused bits), refuses
 * trailing bytes and an inner signature algorithm that differs from the
 * outer one, decodes names strictly, parses RSA, ECDSA (on the NIST curves
 * only, uncompressed points), Ed25519 and DSA keys, and refuses repeated
 * extensions. Where the model cannot tell, it says Go refuses: the tool then
 * reports a disagreement, which fails closed.
 */
import type { Certificate } from '../../x509/certificate.js';
import { children, content, readNode, Tag, type DerNode } from '../../x509/der.js';
import { isPrintable } from '../../x509/go-names.js';

/** The NIST curves Go 1.19 knows, y² = x³ - 3x + b over GF(p): their field size in bytes, p and b (FIPS 186-4, D.1.2). */
const NIST_CURVES: Record<string, { size: number; p: bigint; b: bigint }> = {
  [oidHex('1.3.132.0.33')]: {
    size: 28,
    p: 0xffffffffffffffffffffffffffffffff000000000000000000000001n,
    b: 0xb4050a850c04b3abf54132565044b0b7d7bfd8ba270b39432355ffb4n,
  },
  [oidHex('1.2.840.10045.3.1.7')]: {
    size: 32,
    p: 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn,
    b: 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn,
  },
  [oidHex('1.3.132.0.34')]: {
    size: 48,
    p: 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffffn,
    b: 0xb3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aefn,
  },
  [oidHex('1.3.132.0.35')]: {
    size: 66,
    p: (1n << 521n) - 1n,
    b: 0x0051953eb9618e1c9a1f929a21a0b68540eea2da725b99b315f3b8b489918ef109e156193951ec7e937b1652c0bd3bb1bf073573df883d2c34f1ef451fd46b503f00n,
  },
};

const toBigInt = (bytes: Uint8Array) => (bytes.length === 0 ? 0n : BigInt(`0x${Buffer.from(bytes).toString('hex')}`));

/** elliptic.Unmarshal: an uncompressed point whose coordinates lie below p, on the curve. */
function isOnCurve(curve: { size: number; p: bigint; b: bigint }, point: Uint8Array): boolean {
  if (point.length !== 1 + 2 * curve.size || point[0] !== 0x04) return false;
  const { p, b } = curve;
  const x = toBigInt(point.subarray(1, 1 + curve.size));
  const y = toBigInt(point.subarray(1 + curve.size));
  if (x >= p || y >= p) return false;
  // A multiple of p whatever its sign: BigInt's % keeps the dividend's sign, and 0n has none.
  return (y * y - (((x * x) % p) * x - 3n * x + b)) % p === 0n;
}
/** An OID's DER content as hex: compared as bytes, the OIDs of every certificate need not be decoded. */
function oidHex(dotted: string): string {
  const [first, second, ...rest] = dotted.split('.').map(Number);
  const bytes: number[] = [];
  for (const arc of [first! * 40 + second!, ...rest]) {
    const groups = [arc & 0x7f];
    for (let value = Math.floor(arc / 128); value > 0; value = Math.floor(value / 128))
      groups.unshift(0x80 | (value & 0x7f));
    bytes.push(...groups);
  }
  return Buffer.from(bytes).toString('hex');
}
const hexOf = (node: DerNode) => Buffer.from(content(node)).toString('hex');

const RSA = oidHex('1.2.840.113549.1.1.1');
const EC = oidHex('1.2.840.10045.2.1');
const ED25519 = oidHex('1.3.101.112');
const DSA = oidHex('1.2.840.10040.4.1');
/** Extensions Go parses in processExtensions: their value must be DER Go can read. */
const PARSED_EXTENSIONS = new Set(
  [
    '2.5.29.15',
    '2.5.29.19',
    '2.5.29.17',
    '2.5.29.30',
    '2.5.29.31',
    '2.5.29.35',
    '2.5.29.14',
    '2.5.29.37',
    '2.5.29.32',
    '1.3.6.1.5.5.7.1.1',
  ].map(oidHex),
);

/** DER as cryptobyte reads it, to a bounded depth: shortest lengths, DER booleans, BIT STRINGs with clear padding. */
function isStrictDer(bytes: Uint8Array, depth = 0): boolean {
  if (depth > 32) return false;
  let offset = 0;
  while (offset < bytes.length) {
    let node: DerNode;
    try {
      node = readNode(bytes, offset);
    } catch {
      return false;
    }
    const lengthBytes = node.contentStart - node.start - 1;
    const length = node.end - node.contentStart;
    if (lengthBytes > 1 && (length < 0x80 || bytes[node.start + 2] === 0)) return false;
    if (
      node.tag === Tag.BOOLEAN &&
      (length !== 1 || (bytes[node.contentStart] !== 0 && bytes[node.contentStart] !== 0xff))
    )
      return false;
    if (node.tag === Tag.BIT_STRING && !isStrictBitString(node)) return false;
    if (node.tag & 0x20 && !isStrictDer(bytes.subarray(node.contentStart, node.end), depth + 1)) return false;
    offset = node.end;
  }
  return true;
}

function isStrictBitString(node: DerNode): boolean {
  const bytes = content(node);
  if (bytes.length === 0) return false;
  const padding = bytes[0]!;
  if (padding > 7 || (bytes.length === 1 && padding > 0)) return false;
  return (bytes[bytes.length - 1]! & ((1 << padding) - 1)) === 0;
}

/** An INTEGER cryptobyte reads into a big.Int: minimal, and here also positive. */
function isPositiveInteger(node: DerNode | undefined, maxBytes = Infinity): boolean {
  if (node?.tag !== Tag.INTEGER) return false;
  const bytes = content(node);
  if (bytes.length === 0 || bytes.length > maxBytes + 1) return false;
  if (bytes.length > 1 && ((bytes[0] === 0 && bytes[1]! < 0x80) || (bytes[0] === 0xff && bytes[1]! >= 0x80)))
    return false;
  if (bytes[0]! & 0x80) return false;
  const significant = bytes[0] === 0 ? bytes.length - 1 : bytes.length;
  return significant <= maxBytes && bytes.some((byte) => byte !== 0);
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** parseASN1String: the string types Go reads in names, each checked as Go checks it. */
function isGoString(node: DerNode): boolean {
  const bytes = content(node);
  switch (node.tag) {
    case Tag.T61_STRING:
      return true;
    case Tag.PRINTABLE_STRING:
      return bytes.every(isPrintable);
    case Tag.UTF8_STRING:
      try {
        UTF8.decode(bytes);
        return true;
      } catch {
        return false;
      }
    case Tag.BMP_STRING:
      // parseBMPString: UTF-16 of even length; lone surrogates decode to U+FFFD.
      return bytes.length % 2 === 0;
    case Tag.IA5_STRING:
      return bytes.every((byte) => byte < 0x80);
    case 0x12: // NumericString
      return bytes.every((byte) => (byte >= 0x30 && byte <= 0x39) || byte === 0x20);
    default:
      return false;
  }
}

/** parseName: a SEQUENCE of SETs of {OID, string}. */
function isGoName(node: DerNode | undefined): boolean {
  if (node?.tag !== Tag.SEQUENCE) return false;
  for (const set of children(node)) {
    if (set.tag !== Tag.SET) return false;
    for (const attribute of children(set)) {
      if (attribute.tag !== Tag.SEQUENCE) return false;
      const [type, value, extra] = children(attribute);
      if (type?.tag !== Tag.OID || !value || extra || !isGoString(value)) return false;
    }
  }
  return true;
}

function isGoTime(node: DerNode | undefined): boolean {
  if (!node) return false;
  const text = Buffer.from(content(node)).toString('latin1');
  if (node.tag === Tag.UTC_TIME) return /^\d{12}Z$/.test(text);
  if (node.tag === Tag.GENERALIZED_TIME) return /^\d{14}Z$/.test(text);
  return false;
}

/** parsePublicKey for the algorithms Go knows; any other algorithm is read as unknown, without error. */
function isGoPublicKey(spki: DerNode | undefined): boolean {
  if (spki?.tag !== Tag.SEQUENCE) return false;
  const [algorithm, key] = children(spki);
  if (algorithm?.tag !== Tag.SEQUENCE || key?.tag !== Tag.BIT_STRING) return false;
  const [oidNode, parameters] = children(algorithm);
  if (oidNode?.tag !== Tag.OID) return false;
  const oid = hexOf(oidNode);
  const keyBytes = content(key).subarray(1);
  if (oid === RSA) {
    if (parameters?.tag !== Tag.NULL || parameters.end !== parameters.contentStart) return false;
    const rsaKey = readNode(keyBytes);
    if (rsaKey.tag !== Tag.SEQUENCE || rsaKey.end !== keyBytes.length) return false;
    const [modulus, exponent, extra] = children(rsaKey);
    return !extra && isPositiveInteger(modulus) && isPositiveInteger(exponent, 8);
  }
  if (oid === EC) {
    if (parameters?.tag !== Tag.OID) return false;
    const curve = NIST_CURVES[hexOf(parameters)];
    return curve !== undefined && isOnCurve(curve, keyBytes);
  }
  if (oid === ED25519) return parameters === undefined && keyBytes.length === 32;
  if (oid === DSA) {
    if (parameters?.tag !== Tag.SEQUENCE) return false;
    const [p, q, g] = children(parameters);
    const y = readNode(keyBytes);
    return (
      isPositiveInteger(p) &&
      isPositiveInteger(q) &&
      isPositiveInteger(g) &&
      y.end === keyBytes.length &&
      isPositiveInteger(y)
    );
  }
  return true;
}

/** Verdicts by certificate, for the CAs many client files repeat; cleared when it grows past a bound. */
const verdicts = new Map<string, boolean>();
const MAX_VERDICTS = 20_000;

/** Whether Go's x509.ParseCertificate takes `bytes`, which the tool parsed as `certificate`. */
export function goParsesCertificate(certificate: Certificate, bytes: Uint8Array): boolean {
  // The certificate's identity stands for the bytes only where they are its own DER (not re-encoded, nothing after).
  const cacheable = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).equals(certificate.der);
  const cached = cacheable ? verdicts.get(certificate.sha256) : undefined;
  if (cached !== undefined) return cached;
  const verdict = parses(certificate, bytes);
  if (cacheable) {
    if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
    verdicts.set(certificate.sha256, verdict);
  }
  return verdict;
}

function parses(certificate: Certificate, bytes: Uint8Array): boolean {
  if (!certificate.signatureAlgorithmsMatch) return false;
  try {
    const outer = readNode(bytes);
    if (outer.end !== bytes.length || !isStrictDer(bytes)) return false;
    const [tbs] = children(outer);
    const fields = children(tbs!);
    let index = 0;
    let version = 0;
    if (fields[0]?.tag === 0xa0) {
      const versionNode = children(fields[0])[0]!;
      version = content(versionNode)[0] ?? 0;
      if (content(versionNode).length !== 1 || version > 2) return false;
      index = 1;
    }
    const [serial, , issuer, validity, subject, spki, ...optional] = fields.slice(index);
    if (serial?.tag !== Tag.INTEGER || !isGoName(issuer) || !isGoName(subject)) return false;
    const [notBefore, notAfter] = validity ? children(validity) : [];
    if (!isGoTime(notBefore) || !isGoTime(notAfter) || !isGoPublicKey(spki)) return false;
    const extensions = optional.find((field) => field.tag === 0xa3);
    if (extensions && version === 2) {
      const seen = new Set<string>();
      for (const extension of children(children(extensions)[0]!)) {
        const parts = children(extension);
        const oid = hexOf(parts[0]!);
        if (seen.has(oid)) return false;
        seen.add(oid);
        // parseExtension: the OID, an optional BOOLEAN, then the OCTET STRING; what follows is not read.
        const value = parts[1]?.tag === Tag.BOOLEAN ? parts[2] : parts[1];
        if (value?.tag !== Tag.OCTET_STRING) return false;
        if (PARSED_EXTENSIONS.has(oid)) {
          const inner = content(value);
          if (inner.length === 0 || readNode(inner).end !== inner.length || !isStrictDer(inner)) return false;
        }
      }
    }
    return true;
  } catch {
    return false;
  }
}
