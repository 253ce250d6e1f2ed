import { chainMember, leafClause } from '../chain-rule.js';
import { describeCrl, eachCrl, revocationRefusal } from '../crl-rule.js';
import type { Rule, Explainer } from '../rule.js';
import type { RevocationList } from '../../x509/crl.js';

/** Why OpenSSL never applies the CRL to any certificate, or undefined when it may. */
function whyNotApplied(crl: RevocationList): string | undefined {
  const point = crl.issuingDistributionPoint;
  if (crl.unhandledCriticalExtension)
    return `it has a critical extension OpenSSL does not process (${crl.unhandledCriticalExtension}), so OpenSSL refuses to apply it ("unhandled critical CRL extension")`;
  if (crl.isDelta) return 'it is a delta CRL, which OpenSSL does not apply on its own';
  if (point?.invalid)
    return 'its issuingDistributionPoint limits it to more than one kind of certificate, which OpenSSL cannot use';
  if (point?.needsExtendedSupport)
    return 'its issuingDistributionPoint makes it indirect or limits it to some reasons, which OpenSSL applies only with extended CRL support that servers do not enable';
  return undefined;
}

export const crlUnusable: Rule = {
  id: 'crl-unusable',
  defaultSeverity: 'error',
  title: 'CRL OpenSSL will not apply',
  description:
    'A CRL that OpenSSL refuses to apply: a critical extension it does not process (the CRL number included), a delta CRL, an issuingDistributionPoint that is indirect, limited to some reasons or self-contradictory, or one whose scope (user or CA certificates only, a distribution point name) does not cover a certificate it is picked for ("Different CRL scope").',
  remedy:
    'Have the CA publish a full, direct CRL without critical extensions other than issuingDistributionPoint, and make its issuingDistributionPoint match the cRLDistributionPoints of the certificates it covers. Inspect it with `openssl crl -in FILE -noout -text`.',
  appliesTo: (profile) => (profile.revocation ? { evidence: profile.revocation.evidence.issuer } : undefined),
  consequence: (profile) =>
    `The CRL revokes nothing; where ${profile.wording.gateway} needs it, clients of that CA get ${revocationRefusal(profile)}.`,
  *check(context) {
    yield* eachCrl(context, (given, at) => {
      const why = whyNotApplied(given.crl);
      if (why) return at(`${describeCrl(given, true)} is not applied: ${why}.`);
      const { crl } = given;
      if (crl.undecodableExtensions.length > 0)
        return {
          ...at(
            `${describeCrl(given, true)} has extensions that cannot be decoded (${crl.undecodableExtensions.join(', ')}); OpenSSL reads the CRL as if they were absent.`,
          ),
          atMost: 'warning',
        };
      return undefined;
    });
  },
};

export const explainCrlUnusable: Explainer<'crl-scope' | 'crl-critical-extension'> = {
  rule: crlUnusable,
  describe(problem, chain, context) {
    const what = chainMember(problem.certificate, chain);
    const why =
      problem.kind === 'crl-scope'
        ? `does not cover ${what} (its issuingDistributionPoint is limited to other certificates or names another distribution point: "Different CRL scope")`
        : 'has a critical extension OpenSSL does not process ("unhandled critical CRL extension")';
    return `${leafClause(chain)} would be refused, ${revocationRefusal(context.profile, 'crl', chain)}: ${describeCrl(problem.given)}, the CRL for ${what}, ${why}.`;
  },
};
