import type { Certificate } from './certificate.js';

export type ValidityState = 'valid' | 'expired' | 'not-yet-valid';

/**
 * RFC 5280 §4.1.2.5: valid from notBefore through notAfter inclusive. Times
 * in certificates have one-second resolution, so the check time is taken to
 * the second too (a moment inside the notAfter second is still valid).
 */
export function validityAt(certificate: Certificate, at: Date): ValidityState {
  const second = Math.floor(at.getTime() / 1000) * 1000;
  if (second > certificate.notAfter.getTime()) return 'expired';
  if (second < certificate.notBefore.getTime()) return 'not-yet-valid';
  return 'valid';
}
