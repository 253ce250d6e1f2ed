import { createHash } from 'node:crypto';
import { bySeverity, SEVERITY_ICON } from '../../findings/severity.js';
import type { Profile } from '../../profiles/profile.js';
import { codeBlock, escapeMarkdown } from '../../report/markdown-escape.js';
import { findingFingerprint } from '../../report/format-sarif.js';
import type { TrustChange } from '../../report/changes.js';
import { findingMessage, type Finding, type Report } from '../../report/report.js';
import { fixKey, planFixes, replacementLines, type Fix } from '../../findings/fix.js';
import { refusal } from '../../rules/rule.js';
import type { ProfileOf } from '../../config/settings.js';
import { findRule } from '../../rules/registry.js';
import { RULES_DOC_URL } from '../../version.js';
import { diffLines, type DiffLines } from '../diff.js';
import { COMMENT_LIMIT } from '../github-limits.js';
import type { RunContext } from '../github-context.js';
import type { GitHubClient } from './client.js';

/** Public actions keep to about 30 review comments a run to stay clear of GitHub's abuse limits. */
export const MAX_REVIEW_COMMENTS = 30;
/** Edits of earlier comments (changed or fixed findings) per run: each is a write against the token's budget. */
export const MAX_REVIEW_EDITS = 30;

// Anchored at the end, where withMarker puts it: a suggestion quotes file lines, which could hold a copy of a marker.
const MARKER = /<!-- truststore-check:finding check=(\S+) id=([0-9a-f]+) hash=([0-9a-f]+)( fixed)? -->\s*$/;

export interface ReviewOutcome {
  created: number;
  updated: number;
  resolved: number;
  /** Edits GitHub refused or the cap left for the next run. */
  skippedEdits: number;
  /** Findings that are not (or could not be) on a line of the diff: they belong in the summary comment. */
  notInReview: Finding[];
}

interface Placed {
  path: string;
  /** The first line of a comment on several (a suggestion replacing them all). */
  startLine?: number;
  line: number;
  /** RIGHT: a line of the head; LEFT: a line the pull request deletes. */
  side: 'RIGHT' | 'LEFT';
  id: string;
  body: string;
  hash: string;
}

/** A suggestion's share of a comment, leaving the finding's own text room within COMMENT_LIMIT. */
const MAX_SUGGESTION = COMMENT_LIMIT - 16_384;

/** Client files named in one comment; the rest are counted. */
const NAMED_CLIENTS = 20;

/** Client files as a Markdown list, the first NAMED_CLIENTS named, then "and N more" with `where` the rest are. */
function clientList(files: readonly string[], where = ''): string[] {
  const more = files.length - NAMED_CLIENTS;
  return [
    ...files.slice(0, NAMED_CLIENTS).map((file) => `- ${escapeMarkdown(file)}`),
    ...(more > 0 ? [`- and ${more} more${where}`] : []),
  ];
}

/** What removing a CA does, on its deleted lines: the clients it served, named. */
export function removedCaBody(ca: TrustChange, profile: Profile): string {
  const served =
    ca.clients.length === 0
      ? 'No client certificate in the repository chains through it; clients elsewhere that do lose access.'
      : [
          `${ca.clients.length === 1 ? 'This client chains through it today and gets' : `These ${ca.clients.length} clients chain through it today and get`} ${refusal(profile, 'untrusted')} once the new truststore is deployed:`,
          '',
          ...clientList(ca.clients, " (see the JSON report's `changes`)"),
        ].join('\n');
  return [
    `**⚠️ This pull request removes ${escapeMarkdown(ca.subject)} from the truststore.**`,
    '',
    served,
    '',
    `<sub>SHA-256 ${ca.sha256}. Reported by truststore-check.</sub>`,
  ].join('\n');
}

/**
 * A fix as a GitHub suggestion on the head's lines, when every line it
 * replaces is one a review comment may cover; an empty block deletes them.
 */
function suggestion(
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

/** Content cut to fit, then the marker: cutting the whole body could drop the marker and make a re-run post again. */
function withMarker(content: string, marker: string): string {
  return `${content.slice(0, COMMENT_LIMIT - marker.length - 1)}\n${marker}`;
}

function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** The check name a marker carries; a marker that does not decode is nobody's. */
function markerCheck(encoded: string): string | undefined {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
}

function markerFor(check: string, id: string, hash: string, fixed = false): string {
  return `<!-- truststore-check:finding check=${encodeURIComponent(check)} id=${id} hash=${hash}${fixed ? ' fixed' : ''} -->`;
}

/** What is wrong, what the gateway does about it, and how to fix it, with the command that shows it. */
export function commentBody(
  finding: Finding,
  profile: Profile,
  report: Pick<Report, 'targets'>,
  /** A suggested change for the lines the comment is on (Markdown). */
  suggestion?: string,
): string {
  const rule = findRule(finding.ruleId);
  const lines = [
    `**${SEVERITY_ICON[finding.severity]} ${finding.severity}: [\`${finding.ruleId}\`](${RULES_DOC_URL}#${finding.ruleId})** ${escapeMarkdown(findingMessage(report, finding))}`,
    '',
  ];
  if (rule) lines.push(`**At the gateway:** ${rule.consequence(profile)}`, '', `**Fix:** ${rule.remedy}`, '');
  if (finding.command) lines.push('**Confirm:**', '', codeBlock(finding.command), '');
  if (suggestion) lines.push(suggestion, '');
  lines.push(
    '<sub>Reported by truststore-check. Suppress by rule id and path or fingerprint in `.truststore-check.yml`.</sub>',
  );
  return lines.join('\n');
}

/**
 * One review with a comment per finding on a line this pull request changes
 * (never outside the diff: GitHub would reject the whole review). Every body
 * carries a hidden marker with a stable fingerprint, so a re-run adds nothing
 * already there, edits what changed, and marks as fixed what is gone. Only
 * comments `ownLogin` wrote count: a copy of the marker in anyone else's
 * comment neither hides a finding nor gets edited. An edit GitHub refuses is
 * skipped, not fatal; at most MAX_REVIEW_EDITS are made per run.
 */
export async function publishReview(
  client: GitHubClient,
  context: RunContext,
  check: string,
  report: Report,
  repoPath: (file: string) => string,
  profileOf: ProfileOf,
  ownLogin: string,
  headLines: (file: string) => readonly string[] | undefined,
): Promise<ReviewOutcome> {
  const base = { owner: context.owner!, repo: context.repo!, pull_number: context.pullRequest! };
  const files = await client.paginate(client.rest.pulls.listFiles, { ...base, per_page: 100 });
  // Each file's patch parsed once, for both sides.
  const diff = new Map(files.map((file) => [file.filename, diffLines(file.patch)]));

  const placed: Placed[] = [];
  /** A comment to post (or keep): the hash of what it says and where tells a re-run whether to edit it. */
  const place = (
    path: string,
    at: { startLine?: number; line: number },
    side: Placed['side'],
    id: string,
    content: string,
  ) => {
    const where = [
      path,
      ...(at.startLine !== undefined ? [at.startLine] : []),
      at.line,
      ...(side === 'LEFT' ? [side] : []),
    ];
    const hash = hashOf([content, ...where].join('\0'));
    placed.push({ path, ...at, side, id, hash, body: withMarker(content, markerFor(check, id, hash)) });
  };
  const notInReview: Finding[] = [];
  const ids = new Set<string>();
  // Removed CAs first: the lines are gone from the head, so the comment sits on the deleted lines (LEFT).
  for (const ca of report.changes?.truststore.removed ?? []) {
    const path = repoPath(ca.file);
    const id = hashOf(`removed-ca\0${path}\0${ca.sha256}`);
    ids.add(id);
    // git may align a deletion so that the block's BEGIN line reads as context: the first deleted line of the block.
    const deleted = diff.get(path)?.removed ?? new Set<number>();
    const line = [...deleted].sort((a, b) => a - b).find((n) => n >= ca.line && n <= ca.endLine);
    if (line === undefined) continue;
    if (placed.length >= MAX_REVIEW_COMMENTS) break;
    place(path, { line }, 'LEFT', id, removedCaBody(ca, profileOf(ca.target)));
  }
  // Fixes in another file than their findings' (a CA the clients send, added to the truststore): one comment per edit.
  const elsewhere = new Map<string, { fix: Fix; findings: Finding[] }>();
  for (const finding of report.findings) {
    if (!finding.fix || finding.fix.file === finding.file) continue;
    const key = fixKey(finding.fix);
    const entry = elsewhere.get(key) ?? { fix: finding.fix, findings: [] };
    entry.findings.push(finding);
    elsewhere.set(key, entry);
  }
  for (const [key, { fix, findings }] of elsewhere) {
    const path = repoPath(fix.file);
    const id = hashOf(`fix\0${path}\0${key}`);
    ids.add(id);
    const offered = suggestion(fix, path, diff, headLines);
    if (!offered) continue;
    if (placed.length >= MAX_REVIEW_COMMENTS) break;
    const content = [
      `**💡 ${findings.length === 1 ? 'A client is' : `${findings.length} clients are`} refused (\`${findings[0]!.ruleId}\`) for want of what this suggestion adds:**`,
      '',
      ...clientList(findings.map((finding) => finding.file)),
      '',
      offered.text,
      '',
      '<sub>Reported by truststore-check.</sub>',
    ].join('\n');
    place(path, offered.at, 'RIGHT', id, content);
  }
  for (const finding of [...report.findings].sort((a, b) => bySeverity(a.severity, b.severity))) {
    const path = repoPath(finding.file);
    const id = findingFingerprint(finding, path);
    ids.add(id);
    const offered =
      finding.fix && finding.fix.file === finding.file ? suggestion(finding.fix, path, diff, headLines) : undefined;
    if (offered && placed.length < MAX_REVIEW_COMMENTS && !placed.some((p) => p.id === id)) {
      place(path, offered.at, 'RIGHT', id, commentBody(finding, profileOf(finding.target), report, offered.text));
      continue;
    }
    const lines = diff.get(path)?.commentable;
    let line: number | undefined;
    for (let candidate = finding.line; lines && candidate <= Math.max(finding.line, finding.endLine); candidate++) {
      if (lines.has(candidate)) {
        line = candidate;
        break;
      }
    }
    if (line === undefined || placed.length >= MAX_REVIEW_COMMENTS || placed.some((p) => p.id === id)) {
      notInReview.push(finding);
      continue;
    }
    place(path, { line }, 'RIGHT', id, commentBody(finding, profileOf(finding.target), report));
  }

  const existing = (await client.paginate(client.rest.pulls.listReviewComments, { ...base, per_page: 100 }))
    .filter((comment) => comment.user?.login === ownLogin)
    .map((comment) => ({ comment, marker: MARKER.exec(comment.body ?? '') }))
    .filter((entry) => entry.marker && markerCheck(entry.marker[1]!) === check);
  const byId = new Map(existing.map((entry) => [entry.marker![2]!, entry]));

  const fresh = placed.filter((p) => !byId.has(p.id));
  let updated = 0;
  let resolved = 0;
  let skippedEdits = 0;
  const edit = async (commentId: number, body: string): Promise<boolean> => {
    if (updated + resolved >= MAX_REVIEW_EDITS) {
      skippedEdits++;
      return false;
    }
    try {
      await client.rest.pulls.updateReviewComment({ owner: base.owner, repo: base.repo, comment_id: commentId, body });
      return true;
    } catch {
      skippedEdits++;
      return false;
    }
  };
  if (fresh.length > 0) {
    await client.rest.pulls.createReview({
      ...base,
      commit_id: context.headSha!,
      event: 'COMMENT',
      body: `truststore-check: ${fresh.length} comment${fresh.length === 1 ? '' : 's'} on lines this pull request changes.`,
      comments: fresh.map((p) => ({
        path: p.path,
        ...(p.startLine !== undefined ? { start_line: p.startLine, start_side: p.side } : {}),
        line: p.line,
        side: p.side,
        body: p.body,
      })),
    });
  }
  for (const p of placed) {
    const entry = byId.get(p.id);
    if (!entry || entry.marker![3] === p.hash) continue;
    if (await edit(entry.comment.id, p.body)) updated++;
  }
  for (const [id, entry] of byId) {
    // Gone from the report (not merely beyond the comment cap or outside the diff): mark the comment fixed, once.
    if (ids.has(id) || entry.marker![4]) continue;
    // A suggestion kept in a fixed comment could still be applied: it is shown as plain text.
    const original = (entry.comment.body ?? '')
      .replace(MARKER, '')
      .replace(/^(`{3,})suggestion$/gm, '$1text')
      .trim();
    const body = withMarker(
      `✅ **Fixed:** truststore-check no longer reports this.\n\n<details><summary>Original comment</summary>\n\n${original}\n\n</details>`,
      markerFor(check, id, entry.marker![3]!, true),
    );
    if (await edit(entry.comment.id, body)) resolved++;
  }
  return { created: fresh.length, updated, resolved, skippedEdits, notInReview };
}
