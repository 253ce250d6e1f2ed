import type { Certificate } from '../x509/certificate.js';
import { isWithinSubtree, type DistinguishedName } from '../x509/names.js';
import { validityAt } from '../x509/validity.js';
import type { SignatureVerifier } from './signatures.js';
import type { TruststoreIndex } from './truststore-index.js';

/** API Gateway: "Certificates can have a maximum chain length of four." */
export const MAX_CHAIN_LENGTH = 4;
/** Paths are never built deeper than this, whatever the input. */
const MAX_SEARCH_DEPTH = 16;
/** Path-building steps (certificates visited and issuer candidates tried) per leaf before giving up (limits.max-path-steps). */
export const MAX_SEARCH_STEPS = 2000;

export type ChainProblem =
  /** `sameName`: certificates with the issuer's name whose key identifier shows they are another CA. */
  | { kind: 'issuer-not-found'; certificate: Certificate; sameName: Certificate[] }
  | { kind: 'self-signed'; certificate: Certificate }
  | { kind: 'signature-invalid'; certificate: Certificate; issuer: Certificate }
  | { kind: 'issuer-not-ca'; certificate: Certificate; issuer: Certificate }
  | { kind: 'path-length-exceeded'; issuer: Certificate; pathLen: number; intermediatesBelow: number }
  | { kind: 'unhandled-critical-extension'; certificate: Certificate; oids: string[] }
  | { kind: 'explicit-ec-parameters'; certificate: Certificate }
  | {
      kind: 'name-constraints-violated';
      certificate: Certificate;
      constrainedBy: Certificate;
      name: DistinguishedName;
      excluded: boolean;
    }
  | { kind: 'expired'; certificate: Certificate }
  | { kind: 'not-yet-valid'; certificate: Certificate }
  /** `atLeast`: path building stopped at its depth bound, so the chain is at least this long. */
  | { kind: 'chain-too-long'; length: number; atLeast?: boolean }
  | { kind: 'search-limit' };

export interface PathResult {
  valid: boolean;
  /** The path found (leaf first, trust anchor last), or for an invalid leaf the attempt that came closest. */
  path: Certificate[];
  /** Empty when valid; otherwise why the closest attempt failed. */
  problems: ChainProblem[];
  /** Path-building steps taken: the measure of work, bounded by MAX_SEARCH_STEPS. */
  steps: number;
}

export interface PathRequest {
  leaf: Certificate;
  /** Further certificates the client sends (untrusted). */
  presented: readonly Certificate[];
  truststore: TruststoreIndex;
  at: Date;
  verifier: SignatureVerifier;
  /** Path-building steps allowed for this leaf (default MAX_SEARCH_STEPS). */
  maxSteps?: number;
}

/**
 * Whether a certificate may sign certificates, as OpenSSL decides it without
 * strict flags: keyUsage (when present) must allow keyCertSign; basicConstraints
 * (when present) must say cA; without basicConstraints only a v1 self-signed
 * root or a certificate whose keyUsage names keyCertSign qualifies.
 */
export function canIssueCertificates(certificate: Certificate): boolean {
  if (certificate.keyUsage && !certificate.keyUsage.includes('keyCertSign')) return false;
  if (certificate.basicConstraints) return certificate.basicConstraints.ca;
  if (certificate.version === 1 && certificate.selfIssued) return true;
  return certificate.keyUsage !== undefined;
}

/**
 * The authorityKeyIdentifier of `subject` does not rule `issuer` out, as
 * OpenSSL's X509_check_akid decides it: key identifier, issuer name and serial
 * must each match where both sides have them. A mismatch is not a candidate.
 */
export function authorityKeyMatches(subject: Certificate, issuer: Certificate): boolean {
  if (subject.authorityKeyId && issuer.subjectKeyId && subject.authorityKeyId !== issuer.subjectKeyId) return false;
  if (subject.authorityCertSerialNumber && subject.authorityCertSerialNumber !== issuer.serialNumber) return false;
  if (subject.authorityCertIssuers && !subject.authorityCertIssuers.includes(issuer.issuer.key)) return false;
  return true;
}

/** A trust anchor: self-issued (and not ruled out by its own key identifiers) and in the truststore. */
function isAnchor(certificate: Certificate, truststore: TruststoreIndex): boolean {
  return certificate.selfIssued && authorityKeyMatches(certificate, certificate) && truststore.contains(certificate);
}

function ownProblems(certificate: Certificate, at: Date): ChainProblem[] {
  const problems: ChainProblem[] = [];
  const validity = validityAt(certificate, at);
  if (validity !== 'valid') problems.push({ kind: validity, certificate });
  // OpenSSL 3 refuses any certificate on the path whose EC key has explicit parameters (verify error 94).
  if (certificate.publicKey.explicitCurve) problems.push({ kind: 'explicit-ec-parameters', certificate });
  if (certificate.unknownCriticalExtensions.length > 0) {
    problems.push({ kind: 'unhandled-critical-extension', certificate, oids: certificate.unknownCriticalExtensions });
  }
  return problems;
}

/**
 * directoryName constraints of every CA on a complete path (leaf first),
 * applied to the subject and directoryName alternative names of each
 * certificate below it; self-issued intermediates are exempt (RFC 5280 §6.1.3).
 */
function nameConstraintProblems(path: readonly Certificate[]): ChainProblem[] {
  const problems: ChainProblem[] = [];
  for (let i = 1; i < path.length; i++) {
    const constrainedBy = path[i]!;
    const constraints = constrainedBy.nameConstraints;
    if (!constraints || (constraints.permitted.length === 0 && constraints.excluded.length === 0)) continue;
    for (let j = 0; j < i; j++) {
      const certificate = path[j]!;
      if (j > 0 && certificate.selfIssued) continue;
      const names = [
        ...(certificate.subject.isEmpty ? [] : [certificate.subject]),
        ...(certificate.subjectAltDirectoryNames ?? []),
      ];
      for (const name of names) {
        if (constraints.excluded.some((base) => isWithinSubtree(name, base))) {
          problems.push({ kind: 'name-constraints-violated', certificate, constrainedBy, name, excluded: true });
        } else if (
          constraints.permitted.length > 0 &&
          !constraints.permitted.some((base) => isWithinSubtree(name, base))
        ) {
          problems.push({ kind: 'name-constraints-violated', certificate, constrainedBy, name, excluded: false });
        }
      }
    }
  }
  return problems;
}

interface Attempt {
  complete: boolean;
  path: Certificate[];
  problems: ChainProblem[];
}

const EDGE_PRIORITY: Partial<Record<ChainProblem['kind'], number>> = {
  'signature-invalid': 3,
  'issuer-not-ca': 2,
  'path-length-exceeded': 2,
  'issuer-not-found': 1,
};

/** Which failed attempt explains the failure best: complete paths first, then the one that got furthest. */
function better(a: Attempt, b: Attempt): boolean {
  if (a.complete !== b.complete) return a.complete;
  if (a.complete)
    return (
      a.problems.length < b.problems.length ||
      (a.problems.length === b.problems.length && a.path.length < b.path.length)
    );
  if (a.path.length !== b.path.length) return a.path.length > b.path.length;
  return (EDGE_PRIORITY[a.problems[0]!.kind] ?? 0) > (EDGE_PRIORITY[b.problems[0]!.kind] ?? 0);
}

/**
 * Depth-first path building with backtracking from the leaf to a self-signed
 * certificate in the truststore. Every candidate issuer whose subject matches
 * and whose key identifier does not contradict is tried, so re-keyed and cross-signed
 * CAs with the same name are handled; each edge is checked for signature,
 * CA status and pathLenConstraint; validity and unknown critical extensions
 * make a path invalid without stopping the search for a better one.
 */
export function buildPath(request: PathRequest): PathResult {
  const { truststore, verifier, at } = request;
  const maxSteps = request.maxSteps ?? MAX_SEARCH_STEPS;
  let steps = 0;
  let best: Attempt | undefined;
  const record = (attempt: Attempt) => {
    if (!best || better(attempt, best)) best = attempt;
  };

  const issuersOf = (certificate: Certificate, path: Certificate[]) => {
    const seen = new Set(path.map((c) => c.sha256));
    const candidates: Certificate[] = [];
    const ruledOut: Certificate[] = [];
    for (const candidate of [...truststore.withSubject(certificate.issuer.key), ...request.presented]) {
      if (candidate.subject.key !== certificate.issuer.key || seen.has(candidate.sha256)) continue;
      seen.add(candidate.sha256);
      (authorityKeyMatches(certificate, candidate) ? candidates : ruledOut).push(candidate);
    }
    return { candidates, ruledOut };
  };

  const search = (path: Certificate[], problems: ChainProblem[]): boolean => {
    if (steps >= maxSteps) {
      record({ complete: false, path, problems: [{ kind: 'search-limit' }] });
      return false;
    }
    steps++;
    const current = path[path.length - 1]!;
    if (isAnchor(current, truststore)) {
      const all = [...problems, ...nameConstraintProblems(path)];
      if (path.length > MAX_CHAIN_LENGTH) all.push({ kind: 'chain-too-long', length: path.length });
      if (all.length === 0) {
        best = { complete: true, path, problems: [] };
        return true;
      }
      record({ complete: true, path, problems: all });
      return false;
    }
    if (path.length >= MAX_SEARCH_DEPTH) {
      // Four times API Gateway's limit: whatever lies above, the chain is too long.
      record({ complete: false, path, problems: [{ kind: 'chain-too-long', length: path.length, atLeast: true }] });
      return false;
    }
    const { candidates, ruledOut } = issuersOf(current, path);
    if (candidates.length === 0) {
      const selfSigned = path.length === 1 && verifier.isSelfSigned(current);
      record({
        complete: false,
        path,
        problems: [
          selfSigned
            ? { kind: 'self-signed', certificate: current }
            : { kind: 'issuer-not-found', certificate: current, sameName: ruledOut },
        ],
      });
      return false;
    }
    // pathLenConstraint counts the non-self-issued intermediates below the issuer.
    const intermediatesBelow = path.slice(1).filter((c) => !c.selfIssued).length;
    for (const issuer of candidates) {
      // Every candidate tried is a step (a signature check at most), so same-named CAs are bounded too.
      if (steps >= maxSteps) {
        record({ complete: false, path, problems: [{ kind: 'search-limit' }] });
        return false;
      }
      steps++;
      const extended = [...path, issuer];
      if (!verifier.verifies(current, issuer)) {
        record({ complete: false, path, problems: [{ kind: 'signature-invalid', certificate: current, issuer }] });
        continue;
      }
      if (!canIssueCertificates(issuer)) {
        record({
          complete: false,
          path: extended,
          problems: [{ kind: 'issuer-not-ca', certificate: current, issuer }],
        });
        continue;
      }
      const pathLen = issuer.basicConstraints?.pathLen;
      if (pathLen !== undefined && intermediatesBelow > pathLen) {
        record({
          complete: false,
          path: extended,
          problems: [{ kind: 'path-length-exceeded', issuer, pathLen, intermediatesBelow }],
        });
        continue;
      }
      if (search(extended, [...problems, ...ownProblems(issuer, at)])) return true;
    }
    return false;
  };

  const { leaf } = request;
  if (search([leaf], ownProblems(leaf, at))) return { valid: true, path: best!.path, problems: [], steps };
  const closest = best!;
  // A search cut short proves nothing about the paths it did not try: say that, not what the tried ones lacked.
  if (steps >= maxSteps) return { valid: false, path: closest.path, problems: [{ kind: 'search-limit' }], steps };
  // A self-signed leaf that is not in the truststore is API Gateway's "self signed certificate", even when
  // a same-named truststore certificate was tried and did not verify it.
  if (!truststore.contains(leaf) && verifier.isSelfSigned(leaf) && !closest.complete) {
    return { valid: false, path: [leaf], problems: [{ kind: 'self-signed', certificate: leaf }], steps };
  }
  return { valid: false, path: closest.path, problems: closest.problems, steps };
}
