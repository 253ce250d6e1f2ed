import type { GivenCrl } from '../../chain/revocation.js';
import type { Certificate } from '../../x509/certificate.js';
import { authorityKeyMatches } from '../../x509/certificate.js';
import { leafClause } from '../chain-rule.js';
import { describeCrl, eachCrl, revocationRefusal } from '../crl-rule.js';
import { nameOf, type RuleContext, type Rule, type Explainer } from '../rule.js';

/** Why no truststore CA can have issued the CRL, or undefined when one did. */
function whyNoIssuer(given: GivenCrl, context: RuleContext): string | undefined {
  const { crl } = given;
  const named: Certificate[] = [];
  for (const truststore of context.chains.truststores) named.push(...truststore.withSubject(crl.issuer.key));
  const candidates = named.filter((certificate) => authorityKeyMatches(crl, certificate));
  if (candidates.length === 0) {
    return named.length === 0
      ? 'no CA of the truststore has that name'
      : `the truststore CA${named.length === 1 ? '' : 's'} with that name ${named.length === 1 ? 'has' : 'have'} another key identifier than the CRL names (another CA, or one re-keyed)`;
  }
  if (candidates.some((certificate) => context.chains.signatures.verifies(crl, certificate))) {
    const signer = candidates.find((certificate) => context.chains.signatures.verifies(crl, certificate))!;
    if (signer.keyUsage && !signer.keyUsage.includes('cRLSign'))
      return `${nameOf(signer)} signed it, but its keyUsage does not allow cRLSign`;
    return undefined;
  }
  return `its signature does not verify with the key of ${candidates.map(nameOf).join(' or ')} (another CA of the same name, a re-keyed CA, or an altered file)`;
}

export const crlIssuerNotInTruststore: Rule = {
  id: 'crl-issuer-not-in-truststore',
  defaultSeverity: 'error',
  title: 'CRL not signed by a CA of the truststore',
  description:
    "No truststore CA has the CRL's issuer name and a key that verifies its signature, with cRLSign in its keyUsage where it has one. The gateway cannot use such a CRL: what it lists is not revoked, and where the gateway needs a CRL from every CA on a chain, clients of that CA fail.",
  remedy:
    "Use the CRL published by the CA that is in the truststore (the same name and key), signed by a certificate allowed to sign CRLs. Compare `openssl crl -in FILE -noout -issuer` with the truststore's subjects and check with `openssl crl -in FILE -CAfile truststore.pem -noout`.",
  appliesTo: (profile) => (profile.revocation ? { evidence: profile.revocation.evidence.issuer } : undefined),
  consequence: (profile) =>
    `The CRL revokes nothing; where ${profile.wording.gateway} needs it, clients of that CA get ${revocationRefusal(profile, 'crl-signature')}.`,
  *check(context) {
    if (context.chains.truststores.length === 0) return;
    yield* eachCrl(context, (given, at) => {
      const why = whyNoIssuer(given, context);
      return why
        ? at(
            `${describeCrl(given, true)} is not from a CA of the truststore: ${why}. ${context.profile.wording.gateway} cannot use it, so the certificates it lists are not revoked.`,
          )
        : undefined;
    });
  },
};

export const explainCrlIssuerNotInTruststore: Explainer<'crl-signature' | 'crl-no-crl-sign'> = {
  rule: crlIssuerNotInTruststore,
  describe(problem, chain, context) {
    const why =
      problem.kind === 'crl-signature'
        ? `its signature does not verify with the key of ${nameOf(problem.issuer)}`
        : `${nameOf(problem.issuer)} may not sign CRLs (its keyUsage lacks cRLSign)`;
    return `${leafClause(chain)} would be refused, ${revocationRefusal(context.profile, 'crl-signature', chain)}: ${describeCrl(problem.given)} is the CRL ${context.profile.wording.gateway} picks for ${nameOf(problem.certificate)}, and ${why}.`;
  },
};
