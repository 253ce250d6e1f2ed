import type { Certificate } from './certificate.js';
import {
  bitStringFlags,
  children,
  content,
  decodeBoolean,
  decodeOid,
  DerError,
  readNode,
  Tag,
  toHex,
  whole,
  type DerNode,
} from './der.js';
import {
  checkName,
  fail,
  GoParseError,
  parseNameConstraints,
  parseSubjectAltName,
  type GoNameConstraints,
  type GoSubjectAltName,
} from './go-names.js';

/**
 * A certificate as Go's crypto/x509 reads it (go1.19, src/crypto/x509/
 * parser.go and x509.go): the fields its Certificate.Verify looks at, or the
 * error with which ParseCertificate refuses it. Go's parser is stricter than
 * OpenSSL's in some places (string types in names, the two signature
 * algorithm fields, name-constraint and subjectAltName syntax, curves) and
 * laxer in others (an empty keyUsage or a negative pathLenConstraint parses).
 * Only what our own reader accepted reaches here.
 */
export interface GoCertificate {
  /** Hex of the DER subject and issuer: Go matches an issuer to a subject byte for byte. */
  rawSubject: string;
  rawIssuer: string;
  version: number;
  basicConstraintsValid: boolean;
  isCA: boolean;
  /** -1 when absent; a negative value parses and means no limit. */
  maxPathLen: number;
  /** keyUsage bits as Go numbers them (digitalSignature = 1, ... keyCertSign = 32); 0 when absent or empty. */
  keyUsage: number;
  /** extendedKeyUsage: the purposes Go knows (`any`, `clientAuth`, ...) and how many it does not; absent without the extension. */
  extKeyUsage?: { known: string[]; unknown: number };
  /** Hex; empty when absent. */
  subjectKeyId: string;
  authorityKeyId: string;
  /** Critical extensions Go does not handle: any certificate with one fails Verify. */
  unhandledCritical: string[];
  nameConstraints?: GoNameConstraints;
  subjectAltName?: GoSubjectAltName;
  publicKeyAlgorithm: 'RSA' | 'ECDSA' | 'Ed25519' | 'DSA' | 'unknown';
  /** How Go's checkSignature treats the certificate's signature algorithm. */
  signature: GoSignature;
}

export type GoSignature =
  | { kind: 'supported'; publicKeyAlgorithm: 'RSA' | 'ECDSA' | 'Ed25519' }
  /** MD5 and SHA-1: InsecureAlgorithmError. */
  | { kind: 'insecure'; name: string }
  /** Anything else (SHA-224, SHA-3, MD2, DSA, Ed448, PSS with other parameters): ErrUnsupportedAlgorithm. */
  | { kind: 'unsupported'; name: string };

export type GoParse = { certificate: GoCertificate; error?: undefined } | { error: string; certificate?: undefined };

/** Go's extKeyUsageFromOID: the purposes it knows by name; any other counts as unknown. */
const GO_EXTENDED_KEY_USAGES: Record<string, string> = {
  '2.5.29.37.0': 'any',
  '1.3.6.1.5.5.7.3.1': 'serverAuth',
  '1.3.6.1.5.5.7.3.2': 'clientAuth',
  '1.3.6.1.5.5.7.3.3': 'codeSigning',
  '1.3.6.1.5.5.7.3.4': 'emailProtection',
  '1.3.6.1.5.5.7.3.5': 'ipsecEndSystem',
  '1.3.6.1.5.5.7.3.6': 'ipsecTunnel',
  '1.3.6.1.5.5.7.3.7': 'ipsecUser',
  '1.3.6.1.5.5.7.3.8': 'timeStamping',
  '1.3.6.1.5.5.7.3.9': 'OCSPSigning',
  '1.3.6.1.4.1.311.10.3.3': 'microsoftServerGatedCrypto',
  '2.16.840.1.113730.4.1': 'netscapeServerGatedCrypto',
  '1.3.6.1.4.1.311.2.1.22': 'microsoftCommercialCodeSigning',
  '1.3.6.1.4.1.311.61.1.1': 'microsoftKernelCodeSigning',
};

/** The curves Go 1.19's parser accepts (namedCurveFromOID); a certificate with any other does not parse. */
const GO_CURVES = new Set(['1.3.132.0.33', '1.2.840.10045.3.1.7', '1.3.132.0.34', '1.3.132.0.35']);

const GO_SIGNATURES: Record<string, GoSignature> = {
  '1.2.840.113549.1.1.2': { kind: 'unsupported', name: 'MD2-RSA' },
  '1.2.840.113549.1.1.4': { kind: 'insecure', name: 'MD5-RSA' },
  '1.2.840.113549.1.1.5': { kind: 'insecure', name: 'SHA1-RSA' },
  '1.3.14.3.2.29': { kind: 'insecure', name: 'SHA1-RSA' },
  '1.2.840.113549.1.1.11': { kind: 'supported', publicKeyAlgorithm: 'RSA' },
  '1.2.840.113549.1.1.12': { kind: 'supported', publicKeyAlgorithm: 'RSA' },
  '1.2.840.113549.1.1.13': { kind: 'supported', publicKeyAlgorithm: 'RSA' },
  '1.2.840.10040.4.3': { kind: 'insecure', name: 'DSA-SHA1' },
  '2.16.840.1.101.3.4.3.2': { kind: 'unsupported', name: 'DSA-SHA256' },
  '1.2.840.10045.4.1': { kind: 'insecure', name: 'ECDSA-SHA1' },
  '1.2.840.10045.4.3.2': { kind: 'supported', publicKeyAlgorithm: 'ECDSA' },
  '1.2.840.10045.4.3.3': { kind: 'supported', publicKeyAlgorithm: 'ECDSA' },
  '1.2.840.10045.4.3.4': { kind: 'supported', publicKeyAlgorithm: 'ECDSA' },
  '1.3.101.112': { kind: 'supported', publicKeyAlgorithm: 'Ed25519' },
};

const PSS_HASHES: Record<string, number> = { 'SHA-256': 32, 'SHA-384': 48, 'SHA-512': 64 };

function goSignature(certificate: Certificate): GoSignature {
  const { oid, name } = certificate.signatureAlgorithm;
  if (oid === '1.2.840.113549.1.1.10') {
    // getSignatureAlgorithmFromAI: SHA-256/384/512 with MGF1 of the same hash and a salt as long as the hash.
    const pss = certificate.pss;
    const size = pss ? PSS_HASHES[pss.hash] : undefined;
    return pss && size !== undefined && pss.mgf1Hash === pss.hash && pss.saltLength === size
      ? { kind: 'supported', publicKeyAlgorithm: 'RSA' }
      : { kind: 'unsupported', name };
  }
  return GO_SIGNATURES[oid] ?? { kind: 'unsupported', name };
}

/** Go's KeyUsage bit for each position of the BIT STRING (digitalSignature first). */
function keyUsageBits(value: DerNode): number {
  if (value.tag !== Tag.BIT_STRING) fail('x509: invalid key usage');
  const flags = bitStringFlags(value);
  let usage = 0;
  for (let bit = 0; bit < 9; bit++) if (flags[bit]) usage |= 1 << bit;
  return usage;
}

export const GO_KEY_CERT_SIGN = 1 << 5;

function publicKeyAlgorithm(certificate: Certificate, spki: DerNode): GoCertificate['publicKeyAlgorithm'] {
  const [algorithm] = children(spki);
  const [oidNode, parameters] = children(algorithm!);
  switch (certificate.publicKey.algorithmOid) {
    case '1.2.840.113549.1.1.1':
      // RSA public keys must have a NULL in the parameters (RFC 3279).
      if (parameters?.tag !== Tag.NULL || parameters.end !== parameters.contentStart)
        fail('x509: RSA key missing NULL parameters');
      return 'RSA';
    case '1.2.840.10045.2.1':
      if (parameters?.tag !== Tag.OID) fail('x509: invalid ECDSA parameters');
      if (!GO_CURVES.has(decodeOid(parameters))) fail('x509: unsupported elliptic curve');
      return 'ECDSA';
    case '1.3.101.112':
      if (parameters) fail('x509: Ed25519 key encoded with illegal parameters');
      return 'Ed25519';
    case '1.2.840.10040.4.1':
      if (parameters?.tag !== Tag.SEQUENCE) fail('x509: invalid DSA parameters');
      return 'DSA';
    default:
      void oidNode;
      return 'unknown';
  }
}

function parse(certificate: Certificate): GoCertificate {
  const outer = readNode(certificate.der);
  const [tbs, outerAlgorithm] = children(outer);
  const fields = children(tbs!);
  let index = fields[0]?.tag === 0xa0 ? 1 : 0;
  if (certificate.version > 3) fail('x509: invalid version');
  index++; // serial
  const innerAlgorithm = fields[index++]!;
  // Go compares the two AlgorithmIdentifiers' contents byte for byte.
  if (Buffer.compare(content(innerAlgorithm), content(outerAlgorithm!)) !== 0)
    fail("x509: inner and outer signature algorithm identifiers don't match");
  const issuer = fields[index++]!;
  checkName(issuer);
  index++; // validity
  const subject = fields[index++]!;
  checkName(subject);
  const spki = fields[index++]!;
  const result: GoCertificate = {
    rawSubject: toHex(whole(subject)),
    rawIssuer: toHex(whole(issuer)),
    version: certificate.version,
    basicConstraintsValid: false,
    isCA: false,
    maxPathLen: -1,
    keyUsage: 0,
    subjectKeyId: '',
    authorityKeyId: '',
    unhandledCritical: [],
    publicKeyAlgorithm: publicKeyAlgorithm(certificate, spki),
    signature: goSignature(certificate),
  };
  const extensions = certificate.version === 3 ? fields.slice(index).find((field) => field.tag === 0xa3) : undefined;
  if (!extensions) return result;
  for (const extension of children(children(extensions)[0]!)) {
    const parts = children(extension);
    const oid = decodeOid(parts[0]!);
    const critical = parts[1]?.tag === Tag.BOOLEAN ? decodeBoolean(parts[1]) : false;
    const valueBytes = content(parts[parts.length - 1]!);
    let value: DerNode | undefined;
    const read = () => (value ??= readNode(valueBytes));
    let unhandled = false;
    switch (oid) {
      case '2.5.29.15':
        result.keyUsage = keyUsageBits(read());
        break;
      case '2.5.29.19': {
        if (read().tag !== Tag.SEQUENCE) fail('x509: invalid basic constraints a');
        const [first, second] = children(read());
        result.isCA = first?.tag === Tag.BOOLEAN ? decodeBoolean(first) : false;
        const pathNode = first?.tag === Tag.INTEGER ? first : second?.tag === Tag.INTEGER ? second : undefined;
        if (pathNode)
          result.maxPathLen = Buffer.from(content(pathNode)).readIntBE(0, Math.min(6, content(pathNode).length));
        result.basicConstraintsValid = true;
        break;
      }
      case '2.5.29.17': {
        const names = parseSubjectAltName(read());
        result.subjectAltName = names;
        if (names.dns.length + names.email.length + names.uri.length + names.ip.length === 0) unhandled = true;
        break;
      }
      case '2.5.29.30': {
        const parsed = parseNameConstraints(read());
        result.nameConstraints = parsed.constraints;
        unhandled = parsed.unhandled;
        break;
      }
      case '2.5.29.35':
        if (read().tag !== Tag.SEQUENCE) fail('x509: invalid authority key identifier');
        for (const field of children(read())) if (field.tag === 0x80) result.authorityKeyId = toHex(content(field));
        break;
      case '2.5.29.37': {
        if (read().tag !== Tag.SEQUENCE) fail('x509: invalid extended key usages');
        const known: string[] = [];
        let unknown = 0;
        for (const purpose of children(read())) {
          if (purpose.tag !== Tag.OID) fail('x509: invalid extended key usages');
          const name = GO_EXTENDED_KEY_USAGES[decodeOid(purpose)];
          if (name) known.push(name);
          else unknown++;
        }
        result.extKeyUsage = { known, unknown };
        break;
      }
      case '2.5.29.14':
        if (read().tag !== Tag.OCTET_STRING) fail('x509: invalid subject key identifier');
        result.subjectKeyId = toHex(content(read()));
        break;
      case '2.5.29.31':
      case '2.5.29.32':
        if (read().tag !== Tag.SEQUENCE) fail(`x509: invalid extension ${oid}`);
        break;
      case '1.3.6.1.5.5.7.1.1':
        if (read().tag !== Tag.SEQUENCE) fail('x509: invalid authority info access');
        break;
      default:
        // Unknown extensions are recorded if critical.
        unhandled = true;
    }
    if (critical && unhandled) result.unhandledCritical.push(oid);
  }
  return result;
}

const parsed = new WeakMap<Certificate, GoParse>();

/** The certificate as Go reads it, or why Go's ParseCertificate refuses it. */
export function parseAsGo(certificate: Certificate): GoParse {
  let result = parsed.get(certificate);
  if (!result) {
    try {
      result = { certificate: parse(certificate) };
    } catch (error) {
      if (!(error instanceof GoParseError) && !(error instanceof DerError)) throw error;
      result = {
        error: error instanceof GoParseError ? error.message : `x509: malformed certificate (${error.message})`,
      };
    }
    parsed.set(certificate, result);
  }
  return result;
}
