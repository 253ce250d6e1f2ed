import { DAY_MS, formatDate } from '../../time.js';
import { describeCrl, eachCrl, revocationRefusal } from '../crl-rule.js';
import type { Rule } from '../rule.js';

export const crlExpiringSoon: Rule = {
  id: 'crl-expiring-soon',
  defaultSeverity: 'warning',
  title: 'CRL reaches its nextUpdate soon',
  description:
    "The CRL's nextUpdate falls within the expiry warning window. A CRL file in a repository is a static copy: unless a fresh one replaces it in time, the gateway starts refusing the clients it covers.",
  remedy: 'Publish a fresh CRL and commit it before the date; a scheduled run of this check keeps watch.',
  appliesTo: (profile) => (profile.revocation ? { evidence: profile.revocation.evidence.validity } : undefined),
  consequence: (profile) => `Nothing yet; from nextUpdate on, the clients it covers get ${revocationRefusal(profile)}.`,
  *check(context) {
    const now = context.at.getTime();
    const horizon = now + context.expiryWarningDays * DAY_MS;
    yield* eachCrl(context, (given, at) => {
      const next = given.crl.nextUpdate?.getTime();
      if (next === undefined || next <= now || next >= horizon || given.crl.thisUpdate.getTime() > now)
        return undefined;
      const days = Math.floor((next - now) / DAY_MS);
      const when = days === 0 ? 'in less than a day' : `in ${days} day${days === 1 ? '' : 's'}`;
      return at(`${describeCrl(given, true)} reaches its nextUpdate ${when}, on ${formatDate(given.crl.nextUpdate!)}.`);
    });
  },
};
