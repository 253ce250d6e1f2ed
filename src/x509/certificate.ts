import {
  bitStringBytes,
  children,
  content,
  decodeOid,
  decodeSmallInteger,
  decodeTime,
  DerError,
  expectTag,
  integerBitLength,
  readNode,
  Tag,
  toHex,
  whole,
  type DerNode,
} from './der.js';
import {
  CURVES,
  describeSignatureAlgorithm,
  signatureFitsKey,
  HASH_OIDS,
  KEY_ALGORITHM_OIDS,
  RSASSA_PSS_OID,
  type KeyType,
  type SignatureAlgorithmInfo,
} from './algorithms.js';
import { opensslEncoding } from './openssl-encoding.js';
import { parseExtensions, type BasicConstraints, type Extensions } from './extensions.js';
import { parseRecurringName, type DistinguishedName } from './names.js';
import { sha256Hex } from './sha256.js';

export type { BasicConstraints };

export interface PublicKeyInfo {
  type: KeyType;
  /** RSA modulus length, DSA prime length, or the curve's field size for EC keys. */
  bits?: number;
  /** RSA: the length of the public exponent (17 for 65537). */
  exponentBits?: number;
  /** DSA: the length of the subgroup order q. */
  subgroupBits?: number;
  /** Named curve (P-256, ...) for EC keys. */
  curve?: string;
  /** EC key with explicit domain parameters instead of a named curve. */
  explicitCurve?: boolean;
  algorithmOid: string;
  /** SHA-256 of the DER SubjectPublicKeyInfo: compares keys without printing them. */
  sha256: string;
}

/** A parsed certificate: its fields, what its extensions say (Extensions), and what signature checks need. */
export interface Certificate extends Readonly<Extensions> {
  readonly der: Uint8Array;
  /** Uppercase hex, no separators: what `openssl x509 -fingerprint -sha256` prints, minus colons. */
  readonly sha256: string;
  readonly version: number;
  /** Lowercase hex of the serial number's DER content. */
  readonly serialNumber: string;
  readonly subject: DistinguishedName;
  readonly issuer: DistinguishedName;
  readonly notBefore: Date;
  readonly notAfter: Date;
  readonly publicKey: PublicKeyInfo;
  readonly signatureAlgorithm: SignatureAlgorithmInfo;
  /** The algorithm named inside the signed part; RFC 5280 requires it to equal the outer one. */
  readonly signatureAlgorithmsMatch: boolean;
  /** Subject and issuer are the same name. */
  readonly selfIssued: boolean;
  /**
   * Self-signed as OpenSSL decides it, without checking the signature
   * (EXFLAG_SS): self-issued, its authorityKeyIdentifier does not contradict
   * its own key, and its signature algorithm fits its own key. Only such a
   * truststore certificate is a trust anchor (unless partial chains are on).
   */
  readonly selfSigned: boolean;
  /** The signed part (TBSCertificate, DER), the signature bits, and the SubjectPublicKeyInfo (DER): what signature checks need. */
  readonly tbs: Uint8Array;
  readonly signature: Uint8Array;
  readonly spki: Uint8Array;
  /** RSASSA-PSS parameters of the signature, when it is one (RFC 4055 defaults filled in). */
  readonly pss?: PssParameters;
}

export interface PssParameters {
  hash: string;
  mgf1Hash: string;
  saltLength: number;
}

function parseAlgorithmIdentifier(node: DerNode | undefined, what: string): { oid: string; parameters?: DerNode } {
  const [oidNode, parameters] = children(expectTag(node, Tag.SEQUENCE, what));
  return { oid: decodeOid(expectTag(oidNode, Tag.OID, `${what} OID`)), parameters };
}

/** RFC 4055 RSASSA-PSS-params: hashAlgorithm [0] (SHA-1), maskGenAlgorithm [1] (MGF1 with SHA-1), saltLength [2] (20). */
function parsePssParameters(parameters: DerNode | undefined): {
  hashOid: string;
  mgf1HashOid: string;
  saltLength: number;
} {
  const result = { hashOid: '1.3.14.3.2.26', mgf1HashOid: '1.3.14.3.2.26', saltLength: 20 };
  if (!parameters || parameters.tag !== Tag.SEQUENCE) return result;
  for (const field of children(parameters)) {
    const inner = children(field)[0];
    if (field.tag === 0xa0) result.hashOid = parseAlgorithmIdentifier(inner, 'PSS hash algorithm').oid;
    else if (field.tag === 0xa1) {
      const mgf = parseAlgorithmIdentifier(inner, 'PSS mask generation');
      result.mgf1HashOid = parseAlgorithmIdentifier(mgf.parameters, 'MGF1 hash').oid;
    } else if (field.tag === 0xa2)
      result.saltLength = decodeSmallInteger(expectTag(inner, Tag.INTEGER, 'PSS saltLength'));
  }
  return result;
}

export function parseSignatureAlgorithm(
  node: DerNode | undefined,
  what: string,
): SignatureAlgorithmInfo & { pss?: PssParameters } {
  const { oid, parameters } = parseAlgorithmIdentifier(node, what);
  if (oid !== RSASSA_PSS_OID) return describeSignatureAlgorithm(oid);
  const { hashOid, mgf1HashOid, saltLength } = parsePssParameters(parameters);
  const hash = HASH_OIDS[hashOid];
  const pss = { hash: HASH_OIDS[hashOid] ?? hashOid, mgf1Hash: HASH_OIDS[mgf1HashOid] ?? mgf1HashOid, saltLength };
  if (!hash) return { oid, name: `RSASSA-PSS (unknown hash ${hashOid})`, family: 'RSA-PSS', pss };
  return { ...describeSignatureAlgorithm(oid, hash), pss };
}

export function parsePublicKey(spki: DerNode): PublicKeyInfo {
  const [algorithm, keyBits] = children(expectTag(spki, Tag.SEQUENCE, 'SubjectPublicKeyInfo'));
  const { oid, parameters } = parseAlgorithmIdentifier(algorithm, 'public key algorithm');
  const keyBytes = bitStringBytes(expectTag(keyBits, Tag.BIT_STRING, 'subjectPublicKey'));
  const info: PublicKeyInfo = {
    type: KEY_ALGORITHM_OIDS[oid] ?? (oid.startsWith('1.2.643.') ? 'GOST' : 'unknown'),
    algorithmOid: oid,
    sha256: sha256Hex(whole(spki)),
  };
  if (info.type === 'RSA' || info.type === 'RSA-PSS') {
    const rsaKey = readNode(keyBytes);
    const [modulus, exponent] = children(expectTag(rsaKey, Tag.SEQUENCE, 'RSAPublicKey'));
    info.bits = integerBitLength(expectTag(modulus, Tag.INTEGER, 'RSA modulus'));
    // A key without a readable exponent is OpenSSL's to refuse (it cannot load it), not the reader's.
    if (exponent?.tag === Tag.INTEGER) info.exponentBits = integerBitLength(exponent);
  } else if (info.type === 'DSA' && parameters?.tag === Tag.SEQUENCE) {
    const [prime, subgroup] = children(parameters);
    info.bits = integerBitLength(expectTag(prime, Tag.INTEGER, 'DSA p'));
    info.subgroupBits = integerBitLength(expectTag(subgroup, Tag.INTEGER, 'DSA q'));
  } else if (info.type === 'EC') {
    if (parameters?.tag === Tag.OID) {
      const curveOid = decodeOid(parameters);
      const curve = CURVES[curveOid];
      info.curve = curve?.name ?? curveOid;
      if (curve) info.bits = curve.bits;
    } else {
      info.explicitCurve = true;
    }
  }
  return info;
}

/**
 * What may follow the subjectPublicKeyInfo, in order: issuerUniqueID [1],
 * subjectUniqueID [2], extensions [3]. Anything else, or out of order, is
 * refused, as OpenSSL's template decoder refuses it (d2i_X509 fails).
 */
function optionalTbsFields(rest: readonly DerNode[]): { extensions?: DerNode } {
  const order = [0x81, 0x82, 0xa3];
  let next = 0;
  for (const field of rest) {
    const at = order.indexOf(field.tag, next);
    if (at < 0)
      throw new DerError(`unexpected field (tag 0x${field.tag.toString(16)}) after subjectPublicKeyInfo`, field.start);
    next = at + 1;
  }
  return { extensions: rest.find((field) => field.tag === 0xa3) };
}

/** DER INTEGERs are minimal: OpenSSL refuses padding (a leading 00 before a byte below 80, or FF before one above). */
function expectMinimalInteger(node: DerNode): DerNode {
  const bytes = content(node);
  if (bytes.length === 0) throw new DerError('empty INTEGER', node.start);
  if (bytes.length > 1 && ((bytes[0] === 0 && bytes[1]! < 0x80) || (bytes[0] === 0xff && bytes[1]! >= 0x80))) {
    throw new DerError('INTEGER is not minimally encoded', node.start);
  }
  return node;
}

/**
 * Parses one DER certificate. Throws DerError with a message fit for a
 * finding when the bytes are not a well-formed certificate. OpenSSL does not
 * parse it here (that was half the cost of a check); the fuzz tests hold this
 * reader to refusing what OpenSSL refuses.
 * `allowTrailing` accepts bytes after the certificate (OpenSSL's TRUSTED CERTIFICATE).
 */
export function parseCertificate(der: Uint8Array, allowTrailing = false): Certificate {
  const outer = readNode(der);
  if (outer.tag !== Tag.SEQUENCE) throw new DerError('not a certificate: does not start with a SEQUENCE', 0);
  if (!allowTrailing && outer.end !== der.length) {
    throw new DerError(`trailing data: ${der.length - outer.end} bytes after the certificate`, outer.end);
  }
  const [tbs, outerAlgorithm, signatureValue] = children(outer);
  expectTag(tbs, Tag.SEQUENCE, 'TBSCertificate');
  expectTag(signatureValue, Tag.BIT_STRING, 'signatureValue');
  const certDer = opensslEncoding(outer, tbs!, outerAlgorithm!, signatureValue!);
  const { pss, ...signatureAlgorithm } = parseSignatureAlgorithm(outerAlgorithm, 'signatureAlgorithm');

  const fields = children(tbs!);
  let index = 0;
  let version = 1;
  if (fields[0]?.tag === 0xa0) {
    version = decodeSmallInteger(expectTag(children(fields[0])[0], Tag.INTEGER, 'version')) + 1;
    index = 1;
  }
  const serial = expectMinimalInteger(expectTag(fields[index++], Tag.INTEGER, 'serialNumber'));
  const innerAlgorithmNode = fields[index++];
  const innerAlgorithm = parseSignatureAlgorithm(innerAlgorithmNode, 'TBS signature');
  const issuer = parseRecurringName(expectTag(fields[index++], Tag.SEQUENCE, 'issuer'), true);
  const [notBeforeNode, notAfterNode] = children(expectTag(fields[index++], Tag.SEQUENCE, 'validity'));
  if (!notBeforeNode || !notAfterNode) throw new DerError('validity needs notBefore and notAfter', 0);
  const subject = parseRecurringName(expectTag(fields[index++], Tag.SEQUENCE, 'subject'), false);
  const spkiNode = expectTag(fields[index++], Tag.SEQUENCE, 'subjectPublicKeyInfo');
  const publicKey = parsePublicKey(spkiNode);
  const extensions = parseExtensions(optionalTbsFields(fields.slice(index)).extensions, issuer);
  const serialNumber = toHex(content(serial));
  const selfIssued = subject.key === issuer.key;

  return {
    der: certDer,
    sha256: sha256Hex(certDer),
    version,
    serialNumber,
    subject,
    issuer,
    notBefore: decodeTime(notBeforeNode),
    notAfter: decodeTime(notAfterNode),
    publicKey,
    signatureAlgorithm,
    signatureAlgorithmsMatch:
      innerAlgorithmNode !== undefined &&
      outerAlgorithm !== undefined &&
      Buffer.compare(whole(innerAlgorithmNode), whole(outerAlgorithm)) === 0 &&
      innerAlgorithm.oid === signatureAlgorithm.oid,
    ...extensions,
    selfIssued,
    selfSigned:
      selfIssued &&
      authorityKeyMatches(extensions, { issuer, serialNumber, ...extensions }) &&
      signatureFitsKey(signatureAlgorithm, publicKey.type),
    tbs: whole(tbs!),
    signature: bitStringBytes(signatureValue!),
    spki: whole(spkiNode),
    ...(pss ? { pss } : {}),
  };
}

/**
 * The authorityKeyIdentifier of `subject` does not rule `issuer` out, as
 * OpenSSL's X509_check_akid decides it: the key identifier, the serial and
 * the first directoryName must each match where both sides have them.
 */
export function authorityKeyMatches(
  subject: Pick<Certificate, 'authorityKeyId' | 'authorityCertSerialNumber' | 'authorityCertIssuer'>,
  issuer: Pick<Certificate, 'subjectKeyId' | 'serialNumber'> & { issuer: DistinguishedName },
): boolean {
  if (subject.authorityKeyId && issuer.subjectKeyId && subject.authorityKeyId !== issuer.subjectKeyId) return false;
  if (subject.authorityCertSerialNumber && subject.authorityCertSerialNumber !== issuer.serialNumber) return false;
  if (subject.authorityCertIssuer && subject.authorityCertIssuer !== issuer.issuer.key) return false;
  return true;
}

/** Colon-separated form, as `openssl x509 -fingerprint` prints it. */
export function formatFingerprint(sha256: string): string {
  return sha256.match(/../g)?.join(':') ?? sha256;
}

export function isCertificateAuthority(certificate: Certificate): boolean {
  return certificate.basicConstraints?.ca === true;
}
