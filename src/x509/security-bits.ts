import type { SignatureAlgorithmInfo } from './algorithms.js';
import type { PublicKeyInfo } from './certificate.js';

/**
 * OpenSSL's security levels (SSL_CTX_set_security_level(3)): the minimum
 * security bits of keys and signatures at levels 1 to 5. A TLS server at
 * level N refuses client chains with a weaker key or signature
 * (X509_V_ERR_EE_KEY_TOO_SMALL, CA_KEY_TOO_SMALL, CA_MD_TOO_WEAK).
 */
export const SECURITY_LEVEL_BITS = [80, 112, 128, 192, 256] as const;

/** BN_security_bits for a modulus of `bits` (RSA, DSA), capped by half the subgroup order for DSA. */
function modulusSecurityBits(bits: number, subgroupBits?: number): number {
  const level =
    bits >= 15360 ? 256 : bits >= 7680 ? 192 : bits >= 3072 ? 128 : bits >= 2048 ? 112 : bits >= 1024 ? 80 : 0;
  return subgroupBits === undefined ? level : Math.min(level, Math.floor(subgroupBits / 2));
}

/** EVP_PKEY_get_security_bits: what OpenSSL rates a key at; 0 for one it cannot load. */
export function keySecurityBits(key: PublicKeyInfo): number {
  switch (key.type) {
    case 'RSA':
    case 'RSA-PSS':
      return key.bits === undefined ? 0 : modulusSecurityBits(key.bits);
    case 'DSA':
      return key.bits === undefined ? 0 : modulusSecurityBits(key.bits, key.subgroupBits);
    case 'EC': {
      // ec_security_bits, by the group order's length (a named curve's size here).
      const bits = key.bits ?? 0;
      return bits >= 512 ? 256 : bits >= 384 ? 192 : bits >= 256 ? 128 : bits >= 224 ? 112 : bits >= 160 ? 80 : 0;
    }
    case 'Ed25519':
      return 128;
    case 'Ed448':
      return 224;
    default:
      return 0;
  }
}

/** X509_get_signature_info's security bits: MD5 39, SHA-1 63, otherwise half the digest; -1 where OpenSSL cannot tell. */
export function signatureSecurityBits(algorithm: SignatureAlgorithmInfo): number {
  if (algorithm.family === 'Ed25519') return 128;
  if (algorithm.family === 'Ed448') return 224;
  switch (algorithm.hash) {
    case 'MD5':
      return 39;
    case 'SHA-1':
      return 63;
    case 'MD4':
      return 64;
    case 'SHA-224':
    case 'SHA-512/224':
      return 112;
    case 'SHA-256':
    case 'SHA-512/256':
    case 'SHA3-256':
      return 128;
    case 'SHA-384':
    case 'SHA3-384':
      return 192;
    case 'SHA-512':
    case 'SHA3-512':
      return 256;
    default:
      // MD2 is not in OpenSSL 3's default provider; an unknown algorithm has no rating.
      return -1;
  }
}
