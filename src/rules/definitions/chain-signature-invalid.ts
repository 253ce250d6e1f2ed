import { leafClause } from '../chain-rule.js';
import { nameOf, refusal, type Rule, type Explainer } from '../rule.js';

/** Namesakes tried for the hint: enough for any real truststore, bounded for a hostile one. */
const MAX_NAMESAKES_TRIED = 64;

export const chainSignatureInvalid: Rule = {
  id: 'chain-signature-invalid',
  defaultSeverity: 'error',
  title: 'Signature on the chain does not verify',
  description:
    "A certificate names an issuer that exists, but the issuer's key does not verify its signature: the certificate was altered, or it was issued by another CA with the same name. OpenSSL takes the first certificate with the issuer's name that its key identifiers allow and never tries another, so a stale namesake earlier in the truststore breaks the chain.",
  remedy:
    'Re-issue the certificate from the CA in the truststore, or put the CA that really issued it in the truststore (before, or instead of, its namesake). Confirm with the `openssl verify` command given with the finding ("certificate signature failure").',
  appliesTo: (profile) => ({ evidence: profile.validation }),
  consequence: (profile) =>
    `The client gets ${refusal(profile, 'signature')}: the certificate fails the integrity check.`,
};

export const explainChainSignatureInvalid: Explainer<'signature-invalid'> = {
  rule: chainSignatureInvalid,
  describe(problem, chain, context) {
    const which =
      problem.certificate === chain.leaf.certificate
        ? 'Its signature'
        : `The signature on ${nameOf(problem.certificate)} on its chain`;
    // The namesake OpenSSL did not try: worth naming, since reordering or removing the stale one fixes it.
    const better = chain.truststore
      .withSubject(problem.issuer.subject.key)
      .slice(0, MAX_NAMESAKES_TRIED)
      .find((other) => other !== problem.issuer && context.chains.signatures.verifies(problem.certificate, other));
    const hint = better
      ? ` Another certificate with that name in the truststore, with key identifier ${better.subjectKeyId ?? '(none)'}, does verify it: ${context.profile.wording.gateway} takes the first that fits and never tries the next, so remove the stale one or give the certificate an authorityKeyIdentifier.`
      : ' The certificate was altered or comes from another CA with the same name.';
    return `${leafClause(chain)} would be refused, ${refusal(context.profile, 'signature', chain)}: ${which} does not verify with the key of ${nameOf(problem.issuer)}, the certificate with the issuer's name.${hint}`;
  },
};
