import { children, content, Tag, whole, type DerNode } from './der.js';

/**
 * The certificate as OpenSSL writes it back (i2d_X509), which is what its
 * fingerprint, `crl2pkcs7` and a chain's identity are made of: the signed
 * part as read, around it lengths in their shortest form, the algorithm's
 * NULL as `05 00`, the signature's unused bits cleared. For a DER
 * certificate these are its own bytes.
 */
export function opensslEncoding(outer: DerNode, tbs: DerNode, algorithm: DerNode, signature: DerNode): Uint8Array {
  const parts = algorithm.tag === Tag.SEQUENCE ? children(algorithm) : [];
  const unused = signature.end > signature.contentStart ? outer.source[signature.contentStart]! : 0;
  const lastByte = signature.end - signature.contentStart > 1 ? outer.source[signature.end - 1]! : 0;
  const canonical =
    hasMinimalLength(outer) &&
    hasMinimalLength(algorithm) &&
    hasMinimalLength(signature) &&
    parts.every((part) => hasMinimalLength(part) && (part.tag !== Tag.NULL || part.end === part.contentStart)) &&
    (lastByte & ((1 << unused) - 1)) === 0;
  if (canonical) return whole(outer);
  const algorithmParts = parts.map((part) =>
    part.tag & 0x20 ? whole(part) : part.tag === Tag.NULL ? encodeNode(Tag.NULL) : encodeNode(part.tag, content(part)),
  );
  const bits = Uint8Array.from(content(signature));
  if (bits.length > 1 && unused < 8) bits[bits.length - 1]! &= 0xff << unused;
  return encodeNode(
    Tag.SEQUENCE,
    whole(tbs),
    encodeNode(Tag.SEQUENCE, ...algorithmParts),
    encodeNode(Tag.BIT_STRING, bits),
  );
}

/** A DER length in its shortest form. */
function encodeLength(length: number): number[] {
  if (length < 0x80) return [length];
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return [0x80 | bytes.length, ...bytes];
}

/** A TLV with its length in the shortest form. */
function encodeNode(tag: number, ...contents: Uint8Array[]): Uint8Array {
  const length = contents.reduce((sum, part) => sum + part.length, 0);
  return Buffer.concat([Uint8Array.from([tag, ...encodeLength(length)]), ...contents]);
}

/** Whether a node's own length field is in its shortest form. */
function hasMinimalLength(node: DerNode): boolean {
  const lengthBytes = node.contentStart - node.start - 1;
  return lengthBytes === 1 || (node.end - node.contentStart >= 0x80 && node.source[node.start + 2] !== 0);
}
