import type { KeyObject } from 'node:crypto';
import type { Certificate } from '../x509/certificate.js';

/**
 * Signature checks on node:crypto (OpenSSL), memoised: with thousands of
 * clients under a few intermediates, every intermediate-to-root signature is
 * checked once per run instead of once per client.
 */
export class SignatureVerifier {
  private readonly keys = new WeakMap<Certificate, KeyObject | null>();
  private readonly results = new Map<string, boolean>();
  /** How many signatures were actually verified (not served from the memo). */
  verifications = 0;

  private keyOf(certificate: Certificate): KeyObject | null {
    let key = this.keys.get(certificate);
    if (key === undefined) {
      try {
        key = certificate.native.publicKey;
      } catch {
        key = null; // a key OpenSSL cannot load (GOST, odd explicit curves) signs nothing
      }
      this.keys.set(certificate, key);
    }
    return key;
  }

  /** Whether `issuer`'s public key verifies the signature on `subject`. */
  verifies(subject: Certificate, issuer: Certificate): boolean {
    const memo = `${subject.sha256}/${issuer.publicKey.sha256}`;
    let result = this.results.get(memo);
    if (result === undefined) {
      const key = this.keyOf(issuer);
      this.verifications++;
      try {
        result = key !== null && subject.native.verify(key);
      } catch {
        result = false;
      }
      this.results.set(memo, result);
    }
    return result;
  }

  /** Same subject and issuer name, and its own key verifies its signature. */
  isSelfSigned(certificate: Certificate): boolean {
    return certificate.selfIssued && this.verifies(certificate, certificate);
  }
}
