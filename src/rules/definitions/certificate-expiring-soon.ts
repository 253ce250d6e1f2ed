import { describeRole, eachCertificate, nameOf, type Rule } from '../rule.js';
import { formatDate, DAY_MS } from '../../time.js';

export const certificateExpiringSoon: Rule = {
  id: 'certificate-expiring-soon',
  defaultSeverity: 'warning',
  title: 'Certificate expires soon',
  description:
    'The certificate expires within the warning window (30 days unless `--expiry-warning-days` says otherwise). API Gateway does not warn about expiring truststore certificates.',
  citation:
    'API Gateway Developer Guide: warnings are produced only when the domain name is updated; API Gateway does not tell you later when a certificate in the truststore expires.',
  remedy: 'Renew the certificate before it expires; a scheduled run of this check keeps watch.',
  consequence:
    'Nothing yet; from the expiry date on, clients get 403 Forbidden, and API Gateway will not warn you first.',
  profiles: ['aws-api-gateway'],
  *check(context) {
    const horizon = context.at.getTime() + context.expiryWarningDays * DAY_MS;
    yield* eachCertificate(context, ({ file, object, certificate, at }) => {
      const notAfter = certificate.notAfter.getTime();
      if (notAfter < context.at.getTime() || notAfter >= horizon) return undefined;
      const days = Math.floor((notAfter - context.at.getTime()) / DAY_MS);
      const when = days === 0 ? 'in less than a day' : `in ${days} day${days === 1 ? '' : 's'}`;
      return at(
        `The ${describeRole(file, object)} ${nameOf(certificate)} expires ${when}, on ${formatDate(certificate.notAfter)}.`,
      );
    });
  },
};
