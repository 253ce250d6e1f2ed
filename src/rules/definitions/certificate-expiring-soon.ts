import { ROLE_WORDS } from '../../inventory/client-file.js';
import { DAY_MS, formatDate } from '../../time.js';
import { eachCertificate, nameOf, refusal, type Rule } from '../rule.js';

export const certificateExpiringSoon: Rule = {
  id: 'certificate-expiring-soon',
  defaultSeverity: 'warning',
  title: 'Certificate expires soon',
  description:
    'The certificate expires within the warning window (30 days unless `--expiry-warning-days` says otherwise). Gateways do not warn about expiring truststore certificates (API Gateway warns only when the domain is updated).',
  remedy: 'Renew the certificate before it expires; a scheduled run of this check keeps watch.',
  appliesTo: () => ({}),
  consequence: (profile) =>
    `Nothing yet; from the expiry date on, clients get ${refusal(profile, 'expired')}, and ${profile.wording.gateway} will not warn you first.`,
  *check(context) {
    const horizon = context.at.getTime() + context.expiryWarningDays * DAY_MS;
    yield* eachCertificate(context, ({ certificate, role, at }) => {
      const notAfter = certificate.notAfter.getTime();
      if (notAfter <= context.at.getTime() || notAfter >= horizon) return undefined;
      const days = Math.floor((notAfter - context.at.getTime()) / DAY_MS);
      const when = days === 0 ? 'in less than a day' : `in ${days} day${days === 1 ? '' : 's'}`;
      const finding = at(
        `The ${ROLE_WORDS[role]} ${nameOf(certificate)} expires ${when}, on ${formatDate(certificate.notAfter)}.`,
      );
      return role === 'sent' ? { ...finding, atMost: 'notice' } : finding;
    });
  },
};
