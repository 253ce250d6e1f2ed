import { createHash } from 'node:crypto';

/**
 * A truststore's canonical fingerprint: SHA-256 over its certificates' DER,
 * sorted bytewise and concatenated, so reordering blocks or reformatting PEM
 * leaves it unchanged and any change of content changes it.
 */
export function truststoreFingerprint(ders: readonly Uint8Array[]): string {
  const hash = createHash('sha256');
  for (const der of [...ders].sort((a, b) => Buffer.compare(a, b))) hash.update(der);
  return hash.digest('hex').toUpperCase();
}
