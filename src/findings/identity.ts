import type { Finding } from './finding.js';
import { createHash } from 'node:crypto';

/**
 * What makes two findings the same finding, in one place: the review and
 * SARIF fingerprint a finding to find it again on the next run, and a
 * change review matches the head's findings with the base's to tell which
 * are new.
 */

/**
 * A fingerprint of a finding that survives unrelated edits: the rule, the
 * file and the certificate (or, for whole-file findings, the line), never the
 * message (expiry messages change every day).
 */
export function findingFingerprint(finding: Finding, repoPath: string): string {
  const anchor = finding.certificate?.sha256 ?? `line:${finding.line}`;
  const target = finding.target ? `\0${finding.target}` : '';
  return createHash('sha256').update(`${finding.ruleId}\0${repoPath}\0${anchor}${target}`).digest('hex').slice(0, 32);
}

/**
 * What identifies a finding across commits: its rule, target, file and
 * certificate (or, without one, its words with line numbers taken out), so
 * a moved or reordered block is the same finding.
 */
export function findingKey(finding: Finding): string {
  const what = finding.certificate?.sha256 ?? finding.message.replace(/\blines? \d+(-\d+)?/g, 'line');
  return [finding.target ?? '', finding.ruleId, finding.file, what].join('\0');
}
