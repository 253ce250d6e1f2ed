/** Object identifiers for the algorithms that appear in certificates, and what they mean to a gateway. */

export type HashName =
  | 'MD2'
  | 'MD4'
  | 'MD5'
  | 'SHA-1'
  | 'SHA-224'
  | 'SHA-256'
  | 'SHA-384'
  | 'SHA-512'
  | 'SHA3-256'
  | 'SHA3-384'
  | 'SHA3-512'
  | 'SHA-512/224'
  | 'SHA-512/256';

/** Every hash of SHA-256 strength or more: what "SHA-256 or stronger" accepts. */
export const SHA256_OR_STRONGER: readonly HashName[] = [
  'SHA-256',
  'SHA-384',
  'SHA-512',
  'SHA-512/256',
  'SHA3-256',
  'SHA3-384',
  'SHA3-512',
];
/** Every hash a certificate can name. */
export const ALL_HASHES: readonly HashName[] = [
  'MD2',
  'MD4',
  'MD5',
  'SHA-1',
  'SHA-224',
  'SHA-512/224',
  ...SHA256_OR_STRONGER,
];

export type SignatureFamily = 'RSA' | 'RSA-PSS' | 'ECDSA' | 'DSA' | 'Ed25519' | 'Ed448' | 'other';

export interface SignatureAlgorithmInfo {
  oid: string;
  /** Display name, e.g. `sha256WithRSAEncryption` or `RSASSA-PSS (SHA-384)`. */
  name: string;
  family: SignatureFamily;
  /** The digest used, where the algorithm has one (undefined for EdDSA and unknown OIDs). */
  hash?: HashName;
}

const SIGNATURES: Record<string, Omit<SignatureAlgorithmInfo, 'oid'>> = {
  '1.2.840.113549.1.1.2': { name: 'md2WithRSAEncryption', family: 'RSA', hash: 'MD2' },
  '1.2.840.113549.1.1.3': { name: 'md4WithRSAEncryption', family: 'RSA', hash: 'MD4' },
  '1.2.840.113549.1.1.4': { name: 'md5WithRSAEncryption', family: 'RSA', hash: 'MD5' },
  '1.2.840.113549.1.1.5': { name: 'sha1WithRSAEncryption', family: 'RSA', hash: 'SHA-1' },
  '1.3.14.3.2.29': { name: 'sha1WithRSASignature (OIW)', family: 'RSA', hash: 'SHA-1' },
  '1.2.840.113549.1.1.14': { name: 'sha224WithRSAEncryption', family: 'RSA', hash: 'SHA-224' },
  '1.2.840.113549.1.1.11': { name: 'sha256WithRSAEncryption', family: 'RSA', hash: 'SHA-256' },
  '1.2.840.113549.1.1.12': { name: 'sha384WithRSAEncryption', family: 'RSA', hash: 'SHA-384' },
  '1.2.840.113549.1.1.13': { name: 'sha512WithRSAEncryption', family: 'RSA', hash: 'SHA-512' },
  '1.2.840.113549.1.1.15': { name: 'sha512-224WithRSAEncryption', family: 'RSA', hash: 'SHA-512/224' },
  '1.2.840.113549.1.1.16': { name: 'sha512-256WithRSAEncryption', family: 'RSA', hash: 'SHA-512/256' },
  '2.16.840.1.101.3.4.3.14': { name: 'id-rsassa-pkcs1-v1_5-with-sha3-256', family: 'RSA', hash: 'SHA3-256' },
  '2.16.840.1.101.3.4.3.15': { name: 'id-rsassa-pkcs1-v1_5-with-sha3-384', family: 'RSA', hash: 'SHA3-384' },
  '2.16.840.1.101.3.4.3.16': { name: 'id-rsassa-pkcs1-v1_5-with-sha3-512', family: 'RSA', hash: 'SHA3-512' },
  '1.2.840.10045.4.1': { name: 'ecdsa-with-SHA1', family: 'ECDSA', hash: 'SHA-1' },
  '1.2.840.10045.4.3.1': { name: 'ecdsa-with-SHA224', family: 'ECDSA', hash: 'SHA-224' },
  '1.2.840.10045.4.3.2': { name: 'ecdsa-with-SHA256', family: 'ECDSA', hash: 'SHA-256' },
  '1.2.840.10045.4.3.3': { name: 'ecdsa-with-SHA384', family: 'ECDSA', hash: 'SHA-384' },
  '1.2.840.10045.4.3.4': { name: 'ecdsa-with-SHA512', family: 'ECDSA', hash: 'SHA-512' },
  '2.16.840.1.101.3.4.3.10': { name: 'id-ecdsa-with-sha3-256', family: 'ECDSA', hash: 'SHA3-256' },
  '2.16.840.1.101.3.4.3.11': { name: 'id-ecdsa-with-sha3-384', family: 'ECDSA', hash: 'SHA3-384' },
  '2.16.840.1.101.3.4.3.12': { name: 'id-ecdsa-with-sha3-512', family: 'ECDSA', hash: 'SHA3-512' },
  '1.2.840.10040.4.3': { name: 'dsa-with-SHA1', family: 'DSA', hash: 'SHA-1' },
  '2.16.840.1.101.3.4.3.1': { name: 'dsa-with-SHA224', family: 'DSA', hash: 'SHA-224' },
  '2.16.840.1.101.3.4.3.2': { name: 'dsa-with-SHA256', family: 'DSA', hash: 'SHA-256' },
  '1.3.101.112': { name: 'Ed25519', family: 'Ed25519' },
  '1.3.101.113': { name: 'Ed448', family: 'Ed448' },
};

export const RSASSA_PSS_OID = '1.2.840.113549.1.1.10';

export const HASH_OIDS: Record<string, HashName> = {
  '1.2.840.113549.2.2': 'MD2',
  '1.2.840.113549.2.4': 'MD4',
  '1.2.840.113549.2.5': 'MD5',
  '1.3.14.3.2.26': 'SHA-1',
  '2.16.840.1.101.3.4.2.4': 'SHA-224',
  '2.16.840.1.101.3.4.2.1': 'SHA-256',
  '2.16.840.1.101.3.4.2.2': 'SHA-384',
  '2.16.840.1.101.3.4.2.3': 'SHA-512',
  '2.16.840.1.101.3.4.2.5': 'SHA-512/224',
  '2.16.840.1.101.3.4.2.6': 'SHA-512/256',
  '2.16.840.1.101.3.4.2.8': 'SHA3-256',
  '2.16.840.1.101.3.4.2.9': 'SHA3-384',
  '2.16.840.1.101.3.4.2.10': 'SHA3-512',
};

export function describeSignatureAlgorithm(oid: string, pssHash?: HashName): SignatureAlgorithmInfo {
  if (oid === RSASSA_PSS_OID) {
    // RFC 4055: an absent hashAlgorithm in the PSS parameters means SHA-1.
    const hash = pssHash ?? 'SHA-1';
    return { oid, name: `RSASSA-PSS (${hash})`, family: 'RSA-PSS', hash };
  }
  const known = SIGNATURES[oid];
  if (known) return { oid, ...known };
  if (oid.startsWith('1.2.643.')) return { oid, name: `GOST (${oid})`, family: 'other' };
  return { oid, name: `unknown (${oid})`, family: 'other' };
}

/**
 * Whether a key of this type can have made a signature of this algorithm, as
 * OpenSSL's check_sig_alg_match decides when it looks for an issuer: an RSA
 * key signs PKCS#1 and PSS, an RSA-PSS key only PSS; unknown algorithms fit nothing.
 */
export function signatureFitsKey(signature: SignatureAlgorithmInfo, key: KeyType): boolean {
  switch (signature.family) {
    case 'RSA':
      return key === 'RSA';
    case 'RSA-PSS':
      return key === 'RSA' || key === 'RSA-PSS';
    case 'ECDSA':
      return key === 'EC';
    case 'DSA':
    case 'Ed25519':
    case 'Ed448':
      return key === signature.family;
    case 'other':
      return false;
  }
}

export type KeyType = 'RSA' | 'RSA-PSS' | 'EC' | 'DSA' | 'Ed25519' | 'Ed448' | 'X25519' | 'X448' | 'GOST' | 'unknown';

export const KEY_ALGORITHM_OIDS: Record<string, KeyType> = {
  '1.2.840.113549.1.1.1': 'RSA',
  '1.2.840.113549.1.1.10': 'RSA-PSS',
  '1.2.840.10045.2.1': 'EC',
  '1.2.840.10040.4.1': 'DSA',
  '1.3.101.112': 'Ed25519',
  '1.3.101.113': 'Ed448',
  '1.3.101.110': 'X25519',
  '1.3.101.111': 'X448',
};

export interface CurveInfo {
  name: string;
  bits: number;
}

export const CURVES: Record<string, CurveInfo> = {
  '1.2.840.10045.3.1.1': { name: 'P-192', bits: 192 },
  '1.3.132.0.33': { name: 'P-224', bits: 224 },
  '1.2.840.10045.3.1.7': { name: 'P-256', bits: 256 },
  '1.3.132.0.34': { name: 'P-384', bits: 384 },
  '1.3.132.0.35': { name: 'P-521', bits: 521 },
  '1.3.132.0.10': { name: 'secp256k1', bits: 256 },
  '1.3.132.0.31': { name: 'secp192k1', bits: 192 },
  '1.3.132.0.32': { name: 'secp224k1', bits: 224 },
  '1.3.132.0.8': { name: 'secp160r1', bits: 160 },
  '1.3.132.0.9': { name: 'secp160k1', bits: 160 },
  '1.3.132.0.30': { name: 'secp160r2', bits: 160 },
  '1.3.132.0.6': { name: 'secp112r1', bits: 112 },
  '1.3.132.0.28': { name: 'secp128r1', bits: 128 },
  '1.3.36.3.3.2.8.1.1.1': { name: 'brainpoolP160r1', bits: 160 },
  '1.3.36.3.3.2.8.1.1.3': { name: 'brainpoolP192r1', bits: 192 },
  '1.3.36.3.3.2.8.1.1.5': { name: 'brainpoolP224r1', bits: 224 },
  '1.3.36.3.3.2.8.1.1.7': { name: 'brainpoolP256r1', bits: 256 },
  '1.3.36.3.3.2.8.1.1.9': { name: 'brainpoolP320r1', bits: 320 },
  '1.3.36.3.3.2.8.1.1.11': { name: 'brainpoolP384r1', bits: 384 },
  '1.3.36.3.3.2.8.1.1.13': { name: 'brainpoolP512r1', bits: 512 },
  '1.3.132.0.1': { name: 'sect163k1', bits: 163 },
  '1.3.132.0.15': { name: 'sect163r2', bits: 163 },
  '1.3.132.0.26': { name: 'sect233k1', bits: 233 },
  '1.3.132.0.27': { name: 'sect233r1', bits: 233 },
  '1.3.132.0.16': { name: 'sect283k1', bits: 283 },
  '1.3.132.0.17': { name: 'sect283r1', bits: 283 },
  '1.3.132.0.36': { name: 'sect409k1', bits: 409 },
  '1.3.132.0.37': { name: 'sect409r1', bits: 409 },
  '1.3.132.0.38': { name: 'sect571k1', bits: 571 },
  '1.3.132.0.39': { name: 'sect571r1', bits: 571 },
  '1.2.156.10197.1.301': { name: 'SM2', bits: 256 },
};

export const EXTENDED_KEY_USAGES: Record<string, string> = {
  '1.3.6.1.5.5.7.3.1': 'serverAuth',
  '1.3.6.1.5.5.7.3.2': 'clientAuth',
  '1.3.6.1.5.5.7.3.3': 'codeSigning',
  '1.3.6.1.5.5.7.3.4': 'emailProtection',
  '1.3.6.1.5.5.7.3.8': 'timeStamping',
  '1.3.6.1.5.5.7.3.9': 'OCSPSigning',
  '2.5.29.37.0': 'anyExtendedKeyUsage',
};

export const KEY_USAGE_NAMES = [
  'digitalSignature',
  'nonRepudiation',
  'keyEncipherment',
  'dataEncipherment',
  'keyAgreement',
  'keyCertSign',
  'cRLSign',
  'encipherOnly',
  'decipherOnly',
] as const;
export type KeyUsageName = (typeof KEY_USAGE_NAMES)[number];
