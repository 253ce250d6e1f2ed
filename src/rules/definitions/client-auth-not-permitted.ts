import { judgePurpose } from '../../profiles/policy.js';
import { leafClause } from '../chain-rule.js';
import { eachCertificate, nameOf, refusal, type Rule, type Explainer } from '../rule.js';

function usages(certificate: { extendedKeyUsage?: string[] }): string {
  return certificate.extendedKeyUsage ? certificate.extendedKeyUsage.join(', ') || '(empty)' : 'no extendedKeyUsage';
}

export const clientAuthNotPermitted: Rule = {
  id: 'client-auth-not-permitted',
  defaultSeverity: 'error',
  title: 'Certificate not allowed for client authentication',
  description:
    "The client certificate's extendedKeyUsage lacks clientAuth (anyExtendedKeyUsage does not stand in for it in OpenSSL; in Go it does, and a CA's extendedKeyUsage limits every certificate below it), or lacks the extension where the gateway requires it; Google Cloud checks the issuing CA's too. Where the gateway does not document a purpose check (API Gateway), it is a warning.",
  remedy:
    'Re-issue the certificate with `extendedKeyUsage=clientAuth`. Inspect with `openssl x509 -noout -ext extendedKeyUsage -in FILE`.',
  appliesTo: (profile) =>
    profile.purpose.leaf === 'not-checked' &&
    profile.purpose.issuer === 'not-checked' &&
    !profile.purpose.sslClient &&
    !profile.purpose.nestedExtendedKeyUsage
      ? undefined
      : { evidence: profile.purpose.evidence },
  consequence: (profile) => `The client gets ${refusal(profile, 'purpose')}.`,
  *check(context) {
    const rule = context.profile.purpose.leaf;
    yield* eachCertificate(
      context,
      ({ certificate, role, at }) => {
        if (role !== 'client') return undefined;
        const refused = judgePurpose(rule, certificate);
        if (!refused) return undefined;
        return at(
          `The client certificate ${nameOf(certificate)} has ${usages(certificate)}${refused === 'missing-extension' ? ', and the gateway requires extendedKeyUsage with clientAuth' : ' without clientAuth'}: ${refusal(context.profile, 'purpose')}.`,
        );
      },
      ['client'],
    );
  },
};

export const explainClientAuthNotPermitted: Explainer<'purpose-not-client-auth' | 'purpose'> = {
  rule: clientAuthNotPermitted,
  describe(problem, chain, context) {
    if (problem.kind === 'purpose') {
      const whose =
        problem.certificate === chain.leaf.certificate ? 'it' : `${nameOf(problem.certificate)} on its chain`;
      const why = {
        'extended-key-usage': `has ${usages(problem.certificate)} without clientAuth`,
        'key-usage': 'has a keyUsage that allows neither digitalSignature nor keyAgreement',
        'netscape-type': 'has a Netscape certificate type that excludes TLS clients',
      }[problem.why];
      return `${leafClause(chain)} would be refused, ${refusal(context.profile, 'purpose', chain)}: ${whose} ${why}.`;
    }
    const whose =
      problem.role === 'leaf'
        ? 'it'
        : `its issuing CA ${nameOf(problem.certificate)}, which ${context.profile.wording.gateway} also checks,`;
    return `${leafClause(chain)} would be refused, ${refusal(context.profile, 'purpose', chain)}: ${whose} has ${usages(problem.certificate)} without clientAuth.`;
  },
};
