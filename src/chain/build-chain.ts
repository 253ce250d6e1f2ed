import type { ChainModel } from '../profiles/profile.js';
import { signatureFitsKey } from '../x509/algorithms.js';
import { authorityKeyMatches, type Certificate } from '../x509/certificate.js';
import { validityAt } from '../x509/validity.js';
import type { Truststore } from './truststore.js';

/** Why no chain to a trust anchor could be built, in OpenSSL's terms (X509_V_ERR_*). */
export type BuildFailure =
  /**
   * UNABLE_TO_GET_ISSUER_CERT(_LOCALLY): nothing with the issuer's name fits.
   * `rejected`: certificates with that name that OpenSSL passed over, and why.
   * `inTruststore`: the certificate building stopped at is itself in the
   * truststore (an intermediate without its root): whether that is enough
   * is the anchor question, not the issuer one.
   */
  | { kind: 'issuer-not-found'; certificate: Certificate; rejected: RejectedIssuer[]; inTruststore: boolean }
  /** DEPTH_ZERO_SELF_SIGNED_CERT / SELF_SIGNED_CERT_IN_CHAIN: the chain ends in a self-signed certificate that is not trusted. */
  | { kind: 'self-signed'; certificate: Certificate; atLeaf: boolean; mimic?: Certificate }
  /** CERT_CHAIN_TOO_LONG: the depth limit stopped the search before a trust anchor. */
  | { kind: 'chain-too-long'; length: number };

export interface RejectedIssuer {
  certificate: Certificate;
  why: 'key-identifier' | 'signature-algorithm' | 'invalid';
}

export interface BuiltChain {
  /** Leaf first. On failure, as far as building got. */
  chain: Certificate[];
  /** How many certificates at the bottom of the chain came from the client, not the truststore. */
  untrustedCount: number;
  failure?: BuildFailure;
}

export interface BuildRequest {
  leaf: Certificate;
  /** What the client sends after its own certificate; ignored when the model takes issuers from the truststore only. */
  sent: readonly Certificate[];
  truststore: Truststore;
  model: Pick<ChainModel, 'issuers' | 'maxIntermediates' | 'partialChain'>;
  at: Date;
}

/**
 * Could `issuer` have issued `subject`, as OpenSSL's check_issued decides
 * before any signature is checked: the names match, neither is marked
 * invalid, the key identifiers do not contradict, and the subject's signature
 * algorithm fits the issuer's key.
 */
export function likelyIssuer(issuer: Certificate, subject: Certificate): RejectedIssuer['why'] | undefined {
  if (issuer.invalid !== undefined || subject.invalid !== undefined) return 'invalid';
  if (!authorityKeyMatches(subject, issuer)) return 'key-identifier';
  if (!signatureFitsKey(subject.signatureAlgorithm, issuer.publicKey.type)) return 'signature-algorithm';
  return undefined;
}

/** X509_self_signed(cert, 0): OpenSSL's self-signed, which an invalid certificate never is. */
function isSelfSigned(certificate: Certificate): boolean {
  return certificate.selfSigned && certificate.invalid === undefined;
}

/**
 * The first candidate OpenSSL would take (get0_best_issuer / find_issuer):
 * in the given order, the first likely issuer that is valid at `at`; when
 * none is, the likely issuer that expires last (the first of equals).
 */
function bestIssuer(
  subject: Certificate,
  candidates: readonly Certificate[],
  at: Date,
  rejected: RejectedIssuer[],
): Certificate | undefined {
  let latest: Certificate | undefined;
  for (const candidate of candidates) {
    if (candidate.subject.key !== subject.issuer.key) continue;
    const why = likelyIssuer(candidate, subject);
    if (why) {
      rejected.push({ certificate: candidate, why });
      continue;
    }
    if (validityAt(candidate, at) === 'valid') return candidate;
    if (!latest || candidate.notAfter.getTime() > latest.notAfter.getTime()) latest = candidate;
  }
  return latest;
}

/**
 * OpenSSL 3.0's build_chain with its default flags (trusted first, no
 * alternative chains): from the leaf, at each step the truststore is asked
 * for an issuer first and the client's certificates second; the first
 * suitable candidate is taken and never reconsidered. The result is the chain
 * OpenSSL (and a gateway built on it) would judge, not the best chain that
 * exists: when it fails, it fails where OpenSSL fails.
 */
export function buildChain(request: BuildRequest): BuiltChain {
  const { leaf, truststore, model, at } = request;
  const chain: Certificate[] = [leaf];
  let untrustedCount = 1;
  // Build up to one longer than the limit (max_depth = depth + 1); a chain that would need more is too long.
  const maxLength = model.maxIntermediates + 1;
  const pool = model.issuers === 'truststore-and-client' ? [...request.sent] : [];
  let searchUntrusted = pool.length > 0;
  let trusted = false;
  let mimic: Certificate | undefined;
  const rejected: RejectedIssuer[] = [];
  const top = () => chain[chain.length - 1]!;

  /** check_trust from index `from` up: a self-signed certificate there is an anchor; with partial chains, any is. */
  const reachesAnchor = (from: number) =>
    chain.slice(from).some(isSelfSigned) || (model.partialChain && from < chain.length);

  for (;;) {
    // The truststore first, at every step (X509_V_FLAG_TRUSTED_FIRST, OpenSSL's default).
    const current = top();
    const issuer =
      chain.length > maxLength
        ? undefined
        : bestIssuer(current, truststore.withSubject(current.issuer.key), at, rejected);
    if (issuer) {
      // Index of the certificate the truststore just supplied: the one check_trust starts from.
      let added: number | undefined;
      if (!isSelfSigned(current)) {
        chain.push(issuer);
        added = chain.length - 1;
      } else if (issuer.sha256 === current.sha256) {
        // A self-signed certificate that is itself in the truststore stands as the trusted copy.
        added = chain.length - 1;
        untrustedCount = added;
      } else {
        // Same name, key identifier and algorithm, other bytes: OpenSSL refuses to let it stand for the trusted one.
        mimic = issuer;
      }
      if (added !== undefined) {
        searchUntrusted = false;
        if (reachesAnchor(added)) {
          trusted = true;
          break;
        }
        if (!isSelfSigned(top())) continue;
      }
    }
    if (!searchUntrusted) break;
    // Then what the client sent, each certificate used once and never one already on the chain.
    const subject = top();
    const candidates = pool.filter(
      (candidate) =>
        (subject.selfIssued && chain.length === 1) ||
        !chain.some((certificate) => certificate.sha256 === candidate.sha256),
    );
    const next =
      isSelfSigned(subject) || chain.length > maxLength ? undefined : bestIssuer(subject, candidates, at, rejected);
    if (!next) {
      searchUntrusted = false;
      continue;
    }
    pool.splice(pool.indexOf(next), 1);
    chain.push(next);
    untrustedCount++;
  }

  // Last resort with partial chains: the leaf itself is in the truststore.
  if (!trusted && model.partialChain && chain.length <= maxLength && untrustedCount === chain.length) {
    trusted = truststore.contains(leaf);
  }
  if (trusted) return { chain, untrustedCount };

  const last = top();
  const failure: BuildFailure =
    chain.length > maxLength
      ? { kind: 'chain-too-long', length: chain.length }
      : isSelfSigned(last)
        ? { kind: 'self-signed', certificate: last, atLeaf: chain.length === 1, ...(mimic ? { mimic } : {}) }
        : {
            kind: 'issuer-not-found',
            certificate: last,
            inTruststore: truststore.contains(last),
            rejected: rejected.filter((entry) => entry.certificate.subject.key === last.issuer.key),
          };
  return { chain, untrustedCount, failure };
}
