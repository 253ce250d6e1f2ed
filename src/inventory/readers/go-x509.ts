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
import { createPublicKey } from 'node:crypto';
import type { Certificate } from '../../x509/certificate.js';
import { children, content, decodeOid, readNode, Tag, whole, type DerNode } from '../../x509/der.js';

const NIST_CURVES: Record<string, number> = {
  '1.3.132.0.33': 28, // P-224
  '1.2.840.10045.3.1.7': 32, // P-256
  '1.3.132.0.34': 48, // P-384
  '1.3.132.0.35': 66, // P-521
};
const RSA = '1.2.840.113549.1.1.1';
const EC = '1.2.840.10045.2.1';
const ED25519 = '1.3.101.112';
const DSA = '1.2.840.10040.4.1';
/** Extensions Go parses in processExtensions: their value must be DER Go can read. */
const PARSED_EXTENSIONS = new Set([
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
]);

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
    if (node.tag === Tag.BOOLEAN && (length !== 1 || (bytes[node.contentStart] !== 0 && bytes[node.contentStart] !== 0xff)))
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
  if (bytes.length > 1 && ((bytes[0] === 0 && bytes[1]! < 0x80) || (bytes[0] === 0xff && bytes[1]! >= 0x80))) return false;
  if (bytes[0]! & 0x80) return false;
  const significant = bytes[0] === 0 ? bytes.length - 1 : bytes.length;
  return significant <= maxBytes && bytes.some((byte) => byte !== 0);
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function isPrintable(byte: number): boolean {
  return (
    (byte >= 0x61 && byte <= 0x7a) ||
    (byte >= 0x41 && byte <= 0x5a) ||
    (byte >= 0x30 && byte <= 0x39) ||
    (byte >= 0x27 && byte <= 0x29) ||
    (byte >= 0x2b && byte <= 0x2f) ||
    byte === 0x20 ||
    byte === 0x3a ||
    byte === 0x3d ||
    byte === 0x3f ||
    byte === 0x2a ||
    byte === 0x26
  );
}

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
  const oid = decodeOid(oidNode);
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
    const size = NIST_CURVES[decodeOid(parameters)];
    if (!size || keyBytes.length !== 1 + 2 * size || keyBytes[0] !== 0x04) return false;
    try {
      createPublicKey({ key: Buffer.from(whole(spki)), format: 'der', type: 'spki' });
      return true;
    } catch {
      return false;
    }
  }
  if (oid === ED25519) return parameters === undefined && keyBytes.length === 32;
  if (oid === DSA) {
    if (parameters?.tag !== Tag.SEQUENCE) return false;
    const [p, q, g] = children(parameters);
    const y = readNode(keyBytes);
    return isPositiveInteger(p) && isPositiveInteger(q) && isPositiveInteger(g) && y.end === keyBytes.length && isPositiveInteger(y);
  }
  return true;
}

/** Whether Go's x509.ParseCertificate takes `bytes`, which the tool parsed as `certificate`. */
export function goParsesCertificate(certificate: Certificate, bytes: Uint8Array): boolean {
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
        const oid = decodeOid(parts[0]!);
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
