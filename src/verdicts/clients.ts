import type { Finding } from '../findings/finding.js';
import type { ChainAnalysis, ClientChain } from '../chain/analysis.js';
import type { ClientProblem } from '../chain/problems.js';
import type { RuledDraft } from '../findings/resolve.js';
import type { Severity } from '../findings/severity.js';
import { certificatesOf } from '../inventory/inventory.js';
import { CONFIDENCE_WORDS } from '../profiles/profile.js';
import type { ChainEntry } from '../report/report.js';
import { subjectOf, verifyCommand } from '../rules/chain-rule.js';
import { describeProblem, fixFor, ruleExplaining } from '../rules/explainers.js';
import { INTERNAL_ERROR_RULE_ID, internalError, loggedRefusal, type Rule, type RuleContext } from '../rules/rule.js';
import { profileSeverity, type RuleSeverity } from '../rules/severities.js';
import type { Certificate } from '../x509/certificate.js';

/**
 * Why a finding that would refuse a client is not an error here, so the
 * message does not contradict the verdict: the gateway's behaviour is not
 * confirmed, or the configuration lowered the rule.
 */
function countedAsAccepted(rule: Rule, context: RuleContext, severity: Severity): string {
  const { profile } = context;
  if (profileSeverity(rule, profile) === 'error')
    return ` (The configuration makes this a ${severity}, so the client is counted as accepted.)`;
  const evidence = rule.appliesTo(profile)?.evidence;
  const how = evidence ? ` (${CONFIDENCE_WORDS[evidence.confidence]})` : '';
  return ` (That ${profile.wording.gateway} refuses it is not confirmed${how}, so this is a ${severity} and the client is counted as accepted.)`;
}

/**
 * One finding per client that some problem refuses or puts at risk: the first
 * refusing reason (its rule is an error) that no finding on the client's own
 * certificate already states (the leaf's expiry, key or signature). A broken
 * CA thus yields its own finding and one per client that depends on it,
 * never one per reason.
 */
export function explainClients(
  chains: ChainAnalysis,
  context: RuleContext,
  severities: ReadonlyMap<string, RuleSeverity>,
  drafts: readonly RuledDraft[],
): RuledDraft[] {
  const severityOf = (problem: ClientProblem) => severities.get(ruleExplaining(problem).id) ?? 'off';
  const stated = (problem: ClientProblem, chain: ClientChain) => {
    const rule = ruleExplaining(problem).id;
    const subject = subjectOf(problem);
    return drafts.some(
      ({ ruleId, draft }) =>
        ruleId === rule &&
        draft.atMost === undefined &&
        draft.certificate === subject &&
        draft.file === chain.file.path &&
        draft.line === chain.leaf.line,
    );
  };
  const crlFiles = [...new Set(chains.crls.all.map((given) => given.file.path))];
  const explained: RuledDraft[] = [];
  for (const chain of chains.clients) {
    const relevant = chain.problems.filter((problem) => severityOf(problem) !== 'off');
    const refusing = relevant.filter((problem) => severityOf(problem) === 'error');
    const primary = (refusing.length > 0 ? refusing : relevant).find((problem) => !stated(problem, chain));
    if (!primary) continue;
    const { file, leaf } = chain;
    try {
      const rule = ruleExplaining(primary);
      const severity = severityOf(primary) as Severity;
      const fix = fixFor(primary, chain, context);
      explained.push({
        ruleId: rule.id,
        draft: {
          message:
            describeProblem(primary, chain, context) +
            (severity === 'error' ? '' : countedAsAccepted(rule, context, severity)),
          file: file.path,
          line: leaf.line,
          endLine: leaf.endLine,
          certificate: leaf.certificate,
          // openssl verify stands for OpenSSL's verification only; Go's has no command line.
          ...(context.profile.chain.verifier === 'go'
            ? {}
            : { command: verifyCommand(context.profile, chain, crlFiles) }),
          ...(fix ? { fix } : {}),
        },
      });
    } catch (error) {
      explained.push({
        ruleId: INTERNAL_ERROR_RULE_ID,
        draft: internalError(file.path, leaf.line, leaf.endLine, 'describing a client chain', error),
      });
    }
  }
  return explained;
}

/**
 * The gateway's verdict on every client, read from the findings, so no
 * channel can contradict another: a client is refused exactly when an error
 * finding (suppressed or not) is on one of the certificates of its file. Its
 * reasons are those findings' messages, worst first, then what its other
 * problems would add.
 */
export function clientVerdicts(
  chains: ChainAnalysis,
  findings: readonly Finding[],
  suppressed: readonly Finding[],
  context: RuleContext,
  severities: ReadonlyMap<string, RuleSeverity>,
): ChainEntry[] {
  const byFile = new Map<string, Finding[]>();
  for (const finding of [...findings, ...suppressed]) {
    if (finding.severity === 'notice' || !finding.certificate) continue;
    const list = byFile.get(finding.file) ?? [];
    list.push(finding);
    byFile.set(finding.file, list);
  }
  const brief = (certificate: Certificate) => ({ subject: certificate.subject.text, sha256: certificate.sha256 });
  return chains.clients.map((chain) => {
    const { file, leaf } = chain;
    const own = new Set(certificatesOf(file).map((object) => object.certificate.sha256));
    const onClient = (byFile.get(file.path) ?? [])
      .filter((finding) => own.has(finding.certificate!.sha256))
      .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    const accepted = !onClient.some((finding) => finding.severity === 'error');
    const said = new Set(onClient.map((finding) => finding.ruleId));
    const others: string[] = [];
    for (const problem of chain.problems) {
      const rule = ruleExplaining(problem).id;
      if (said.has(rule) || (severities.get(rule) ?? 'off') === 'off') continue;
      try {
        others.push(describeProblem(problem, chain, context));
      } catch {
        // The client's own finding already carries the internal error.
      }
    }
    const reasons = [...onClient.map((finding) => finding.message), ...others];
    const logged = accepted ? undefined : loggedRefusal(context.profile, chain);
    return {
      ...(context.target ? { target: context.target } : {}),
      file: file.path,
      line: leaf.line,
      subject: leaf.certificate.subject.text,
      sha256: leaf.certificate.sha256,
      accepted,
      valid: accepted,
      truststore: chain.truststore.name,
      path: chain.built.chain.map(brief),
      ...(reasons.length > 0 ? { reasons } : {}),
      ...(logged ? { logged } : {}),
    };
  });
}
