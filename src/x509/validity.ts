import type { Certificate } from './certificate.js';

export type ValidityState = 'valid' | 'expired' | 'not-yet-valid';

/**
 * Valid from notBefore up to, but not including, notAfter, to the second:
 * OpenSSL's X509_cmp_time treats the notAfter second itself as expired
 * (RFC 5280 §4.1.2.5 says inclusive; the gateways run OpenSSL or its forks,
 * so their verdict is OpenSSL's). Certificate times have one-second
 * resolution, so the check time is taken to the second too.
 */
export function validityAt(
  certificate: Certificate,
  at: Date,
  /** Go's crypto/x509 (and RFC 5280) count the notAfter second as valid. */
  notAfterSecond: 'expired' | 'valid' = 'expired',
): ValidityState {
  const second = Math.floor(at.getTime() / 1000) * 1000;
  const end = certificate.notAfter.getTime();
  if (second > end || (second === end && notAfterSecond === 'expired')) return 'expired';
  if (second < certificate.notBefore.getTime()) return 'not-yet-valid';
  return 'valid';
}
