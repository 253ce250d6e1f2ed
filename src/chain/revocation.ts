import { crlsOf, type SourceFile } from '../inventory/inventory.js';
import type { CrlObject } from '../inventory/file-objects.js';
import type { RevocationPolicy } from '../profiles/profile.js';
import { authorityKeyMatches, type Certificate } from '../x509/certificate.js';
import { REMOVE_FROM_CRL, type Revocation } from '../x509/crl-entries.js';
import type { RevocationList } from '../x509/crl.js';
import { ALL_REASONS, distributionPointNamesMatch } from '../x509/distribution-points.js';
import { directoryNameKey } from '../x509/general-names.js';
import type { SignatureVerifier } from './signatures.js';

/** A CRL the gateway is given, and where it is written. */
export interface GivenCrl {
  file: SourceFile;
  object: CrlObject;
  crl: RevocationList;
}

/**
 * The CRLs given to a gateway, looked up by issuer name in file order (the
 * order OpenSSL's store returns them in).
 */
export class CrlSet {
  readonly all: GivenCrl[] = [];
  private readonly byIssuer = new Map<string, GivenCrl[]>();

  constructor(files: readonly SourceFile[]) {
    for (const file of files) {
      for (const object of crlsOf(file)) {
        const given = { file, object, crl: object.crl };
        this.all.push(given);
        const named = this.byIssuer.get(object.crl.issuer.key);
        if (named) named.push(given);
        else this.byIssuer.set(object.crl.issuer.key, [given]);
      }
    }
  }

  /** CRLs whose issuer name is `nameKey`. */
  issuedBy(nameKey: string): readonly GivenCrl[] {
    return this.byIssuer.get(nameKey) ?? [];
  }
}

/** Why revocation checking refuses a certificate of the chain, in OpenSSL's terms (X509_V_ERR_*). */
export type RevocationDefect =
  /**
   * UNABLE_TO_GET_CRL: no usable CRL from the certificate's issuer among
   * those given. `issuer`: that CA, where it is on the chain (a root is its
   * own issuer); `near`: a CRL that was considered and did not do.
   */
  | { kind: 'crl-missing'; certificate: Certificate; issuer?: Certificate; near?: GivenCrl }
  /** KEYUSAGE_NO_CRL_SIGN: the CRL's issuer has a keyUsage without cRLSign. */
  | { kind: 'crl-no-crl-sign'; certificate: Certificate; given: GivenCrl; issuer: Certificate }
  /** DIFFERENT_CRL_SCOPE: the CRL's issuingDistributionPoint does not cover the certificate. */
  | { kind: 'crl-scope'; certificate: Certificate; given: GivenCrl }
  /** CRL_NOT_YET_VALID / CRL_HAS_EXPIRED. */
  | { kind: 'crl-not-yet-valid'; certificate: Certificate; given: GivenCrl }
  | { kind: 'crl-expired'; certificate: Certificate; given: GivenCrl }
  /** CRL_SIGNATURE_FAILURE: the issuer's key does not verify the CRL. */
  | { kind: 'crl-signature'; certificate: Certificate; given: GivenCrl; issuer: Certificate }
  /** UNHANDLED_CRITICAL_CRL_EXTENSION. */
  | { kind: 'crl-critical-extension'; certificate: Certificate; given: GivenCrl }
  /** CERT_REVOKED. */
  | { kind: 'revoked'; certificate: Certificate; given: GivenCrl; revocation: Revocation };

export const REVOCATION_DEFECTS = [
  'crl-missing',
  'crl-no-crl-sign',
  'crl-scope',
  'crl-not-yet-valid',
  'crl-expired',
  'crl-signature',
  'crl-critical-extension',
  'revoked',
] as const;

/** get_crl_score's bits. */
const SCORE = {
  noCritical: 0x100,
  scope: 0x080,
  time: 0x040,
  issuerName: 0x020,
  issuerCertificate: 0x018,
  samePath: 0x008,
  authorityKey: 0x004,
} as const;

interface Candidate {
  given: GivenCrl;
  score: number;
  issuer: Certificate;
  reasons: number;
}

/** check_crl_time without notification: thisUpdate not after `at`, nextUpdate (if any) after it. */
function timeValid(crl: RevocationList, at: Date): boolean {
  return crl.thisUpdate.getTime() <= at.getTime() && (!crl.nextUpdate || crl.nextUpdate.getTime() > at.getTime());
}

/** crl_crldp_check: whether the CRL's scope covers the certificate, and the reasons it covers it for. */
function crlScope(certificate: Certificate, crl: RevocationList): number | undefined {
  const point = crl.issuingDistributionPoint;
  if (point?.onlyAttributeCertificates) return undefined;
  const isCa = certificate.basicConstraints?.ca === true;
  if (isCa ? point?.onlyUserCertificates : point?.onlyCaCertificates) return undefined;
  for (const distribution of certificate.crlDistributionPoints ?? []) {
    const issuerMatches = distribution.crlIssuers
      ? distribution.crlIssuers.includes(directoryNameKey(crl.issuer.key))
      : true; // the CRL's issuer name already equals the certificate's issuer
    if (issuerMatches && (!point || distributionPointNamesMatch(distribution.name, point.name))) {
      return ALL_REASONS & distribution.reasons;
    }
  }
  return !point?.name ? ALL_REASONS : undefined;
}

/**
 * get_crl_score for the certificate at `index` of `chain`: zero for a CRL
 * OpenSSL will not consider, otherwise how well it fits. Only CRLs with the
 * certificate's issuer name reach here (indirect CRLs need extended support,
 * which TLS servers do not enable).
 */
function scoreCrl(
  chain: readonly Certificate[],
  index: number,
  given: GivenCrl,
  reasonsSoFar: number,
  at: Date,
): Candidate | undefined {
  const { crl } = given;
  const point = crl.issuingDistributionPoint;
  if (point?.invalid || point?.needsExtendedSupport || crl.isDelta) return undefined;
  const certificate = chain[index]!;
  let score = SCORE.issuerName;
  if (!crl.unhandledCriticalExtension) score |= SCORE.noCritical;
  if (timeValid(crl, at)) score |= SCORE.time;
  // crl_akid_check: the certificate's issuer on the chain (a root is its own), else one further up.
  const issuerIndex = index === chain.length - 1 ? index : index + 1;
  let issuer: Certificate | undefined;
  const akid = (candidate: Certificate) => authorityKeyMatches(crl, candidate);
  if (akid(chain[issuerIndex]!)) {
    issuer = chain[issuerIndex];
    score |= SCORE.authorityKey | SCORE.issuerCertificate;
  } else {
    for (let above = issuerIndex + 1; above < chain.length; above++) {
      const candidate = chain[above]!;
      if (candidate.subject.key === crl.issuer.key && akid(candidate)) {
        issuer = candidate;
        score |= SCORE.authorityKey | SCORE.samePath;
        break;
      }
    }
  }
  if (!issuer) return undefined;
  let reasons = reasonsSoFar;
  const covered = crlScope(certificate, crl);
  if (covered !== undefined) {
    if ((covered & ~reasonsSoFar) === 0) return undefined;
    reasons |= covered;
    score |= SCORE.scope;
  }
  return { given, score, issuer, reasons };
}

/** get_crl_sk: the best-scoring CRL, the newer of equals; undefined when none scores at all. */
function bestCrl(
  chain: readonly Certificate[],
  index: number,
  crls: CrlSet,
  reasonsSoFar: number,
  at: Date,
): Candidate | undefined {
  let best: Candidate | undefined;
  for (const given of crls.issuedBy(chain[index]!.issuer.key)) {
    const candidate = scoreCrl(chain, index, given, reasonsSoFar, at);
    if (!candidate || (best && candidate.score < best.score)) continue;
    if (best && candidate.score === best.score && given.crl.thisUpdate <= best.given.crl.thisUpdate) continue;
    best = candidate;
  }
  return best;
}

/**
 * check_cert: every reason revocation checking refuses the certificate at
 * `index`, in the order OpenSSL reports them when its verify callback lets it
 * go on after each (NGINX's does). With the default callback OpenSSL stops at
 * the first.
 */
function certificateRevocationErrors(
  chain: readonly Certificate[],
  index: number,
  crls: CrlSet,
  at: Date,
  verifier: SignatureVerifier,
): RevocationDefect[] {
  const certificate = chain[index]!;
  const issuer = index < chain.length - 1 ? chain[index + 1] : certificate.selfIssued ? certificate : undefined;
  const missing = (near?: GivenCrl): RevocationDefect => ({
    kind: 'crl-missing',
    certificate,
    ...(issuer ? { issuer } : {}),
    ...(near ? { near } : {}),
  });
  const found: RevocationDefect[] = [];
  let reasons = 0;
  let near: GivenCrl | undefined;
  // Each pass adds reasons (a distribution point may cover only some); at most one pass per reason bit.
  while (reasons !== ALL_REASONS) {
    const best = bestCrl(chain, index, crls, reasons, at);
    if (!best) return [...found, missing(near)];
    const { given, issuer: signer, score } = best;
    const { crl } = given;
    near = given;
    // check_crl
    if (signer.keyUsage && !signer.keyUsage.includes('cRLSign'))
      found.push({ kind: 'crl-no-crl-sign', certificate, given, issuer: signer });
    if ((score & SCORE.scope) === 0) found.push({ kind: 'crl-scope', certificate, given });
    if ((score & SCORE.time) === 0) {
      const kind = crl.thisUpdate.getTime() > at.getTime() ? 'crl-not-yet-valid' : 'crl-expired';
      found.push({ kind, certificate, given });
    }
    if (!verifier.verifies(crl, signer)) found.push({ kind: 'crl-signature', certificate, given, issuer: signer });
    // cert_crl
    if (crl.unhandledCriticalExtension) found.push({ kind: 'crl-critical-extension', certificate, given });
    const revocation = crl.revocation(certificate.serialNumber, certificate.issuer.key);
    if (revocation && revocation.reason !== REMOVE_FROM_CRL)
      found.push({ kind: 'revoked', certificate, given, revocation });
    // A CRL that added no reasons leaves the certificate without one (UNABLE_TO_GET_CRL).
    if (best.reasons === reasons) return [...found, missing(given)];
    reasons = best.reasons;
  }
  return found;
}

/**
 * Every error check_revocation reports, in order, when the verify callback
 * lets verification go on after each: what a gateway that logs the last
 * error (NGINX) logs from. A missing CRL is no error under a gateway that
 * lets a certificate without one through.
 */
export function revocationErrors(
  chain: readonly Certificate[],
  crls: CrlSet,
  policy: Pick<RevocationPolicy, 'scope' | 'missingCrl'>,
  at: Date,
  verifier: SignatureVerifier,
): RevocationDefect[] {
  return checkedCertificates(chain, policy).flatMap((index) =>
    certificateRevocationErrors(chain, index, crls, at, verifier).filter((defect) => !isAccepted(defect, policy)),
  );
}

/**
 * check_revocation as OpenSSL runs it when a server is given CRLs: every
 * certificate of the chain (`every-ca`, the root included) or the client's
 * own (`leaf`), each against the best CRL from its issuer. OpenSSL stops at
 * the first refusal; this goes on to the next certificate so a report can
 * name every CRL problem at once. Under a gateway that lets a certificate
 * without a CRL through, a missing CRL is no defect.
 */
export function revocationDefects(
  chain: readonly Certificate[],
  crls: CrlSet,
  policy: Pick<RevocationPolicy, 'scope' | 'missingCrl'>,
  at: Date,
  verifier: SignatureVerifier,
): RevocationDefect[] {
  return checkedCertificates(chain, policy).flatMap((index) => {
    // OpenSSL stops at the first.
    const [defect] = certificateRevocationErrors(chain, index, crls, at, verifier);
    return defect && !isAccepted(defect, policy) ? [defect] : [];
  });
}

/** The indexes of the certificates check_revocation checks: every one of the chain (`every-ca`), or the client's. */
function checkedCertificates(chain: readonly Certificate[], policy: Pick<RevocationPolicy, 'scope'>): number[] {
  const last = policy.scope === 'every-ca' ? chain.length - 1 : 0;
  return Array.from({ length: last + 1 }, (_unused, index) => index);
}

/** A missing CRL, under a gateway that lets a certificate without one through. */
function isAccepted(defect: RevocationDefect, policy: Pick<RevocationPolicy, 'missingCrl'>): boolean {
  return defect.kind === 'crl-missing' && policy.missingCrl === 'accepted';
}
