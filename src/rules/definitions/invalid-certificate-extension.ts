import { ROLE_WORDS } from '../../inventory/client-file.js';
import { leafClause } from '../chain-rule.js';
import { certificateConsequence, eachCertificate, nameOf, refusal, type Rule, type Explainer } from '../rule.js';

export const invalidCertificateExtension: Rule = {
  id: 'invalid-certificate-extension',
  defaultSeverity: 'error',
  title: 'Certificate OpenSSL marks invalid',
  description:
    'The certificate parses, but an extension makes OpenSSL mark it invalid: a keyUsage with no usage set, a negative pathLenConstraint, a proxy certificate, an extension it cannot decode. Such a certificate issues nothing and is issued by nothing, so every chain through it fails with "unable to get local issuer certificate".',
  remedy:
    'Re-issue the certificate with well-formed extensions. Inspect them with `openssl x509 -noout -text -in FILE`.',
  // OpenSSL's marking: Go's verifier reads these certificates (an empty keyUsage as none, a negative pathLen as no limit).
  appliesTo: (profile) =>
    profile.chain.verifier === 'go'
      ? undefined
      : { evidence: profile.validation, phase: profile.bundle.badCertificate.phase },
  consequence: (profile) => `Clients whose chain needs the certificate get ${refusal(profile, 'untrusted')}.`,
  *check(context) {
    const { profile } = context;
    yield* eachCertificate(context, ({ certificate, role, at }) => {
      if (certificate.invalid === undefined) return undefined;
      const finding = at(
        `The ${ROLE_WORDS[role]} ${nameOf(certificate)} is unusable: OpenSSL marks it invalid because ${certificate.invalid}. ${certificateConsequence(profile, role, 'untrusted', 'clients whose chain needs it')}`,
      );
      return role === 'sent' ? { ...finding, atMost: 'notice' } : finding;
    });
  },
};

export const explainInvalidCertificateExtension: Explainer<'invalid-on-chain'> = {
  rule: invalidCertificateExtension,
  describe(problem, chain, context) {
    return `${leafClause(chain)} would be refused, ${refusal(context.profile, 'untrusted', chain)}: ${nameOf(problem.certificate)} on its chain is marked invalid by OpenSSL because ${problem.certificate.invalid}.`;
  },
};
