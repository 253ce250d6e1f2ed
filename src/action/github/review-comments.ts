import type { Finding } from '../../findings/finding.js';
import { SEVERITY_ICON } from '../../findings/severity.js';
import { planFixes, replacementLines, type Fix } from '../../findings/fix.js';
import type { Profile } from '../../profiles/profile.js';
import { codeBlock, escapeMarkdown } from '../../report/markdown-escape.js';
import { findingMessage, type Report, type TrustChange } from '../../report/report.js';
import { findRule } from '../../rules/registry.js';
import { refusal } from '../../rules/rule.js';
import { RULES_DOC_URL } from '../../version.js';
import type { DiffLines } from '../diff.js';
import { COMMENT_LIMIT } from '../github-limits.js';

/**
 * What review comments say: the findings on one line, worst first, with the
 * gateway's consequence once and the advice that fits; what removing a CA
 * does; and a fix as a one-click suggestion.
 */

/** A suggestion's share of a comment, leaving the finding's own text room within COMMENT_LIMIT. */
const MAX_SUGGESTION = COMMENT_LIMIT - 16_384;

/** Client files named in one comment; the rest are counted. */
const NAMED_CLIENTS = 20;

/** Client files as a Markdown list, the first NAMED_CLIENTS named, then "and N more" with `where` the rest are. */
export function clientList(files: readonly string[], where = ''): string[] {
  const more = files.length - NAMED_CLIENTS;
  return [
    ...files.slice(0, NAMED_CLIENTS).map((file) => `- ${escapeMarkdown(file)}`),
    ...(more > 0 ? [`- and ${more} more${where}`] : []),
  ];
}

/** What removing a CA does, on its deleted lines: the clients it served, named, and the two ways forward. */
export function removedCaBody(ca: TrustChange, profile: Profile): string {
  const served =
    ca.clients.length === 0
      ? ['No client certificate in the repository chains through it; clients elsewhere that do lose access.']
      : [
          `${ca.clients.length === 1 ? 'This client chains through it today and gets' : `These ${ca.clients.length} clients chain through it today and get`} ${refusal(profile, 'untrusted')} once the new truststore is deployed:`,
          '',
          ...clientList(ca.clients, " (see the JSON report's `changes`)"),
          '',
          `**Before merging, one of two:** re-issue ${ca.clients.length === 1 ? 'this client' : 'these clients'} under a CA the truststore keeps (and commit the new certificates in this pull request), or keep this CA in the truststore until they have moved.`,
        ];
  return [
    `**⚠️ This pull request removes ${escapeMarkdown(ca.subject)} from the truststore.**`,
    '',
    ...served,
    '',
    `<sub>SHA-256 ${ca.sha256}. Reported by truststore-check.</sub>`,
  ].join('\n');
}

/**
 * An unused CA's lines deleted: what a one-click suggestion offers for an
 * expired CA no client chains through. It says which certificate it removes,
 * as every fix must: the result is read again and has to load exactly that less.
 */
export function deletionFix(file: string, line: number, endLine: number, sha256: string): Fix {
  return {
    file,
    line,
    endLine,
    description: 'Delete this expired CA: no client in the repository chains through it.',
    replacement: [],
    certificates: { removed: [sha256] },
  };
}

/**
 * A fix as a GitHub suggestion on the head's lines, when every line it
 * replaces is one a review comment may cover; an empty block deletes them.
 */
export function suggestion(
  fix: Fix,
  path: string,
  diff: ReadonlyMap<string, DiffLines>,
  headLines: (file: string) => readonly string[] | undefined,
): { at: { startLine?: number; line: number }; text: string } | undefined {
  const commentable = diff.get(path)?.commentable;
  for (let line = fix.line; line <= fix.endLine; line++) if (!commentable?.has(line)) return undefined;
  // The lines must still be what the check read: a suggestion on lines that moved would break the file.
  if (fix.endLine > (headLines(fix.file)?.length ?? 0)) return undefined;
  // A suggestion is a change of trust: its result is read again and must load exactly what the fix says.
  if (planFixes([fix], headLines).applied.length === 0) return undefined;
  const replacement = replacementLines(fix, headLines);
  if (!replacement) return undefined;
  const block = replacement.length === 0 ? '```suggestion\n```' : codeBlock(replacement.join('\n'), 'suggestion');
  // A suggestion cut to fit a comment would write half a file: one that does not fit whole is not offered.
  if (block.length > MAX_SUGGESTION) return undefined;
  return {
    at: { ...(fix.endLine > fix.line ? { startLine: fix.line } : {}), line: fix.endLine },
    text: `**Suggested fix:** ${escapeMarkdown(fix.description)}\n\n${block}`,
  };
}

const KEY_RULE = 'private-key-in-repository';
/** Advice a committed key makes moot: a leaked key is replaced, not paired with its certificate. */
const MOOT_WITH_LEAKED_KEY = new Set(['key-mismatch']);

/**
 * The findings on one line in one comment, worst first: what is wrong (each
 * in its own words, which for a client already say what the gateway does),
 * the gateway's consequence once where a message does not say it, and each
 * fix once, a leaked key's before anything it makes moot.
 */
export function commentBody(
  findings: readonly Finding[],
  profile: Profile,
  report: Pick<Report, 'targets'>,
  /** A suggested change for the lines the comment is on (Markdown). */
  suggestion?: string,
  /** The rule whose advice the suggestion replaces (a deletion instead of "renew it"). */
  suggestionReplaces?: string,
): string {
  const lines: string[] = [];
  for (const finding of findings)
    lines.push(
      `**${SEVERITY_ICON[finding.severity]} ${finding.severity}: [\`${finding.ruleId}\`](${RULES_DOC_URL}#${finding.ruleId})** ${escapeMarkdown(findingMessage(report, finding))}`,
      '',
    );
  const leaked = findings.some((finding) => finding.ruleId === KEY_RULE);
  const rules = [...new Set(findings.map((finding) => finding.ruleId))]
    .filter((id) => !(leaked && MOOT_WITH_LEAKED_KEY.has(id)))
    .sort((a, b) => Number(b === KEY_RULE) - Number(a === KEY_RULE))
    .map((id) => findRule(id))
    .filter((rule) => rule !== undefined);
  // A client's message already says how the gateway refuses it; a bundle's consequence would add its upload.
  const saysGateway = findings.every(
    (finding) => finding.message.includes(profile.wording.refusal) || finding.message.includes(profile.wording.gateway),
  );
  if (!saysGateway) {
    const consequences = [...new Set(rules.map((rule) => rule.consequence(profile)))];
    lines.push(`**At the gateway:** ${consequences.join(' ')}`, '');
  }
  if (leaked && findings.some((finding) => MOOT_WITH_LEAKED_KEY.has(finding.ruleId)))
    lines.push(
      'Whether this key matches its certificate no longer matters: it is in the repository, so treat it as leaked.',
      '',
    );
  const advised = rules.filter((rule) => rule.id !== suggestionReplaces);
  for (const rule of advised) lines.push(`**Fix${advised.length > 1 ? ` (\`${rule.id}\`)` : ''}:** ${rule.remedy}`, '');
  const commands = [...new Set(findings.flatMap((finding) => (finding.command ? [finding.command] : [])))];
  for (const command of commands) lines.push('**Confirm:**', '', codeBlock(command), '');
  if (suggestion) lines.push(suggestion, '');
  lines.push(
    '<sub>Reported by truststore-check. Suppress by rule id and path or fingerprint in `.truststore-check.yml`.</sub>',
  );
  return lines.join('\n');
}
