import type { ClientChain } from '../chain/analysis.js';
import type { ClientProblem } from '../chain/problems.js';
import type { Fix } from '../findings/fix.js';
import { explainCertificateExpired } from './definitions/certificate-expired.js';
import { explainCertificateNotYetValid } from './definitions/certificate-not-yet-valid.js';
import { explainChainSignatureInvalid } from './definitions/chain-signature-invalid.js';
import { explainChainTooLong } from './definitions/chain-too-long.js';
import { explainClientAuthNotPermitted } from './definitions/client-auth-not-permitted.js';
import { explainClientCertificateIsCa } from './definitions/client-certificate-is-ca.js';
import { explainClientCertificateRevoked } from './definitions/client-certificate-revoked.js';
import { explainClientNotEndEntity } from './definitions/client-not-end-entity.js';
import { explainCrlExpired } from './definitions/crl-expired.js';
import { explainCrlIssuerNotInTruststore } from './definitions/crl-issuer-not-in-truststore.js';
import { explainCrlMissingForCa } from './definitions/crl-missing-for-ca.js';
import { explainCrlUnusable } from './definitions/crl-unusable.js';
import { explainIncompleteChain } from './definitions/incomplete-chain.js';
import { explainInsecureSignatureAlgorithm } from './definitions/insecure-signature-algorithm.js';
import { explainInvalidCertificateExtension } from './definitions/invalid-certificate-extension.js';
import { explainIssuerNotCa } from './definitions/issuer-not-ca.js';
import { explainIssuerNotFound, explainNoTruststore } from './definitions/issuer-not-found.js';
import { explainNameConstraintsViolated } from './definitions/name-constraints-violated.js';
import { explainPathLengthExceeded } from './definitions/path-length-exceeded.js';
import { explainSelfSignedCertificate } from './definitions/self-signed-certificate.js';
import { explainUnhandledCriticalExtension } from './definitions/unhandled-critical-extension.js';
import { explainUnparseableCertificate } from './definitions/unparseable-certificate.js';
import { explainUnsupportedKeyType } from './definitions/unsupported-key-type.js';
import { explainWeakKey } from './definitions/weak-key.js';
import type { Explainer, Rule, RuleContext } from './rule.js';

/**
 * One explainer for each kind of client problem, each taking only its own
 * kind: a kind added to ClientProblem without its rule does not compile
 * (__tests__/rules/explainers-table.test.ts holds the compiler to it).
 */
export type ExplainerTable = { [K in ClientProblem['kind']]: Explainer<K> };

/** Which rule explains each kind of reason a client is refused: the compiler sees to it that every kind has one. */
export const EXPLAINERS: Readonly<ExplainerTable> = {
  'written-ca-first': explainClientNotEndEntity,
  'no-truststore': explainNoTruststore,
  'issuer-not-found': explainIssuerNotFound,
  'root-not-in-truststore': explainIncompleteChain,
  'invalid-on-chain': explainInvalidCertificateExtension,
  'self-signed': explainSelfSignedCertificate,
  'chain-too-long': explainChainTooLong,
  'unhandled-critical-extension': explainUnhandledCriticalExtension,
  'issuer-not-ca': explainIssuerNotCa,
  'explicit-ec-parameters': explainUnsupportedKeyType,
  purpose: explainClientAuthNotPermitted,
  'path-length-exceeded': explainPathLengthExceeded,
  'signature-invalid': explainChainSignatureInvalid,
  expired: explainCertificateExpired,
  'not-yet-valid': explainCertificateNotYetValid,
  'name-constraints-violated': explainNameConstraintsViolated,
  'crl-missing': explainCrlMissingForCa,
  'crl-no-crl-sign': explainCrlIssuerNotInTruststore,
  'crl-scope': explainCrlUnusable,
  'crl-not-yet-valid': explainCrlExpired,
  'crl-expired': explainCrlExpired,
  'crl-signature': explainCrlIssuerNotInTruststore,
  'crl-critical-extension': explainCrlUnusable,
  revoked: explainClientCertificateRevoked,
  'key-too-weak': explainWeakKey,
  'key-not-supported': explainUnsupportedKeyType,
  'signature-not-accepted': explainInsecureSignatureAlgorithm,
  'purpose-not-client-auth': explainClientAuthNotPermitted,
  'ca-as-client': explainClientCertificateIsCa,
  unparseable: explainUnparseableCertificate,
};

/** The explainer of `problem`'s kind, typed for any problem (each entry takes only its own kind). */
function explainerOf(problem: ClientProblem): Explainer<ClientProblem['kind']> {
  return EXPLAINERS[problem.kind] as Explainer<ClientProblem['kind']>;
}

/** The rule whose finding explains `problem`. */
export function ruleExplaining(problem: ClientProblem): Rule {
  return explainerOf(problem).rule;
}

/** The finding's message for a client refused (or at risk) because of `problem`. */
export function describeProblem(problem: ClientProblem, chain: ClientChain, context: RuleContext): string {
  return explainerOf(problem).describe(problem, chain, context);
}

/** The mechanical fix for `problem`, where its rule has one. */
export function fixFor(problem: ClientProblem, chain: ClientChain, context: RuleContext): Fix | undefined {
  return explainerOf(problem).fix?.(problem, chain, context);
}

/** The ids of the rules that explain client problems (documentation lists them as chain rules). */
export const EXPLAINING_RULE_IDS: ReadonlySet<string> = new Set(
  Object.values(EXPLAINERS).map((explainer) => explainer.rule.id),
);
