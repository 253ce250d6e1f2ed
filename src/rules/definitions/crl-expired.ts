import { formatDate } from '../../time.js';
import { chainMember, leafClause } from '../chain-rule.js';
import { describeCrl, eachCrl, revocationRefusal } from '../crl-rule.js';
import type { Rule, Explainer } from '../rule.js';

export const crlExpired: Rule = {
  id: 'crl-expired',
  defaultSeverity: 'error',
  title: 'CRL past its nextUpdate, or not yet valid',
  description:
    'The check time is at or after the CRL\'s nextUpdate (or before its thisUpdate). A gateway given a static CRL file never fetches a newer one; OpenSSL refuses every certificate that CRL would vouch for ("CRL has expired"), so clients under that CA fail.',
  remedy:
    'Publish a fresh CRL from the CA (`openssl ca -gencrl ...`) and replace the file; schedule it before nextUpdate. Confirm with `openssl crl -in FILE -noout -nextupdate`.',
  appliesTo: (profile) => (profile.revocation ? { evidence: profile.revocation.evidence.validity } : undefined),
  consequence: (profile) =>
    `Clients whose certificates the CRL covers get ${revocationRefusal(profile, 'crl-expired')} until a current CRL replaces it.`,
  *check(context) {
    const now = context.at.getTime();
    yield* eachCrl(context, (given, at) => {
      const { crl } = given;
      if (crl.thisUpdate.getTime() > now)
        return at(
          `${describeCrl(given, true)} is not valid until ${formatDate(crl.thisUpdate)} (its thisUpdate): until then ${context.profile.wording.gateway} refuses the certificates it covers, ${revocationRefusal(context.profile, 'crl-expired')}.`,
        );
      if (crl.nextUpdate && crl.nextUpdate.getTime() <= now)
        return at(
          `${describeCrl(given, true)} expired on ${formatDate(crl.nextUpdate)} (its nextUpdate); nothing refreshes a CRL file, and the certificates it covers get ${revocationRefusal(context.profile, 'crl-expired')}.`,
        );
      return undefined;
    });
  },
};

export const explainCrlExpired: Explainer<'crl-expired' | 'crl-not-yet-valid'> = {
  rule: crlExpired,
  describe(problem, chain, context) {
    const what = chainMember(problem.certificate, chain);
    const state =
      problem.kind === 'crl-expired'
        ? `expired on ${formatDate(problem.given.crl.nextUpdate ?? problem.given.crl.thisUpdate)}`
        : `is not valid until ${formatDate(problem.given.crl.thisUpdate)}`;
    return `${leafClause(chain)} would be refused, ${revocationRefusal(context.profile, 'crl-expired', chain)}: ${describeCrl(problem.given)}, which covers ${what}, ${state}.`;
  },
};
