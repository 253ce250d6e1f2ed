import type { PublicKeyInfo } from './certificate.js';

/**
 * Keys whose signatures truststore-check does not verify, to bound its work.
 * Verifying with an RSA key costs time in proportion to the exponent's
 * length: a 3,064-bit exponent makes each check about 125 times slower than
 * 65537, so a pull request could make one run take minutes. OpenSSL itself
 * refuses moduli over 16,384 bits (OPENSSL_RSA_MAX_MODULUS_BITS) and, above
 * 3,072-bit moduli, exponents over 64 bits; no CA issues exponents over 2^32
 * (RFC 8017 and NIST SP 800-56B use 65537 up to 2^256 - 1, in practice 65537).
 */
export const RSA_MAX_MODULUS_BITS = 16_384;
export const RSA_MAX_EXPONENT_BITS = 32;

/** Why a key is over the limits above, or undefined when its signatures are checked. */
export function overVerifyLimits(key: PublicKeyInfo): string | undefined {
  if (key.type !== 'RSA' && key.type !== 'RSA-PSS') return undefined;
  if (key.bits !== undefined && key.bits > RSA_MAX_MODULUS_BITS)
    return `an RSA modulus of ${key.bits} bits, over the ${RSA_MAX_MODULUS_BITS} bits OpenSSL verifies`;
  if (key.exponentBits !== undefined && key.exponentBits > RSA_MAX_EXPONENT_BITS)
    return `an RSA public exponent of ${key.exponentBits} bits, over the ${RSA_MAX_EXPONENT_BITS} bits truststore-check verifies with (65537 has 17)`;
  return undefined;
}
