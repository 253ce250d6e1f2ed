import { constants, createPublicKey, verify, X509Certificate, type KeyObject } from 'node:crypto';
import type { HashName } from '../x509/algorithms.js';
import type { Certificate } from '../x509/certificate.js';
import { overVerifyLimits } from '../x509/key-limits.js';

/** What carries a signature: a certificate or a CRL. */
export type SignedObject = Pick<
  Certificate,
  'der' | 'sha256' | 'tbs' | 'signature' | 'signatureAlgorithm' | 'signatureAlgorithmsMatch' | 'pss'
>;

/** node:crypto digest names; MD2 and MD4 are absent from OpenSSL 3's default provider and fall back to X509_verify. */
const DIGESTS: Partial<Record<HashName, string>> = {
  MD5: 'md5',
  'SHA-1': 'sha1',
  'SHA-224': 'sha224',
  'SHA-256': 'sha256',
  'SHA-384': 'sha384',
  'SHA-512': 'sha512',
  'SHA-512/224': 'sha512-224',
  'SHA-512/256': 'sha512-256',
  'SHA3-256': 'sha3-256',
  'SHA3-384': 'sha3-384',
  'SHA3-512': 'sha3-512',
};

/**
 * Signature checks on node:crypto (OpenSSL), memoised: with thousands of
 * clients under a few intermediates, every intermediate-to-root signature is
 * checked once per run instead of once per client. The signed bytes come
 * from our own DER reader, so a certificate is never parsed a second time;
 * only algorithms crypto.verify cannot express go through X509_verify.
 */
export class SignatureVerifier {
  /** By the SHA-256 of the SubjectPublicKeyInfo: the copies of a CA that clients carry share their key object. */
  private readonly keys = new Map<string, KeyObject | null>();
  private readonly results = new Map<string, boolean>();
  /** The checks made here of CA certificates' signatures, in order: what threads judging clients under the same CAs share. */
  private readonly authorityChecks: Array<[string, boolean]> = [];
  /** How many signatures were actually verified (not served from the memo). */
  verifications = 0;

  private keyOf(certificate: Certificate): KeyObject | null {
    let key = this.keys.get(certificate.publicKey.sha256);
    if (key === undefined) {
      // A key over the verify limits signs nothing here; the key rules report it instead.
      if (overVerifyLimits(certificate.publicKey)) key = null;
      else
        try {
          key = createPublicKey({ key: Buffer.from(certificate.spki), format: 'der', type: 'spki' });
        } catch {
          key = null; // a key OpenSSL cannot load (GOST, odd explicit curves) signs nothing
        }
      this.keys.set(certificate.publicKey.sha256, key);
    }
    return key;
  }

  private check(subject: SignedObject, issuer: Certificate, key: KeyObject): boolean {
    // X509_verify refuses a certificate whose two signature algorithm fields differ; so do we.
    if (!subject.signatureAlgorithmsMatch) return false;
    const { family, hash } = subject.signatureAlgorithm;
    const digest = hash ? DIGESTS[hash] : undefined;
    const data = subject.tbs;
    const signature = subject.signature;
    switch (family) {
      case 'Ed25519':
      case 'Ed448':
        return verify(null, data, key, signature);
      case 'RSA':
        if (digest) return verify(digest, data, { key, padding: constants.RSA_PKCS1_PADDING }, signature);
        break;
      case 'RSA-PSS':
        // crypto.verify uses MGF1 with the signature's own digest, the only combination in practice.
        if (digest && subject.pss && subject.pss.mgf1Hash === hash) {
          return verify(
            digest,
            data,
            { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: subject.pss.saltLength },
            signature,
          );
        }
        break;
      case 'ECDSA':
      case 'DSA':
        if (digest) return verify(digest, data, key, signature);
        break;
    }
    // Only a certificate can be handed to X509_verify; a CRL signed this way is one nothing here can check.
    if (!('spki' in subject)) return false;
    return new X509Certificate(subject.der).verify(new X509Certificate(issuer.der).publicKey);
  }

  /** How many checks the memo holds. */
  get size(): number {
    return this.results.size;
  }

  /**
   * The checks made so far, as (subject SHA-256 / issuer key SHA-256, verified),
   * from the `since`-th on: what another thread judging the same repository
   * need not check again.
   */
  known(since = 0): Array<[string, boolean]> {
    const checks: Array<[string, boolean]> = [];
    let index = 0;
    for (const check of this.results) if (index++ >= since) checks.push(check);
    return checks;
  }

  /** How many checks of a CA certificate's signature were made here. */
  get authoritySize(): number {
    return this.authorityChecks.length;
  }

  /** The checks of CA certificates' signatures made here (not learned), from the `since`-th on. */
  authorityKnown(since = 0): Array<[string, boolean]> {
    return this.authorityChecks.slice(since);
  }

  /** Takes the checks another verifier made (see known()); both are the same node:crypto calls on the same bytes. */
  learn(checks: Iterable<[string, boolean]>): void {
    for (const [memo, result] of checks) this.results.set(memo, result);
  }

  /** Whether `issuer`'s public key verifies the signature on `subject` (a certificate or a CRL). */
  verifies(subject: SignedObject, issuer: Certificate): boolean {
    const memo = `${subject.sha256}/${issuer.publicKey.sha256}`;
    const known = this.results.get(memo);
    if (known !== undefined) return known;
    const key = this.keyOf(issuer);
    this.verifications++;
    let result: boolean;
    try {
      result = key !== null && this.check(subject, issuer, key);
    } catch {
      result = false; // a key that does not fit the algorithm, or bytes OpenSSL will not read
    }
    this.results.set(memo, result);
    if ((subject as Partial<Pick<Certificate, 'basicConstraints'>>).basicConstraints?.ca === true)
      this.authorityChecks.push([memo, result]);
    return result;
  }
}
