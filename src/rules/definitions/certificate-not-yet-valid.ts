import { ROLE_WORDS } from '../../inventory/client-file.js';
import { formatDate } from '../../time.js';
import { validityAt } from '../../x509/validity.js';
import { describePath, leafClause } from '../chain-rule.js';
import { certificateConsequence, eachCertificate, nameOf, refusal, type Rule, type Explainer } from '../rule.js';

export const certificateNotYetValid: Rule = {
  id: 'certificate-not-yet-valid',
  defaultSeverity: 'error',
  title: 'Certificate is not valid yet',
  description:
    "The check time is before the certificate's notBefore (often a clock or time-zone mistake when it was issued).",
  remedy:
    'Wait until it becomes valid or re-issue it with a correct notBefore. Confirm with `openssl x509 -noout -startdate -in FILE`.',
  appliesTo: (profile) => ({ evidence: profile.validation, phase: profile.bundle.badCertificate.phase }),
  consequence: (profile) =>
    `Clients presenting it, or whose chain goes through it, get ${refusal(profile, 'not-yet-valid')} until it becomes valid.`,
  *check(context) {
    const { profile } = context;
    yield* eachCertificate(context, ({ certificate, role, at }) => {
      if (validityAt(certificate, context.at, context.profile.chain.notAfterSecond) !== 'not-yet-valid')
        return undefined;
      const finding = at(
        `The ${ROLE_WORDS[role]} ${nameOf(certificate)} is not valid until ${formatDate(certificate.notBefore)}. ${certificateConsequence(profile, role, 'not-yet-valid')}`,
      );
      return role === 'sent' ? { ...finding, atMost: 'notice' } : finding;
    });
  },
};

export const explainCertificateNotYetValid: Explainer<'not-yet-valid'> = {
  rule: certificateNotYetValid,
  describe(problem, chain, context) {
    const when = formatDate(problem.certificate.notBefore);
    return problem.certificate === chain.leaf.certificate
      ? `${leafClause(chain)} is not valid until ${when}: ${refusal(context.profile, 'not-yet-valid', chain)}.`
      : `${leafClause(chain)} would be refused, ${refusal(context.profile, 'not-yet-valid', chain)}: its chain (${describePath(chain.built.chain)}) goes through ${nameOf(problem.certificate)}, which is not valid until ${when}.`;
  },
};
