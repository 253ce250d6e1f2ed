import type { ClientChain } from '../chain/analysis.js';
import type { FindingDraft } from '../findings/finding.js';
import type { GivenCrl } from '../chain/revocation.js';
import type { Profile } from '../profiles/profile.js';
import { formatDate } from '../time.js';
import { internalError, refusal, type RuleContext } from './rule.js';
import { shellQuote } from '../text/shell-quote.js';
import { shorten } from '../text/shorten.js';

/** `the CRL from CN=Issuing CA (crls/issuing.crl, line 1)`; `The CRL ...` at the start of a sentence. */
export function describeCrl(given: GivenCrl, startsSentence = false): string {
  const issuer = given.crl.issuer.isEmpty ? '(empty issuer name)' : shorten(given.crl.issuer.text);
  return `${startsSentence ? 'The' : 'the'} CRL from ${issuer} (${given.file.path}, line ${given.object.line})`;
}

/** `openssl crl` showing the list as OpenSSL reads it. */
export function crlCommand(given: GivenCrl): string {
  const inform = given.object.encoding === 'der' ? ' -inform DER' : '';
  return `openssl crl${inform} -in ${shellQuote(given.file.path)} -noout -text`;
}

/** When the CRL stops being current: its nextUpdate, or never when it has none. */
export function crlValidUntil(given: GivenCrl): string {
  return given.crl.nextUpdate ? formatDate(given.crl.nextUpdate) : 'no stated date (it has no nextUpdate)';
}

/** What the gateway does to clients when a CRL it needs is missing, unusable, expired or badly signed. */
export function revocationRefusal(
  profile: Profile,
  reason: 'crl' | 'crl-expired' | 'crl-signature' = 'crl',
  chain?: ClientChain,
): string {
  return refusal(profile, profile.wording.reasons[reason] ? reason : 'crl', chain);
}

/** Runs `check` on every CRL the gateway is given; a throw becomes an internal-error finding on that CRL. */
export function* eachCrl(
  context: RuleContext,
  check: (given: GivenCrl, at: (message: string) => FindingDraft) => FindingDraft | undefined,
): Generator<FindingDraft> {
  for (const given of context.chains.crls.all) {
    const at = (message: string): FindingDraft => ({
      message,
      file: given.file.path,
      line: given.object.line,
      endLine: given.object.endLine,
      command: crlCommand(given),
    });
    try {
      const finding = check(given, at);
      if (finding) yield finding;
    } catch (error) {
      yield internalError(given.file.path, given.object.line, given.object.endLine, 'checking a CRL', error);
    }
  }
}
