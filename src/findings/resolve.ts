import type { Finding, FindingDraft, SuppressedFinding } from './finding.js';
import { globMatcher } from '../inventory/glob.js';
import { findRule } from '../rules/registry.js';
import type { RuleSeverity } from '../rules/severities.js';
import { formatDate } from '../time.js';
import { bySeverity, capSeverity } from './severity.js';

/** A configured exception: findings of `rule` on matching paths or certificates are kept aside, with the reason. */
export interface Suppression {
  rule: string;
  /** Only findings of this target. */
  target?: string;
  /** A glob over repository-relative paths. */
  path?: string;
  /** Certificate SHA-256, uppercase hex without separators. */
  fingerprint?: string;
  reason: string;
  /** After this moment the suppression lapses and the finding is reported again. */
  expires?: Date;
}

/** A rule's draft with the id of the rule that reports it. */
export interface RuledDraft {
  ruleId: string;
  draft: FindingDraft;
}

export interface ResolveOptions {
  severities: ReadonlyMap<string, RuleSeverity>;
  suppressions: readonly Suppression[];
  at: Date;
  /** The target every finding is about (empty: the only one). */
  target: string;
}

/** Whether `suppression` covers `finding`; `matches` compiles each path glob once per run. */
function suppresses(
  suppression: Suppression,
  finding: Finding,
  matches: (glob: string, path: string) => boolean,
): boolean {
  if (suppression.rule !== finding.ruleId) return false;
  if (suppression.target !== undefined && suppression.target !== (finding.target ?? '')) return false;
  if (suppression.path !== undefined && !matches(suppression.path, finding.file)) return false;
  if (suppression.fingerprint !== undefined && finding.certificate?.sha256 !== suppression.fingerprint) return false;
  return true;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    bySeverity(a.severity, b.severity) ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

/**
 * Drafts become findings: each gets its rule's severity under the profile and
 * configuration (never above its cap), its remedy and its target; those a
 * rule turned off are dropped; those a live suppression covers are set aside
 * with its reason, and a lapsed suppression is said in the message.
 */
export function resolveFindings(
  drafts: readonly RuledDraft[],
  options: ResolveOptions,
): { findings: Finding[]; suppressed: SuppressedFinding[] } {
  const globs = new Map<string, (path: string) => boolean>();
  const matches = (glob: string, path: string) => {
    let matcher = globs.get(glob);
    if (!matcher) globs.set(glob, (matcher = globMatcher(glob, 'suppressions.path')));
    return matcher(path);
  };
  const findings: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  const { target } = options;
  for (const { ruleId, draft } of drafts) {
    const configured = options.severities.get(ruleId) ?? 'error';
    if (configured === 'off') continue;
    const finding: Finding = {
      ...(target ? { target } : {}),
      ruleId,
      severity: draft.atMost ? capSeverity(configured, draft.atMost) : configured,
      message: draft.message,
      file: draft.file,
      line: draft.line,
      endLine: draft.endLine,
      ...(draft.certificate
        ? { certificate: { subject: draft.certificate.subject.text, sha256: draft.certificate.sha256 } }
        : {}),
      remedy: findRule(ruleId)?.remedy ?? '',
      ...(draft.command ? { command: draft.command } : {}),
      ...(draft.fix ? { fix: draft.fix } : {}),
    };
    const suppression = options.suppressions.find((candidate) => suppresses(candidate, finding, matches));
    if (suppression && (!suppression.expires || suppression.expires.getTime() > options.at.getTime())) {
      suppressed.push({ ...finding, reason: suppression.reason });
      continue;
    }
    if (suppression?.expires)
      finding.message += ` (Its suppression lapsed on ${formatDate(suppression.expires)}: "${suppression.reason}".)`;
    findings.push(finding);
  }
  return { findings: findings.sort(compareFindings), suppressed: suppressed.sort(compareFindings) };
}
