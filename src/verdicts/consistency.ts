import type { Wording } from '../profiles/profile.js';
import type { Finding, Report } from '../report/report.js';
import { INTERNAL_ERROR_RULE_ID } from '../rules/rule.js';

/**
 * Where a report contradicts its own verdicts, in words; none for a sound
 * report. The rule every channel relies on: a client is refused exactly when
 * an error finding sits on a certificate of its file, a refusal says why in
 * the gateway's words (or says the check could not judge it), the counts are
 * the verdicts', and every client file has its one verdict per target.
 * The tests and the fuzzer hold every report they make to it.
 */
export function verdictContradictions(report: Report, wordingOf: (profileId: string) => Wording): string[] {
  const contradictions: string[] = [];
  const key = (target: string | undefined, file: string) => `${target ?? ''}\u0000${file}`;
  const certificates = new Map<string, Set<string>>();
  const clientFiles = new Set<string>();
  for (const entry of report.certificates) {
    const files = certificates.get(key(entry.target, entry.file)) ?? new Set<string>();
    files.add(entry.sha256);
    certificates.set(key(entry.target, entry.file), files);
    if (entry.role === 'client') clientFiles.add(key(entry.target, entry.file));
  }
  const errors = new Map<string, Finding[]>();
  for (const finding of [...report.findings, ...report.suppressed]) {
    if (finding.severity !== 'error' || !finding.certificate) continue;
    const where = key(finding.target, finding.file);
    if (!certificates.get(where)?.has(finding.certificate.sha256)) continue;
    errors.set(where, [...(errors.get(where) ?? []), finding]);
  }
  const profileOf = new Map(report.targets.map((target) => [target.name, target.profile.id]));
  const judged = new Set<string>();
  for (const chain of report.chains) {
    const where = key(chain.target, chain.file);
    const name = `${chain.target ? `[${chain.target}] ` : ''}${chain.file}`;
    if (judged.has(where)) contradictions.push(`${name}: judged twice`);
    judged.add(where);
    const refusing = errors.get(where) ?? [];
    if (chain.accepted !== (refusing.length === 0))
      contradictions.push(
        `${name}: ${chain.accepted ? 'accepted' : 'refused'} with ${refusing.length} error finding(s) on its certificates`,
      );
    if (chain.valid !== chain.accepted) contradictions.push(`${name}: valid and accepted differ`);
    if (!chain.accepted) {
      const wording = wordingOf(profileOf.get(chain.target ?? '') ?? report.profile.id);
      const says = refusing.some(
        (finding) =>
          finding.ruleId === INTERNAL_ERROR_RULE_ID ||
          finding.message.includes(wording.gateway) ||
          finding.message.includes(wording.refusal),
      );
      if (!says) contradictions.push(`${name}: refused, but no error finding says so in the gateway's words`);
    }
  }
  for (const where of clientFiles)
    if (!judged.has(where)) contradictions.push(`${where.replace('\u0000', ' ')}: a client file with no verdict`);
  const count = (target: string | undefined) => {
    const chains = report.chains.filter((chain) => target === undefined || (chain.target ?? '') === target);
    const accepted = chains.filter((chain) => chain.accepted).length;
    return { accepted, refused: chains.length - accepted };
  };
  const same = (a: { accepted: number; refused: number }, b: { accepted: number; refused: number }) =>
    a.accepted === b.accepted && a.refused === b.refused;
  if (!same(report.summary.clients, count(undefined))) contradictions.push('the summary counts other verdicts');
  for (const target of report.targets)
    if (!same(target.summary.clients, count(target.name)))
      contradictions.push(`target ${target.name || '(the only one)'}: its summary counts other verdicts`);
  return contradictions;
}
