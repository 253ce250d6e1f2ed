import type { Certificate } from '../x509/certificate.js';
import type { GoCertificate } from '../x509/go-certificate.js';
import type { ClientProblem } from './problems.js';

// Why Go refuses a path, in Go's words and as the tool's client problem.

/** A certificate as the tool parsed it and as Go reads it. */
export interface Node {
  certificate: Certificate;
  go: GoCertificate;
}

/** Why Go refuses a step of a path; `text` is Go's error string. */
export type GoFailure =
  | { kind: 'unknown-authority'; at: Node; path: Node[]; hint?: { failure: SignatureFailure; candidate: Node } }
  | { kind: 'expired' | 'not-yet-valid'; at: Node; path: Node[] }
  | { kind: 'not-authorized-to-sign'; at: Node; path: Node[] }
  | { kind: 'too-many-intermediates'; at: Node; path: Node[]; intermediates: number }
  | {
      kind: 'name';
      at: Node;
      path: Node[];
      checked: Node;
      name: string;
      violation: 'permitted' | 'excluded' | 'unsupported';
    }
  | { kind: 'unhandled-critical'; at: Node; path: Node[] }
  | { kind: 'budget'; at: Node; path: Node[] };

/** What CheckSignatureFrom says of a candidate issuer. */
export type SignatureFailure =
  | { kind: 'not-a-ca'; why: 'not-ca' | 'without-basic-constraints' | 'no-key-cert-sign' }
  | { kind: 'insecure-algorithm' }
  | { kind: 'unsupported-algorithm' }
  | { kind: 'signature' };

const ERROR_TEXT: Record<Exclude<GoFailure['kind'], 'unknown-authority' | 'name'>, string> = {
  expired: 'x509: certificate has expired or is not yet valid',
  'not-yet-valid': 'x509: certificate has expired or is not yet valid',
  'not-authorized-to-sign': 'x509: certificate is not authorized to sign other certificates',
  'too-many-intermediates': 'x509: too many intermediates for path length constraint',
  'unhandled-critical': 'x509: unhandled critical extension',
  budget: 'x509: signature check attempts limit reached while verifying certificate chain',
};

/** The tool's problem for Go's error. */
export function problemOf(failure: GoFailure, leaf: Node): ClientProblem {
  const { at } = failure;
  switch (failure.kind) {
    case 'expired':
    case 'not-yet-valid':
      return { kind: failure.kind, certificate: at.certificate };
    case 'not-authorized-to-sign':
      return {
        kind: 'issuer-not-ca',
        issuer: at.certificate,
        why: at.go.basicConstraintsValid ? 'not-ca' : 'without-basic-constraints',
      };
    case 'too-many-intermediates':
      return {
        kind: 'path-length-exceeded',
        issuer: at.certificate,
        pathLen: at.go.maxPathLen,
        intermediatesBelow: failure.intermediates,
      };
    case 'name':
      return {
        kind: 'name-constraints-violated',
        certificate: failure.checked.certificate,
        constrainedBy: at.certificate,
        violation: failure.violation,
        name: failure.name,
      };
    case 'unhandled-critical':
      return { kind: 'unhandled-critical-extension', certificate: at.certificate, oids: at.go.unhandledCritical };
    case 'budget':
      return { kind: 'issuer-not-found', certificate: at.certificate, rejected: [], inTruststore: false };
    case 'unknown-authority': {
      const hint = failure.hint;
      if (hint?.failure.kind === 'signature')
        return { kind: 'signature-invalid', certificate: at.certificate, issuer: hint.candidate.certificate };
      if (hint?.failure.kind === 'not-a-ca')
        return { kind: 'issuer-not-ca', issuer: hint.candidate.certificate, why: hint.failure.why };
      if (hint?.failure.kind === 'insecure-algorithm' && at.certificate.signatureAlgorithm.hash)
        return {
          kind: 'signature-not-accepted',
          certificate: at.certificate,
          refusal: { kind: 'weak-hash', hash: at.certificate.signatureAlgorithm.hash },
        };
      if (hint) return { kind: 'signature-not-accepted', certificate: at.certificate, refusal: { kind: 'algorithm' } };
      if (at === leaf && at.certificate.selfSigned)
        return { kind: 'self-signed', certificate: at.certificate, atLeaf: true };
      return { kind: 'issuer-not-found', certificate: at.certificate, rejected: [], inTruststore: false };
    }
  }
}

export function errorText(failure: GoFailure): string {
  if (failure.kind === 'name')
    return `x509: a root or intermediate certificate is not authorized to sign for this name: ${failure.name}`;
  if (failure.kind !== 'unknown-authority') return ERROR_TEXT[failure.kind];
  return 'x509: certificate signed by unknown authority';
}
