import { ROLE_WORDS } from '../../inventory/client-file.js';
import { parseAsGo } from '../../x509/go-certificate.js';
import { describePath, leafClause } from '../chain-rule.js';
import { certificateConsequence, eachCertificate, nameOf, refusal, type Rule, type Explainer } from '../rule.js';

export const unhandledCriticalExtension: Rule = {
  id: 'unhandled-critical-extension',
  defaultSeverity: 'error',
  title: 'Certificate has a critical extension validators do not know',
  description:
    'RFC 5280 requires a validator to reject a certificate with a critical extension it does not recognise; OpenSSL does ("unhandled critical extension"), so any chain through this certificate fails.',
  remedy:
    'Re-issue the certificate without the extension, or mark it non-critical. Inspect with `openssl x509 -noout -text -in FILE`.',
  appliesTo: (profile) => ({ evidence: profile.validation, phase: profile.bundle.badCertificate.phase }),
  consequence: (profile) => `Clients whose chain uses the certificate get ${refusal(profile, 'invalid')}.`,
  *check(context) {
    const { profile } = context;
    yield* eachCertificate(context, ({ certificate, role, at }) => {
      // Which extensions are handled is the verifier's: Go's list is not OpenSSL's (a certificate Go cannot parse has its own rule).
      const oids =
        profile.chain.verifier === 'go'
          ? (parseAsGo(certificate).certificate?.unhandledCritical ?? [])
          : certificate.unknownCriticalExtensions;
      if (oids.length === 0) return undefined;
      const finding = at(
        `The ${ROLE_WORDS[role]} ${nameOf(certificate)} has critical extension(s) ${oids.join(', ')} that validators do not recognise and must reject. ${certificateConsequence(profile, role, 'invalid')}`,
      );
      return role === 'sent' ? { ...finding, atMost: 'notice' } : finding;
    });
  },
};

export const explainUnhandledCriticalExtension: Explainer<'unhandled-critical-extension'> = {
  rule: unhandledCriticalExtension,
  describe(problem, chain, context) {
    const oids = problem.oids.join(', ');
    return problem.certificate === chain.leaf.certificate
      ? `${leafClause(chain)} has critical extension(s) ${oids} that validators reject: ${refusal(context.profile, 'invalid', chain)}.`
      : `${leafClause(chain)} would be refused, ${refusal(context.profile, 'invalid', chain)}: its chain (${describePath(chain.built.chain)}) goes through ${nameOf(problem.certificate)}, whose critical extension(s) ${oids} validators reject.`;
  },
};
