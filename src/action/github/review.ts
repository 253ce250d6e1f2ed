import type { Finding } from '../../findings/finding.js';
import type { ProfileOf } from '../../config/settings.js';
import { fixKey, type Fix } from '../../findings/fix.js';
import { findingFingerprint } from '../../findings/identity.js';
import { worstFirst } from '../../report/headline.js';
import { escapeMarkdown } from '../../report/markdown-escape.js';
import { targetKey, type Report } from '../../report/report.js';
import { diffLines } from '../diff.js';
import type { RunContext } from '../github-context.js';
import type { GitHubClient } from './client.js';
import { clientList, commentBody, deletionFix, removedCaBody, suggestion } from './review-comments.js';
import { hashOf, MARKER, markerCheck, markerFor, withMarker } from './review-marker.js';

/** Public actions keep to about 30 review comments a run to stay clear of GitHub's abuse limits. */
export const MAX_REVIEW_COMMENTS = 30;
/** Edits of earlier comments (changed or fixed findings) per run: each is a write against the token's budget. */
export const MAX_REVIEW_EDITS = 30;

export interface ReviewOutcome {
  created: number;
  updated: number;
  resolved: number;
  /** Edits GitHub refused or the cap left for the next run. */
  skippedEdits: number;
  /** Findings that are not (or could not be) on a line of the diff: they belong in the summary comment. */
  notInReview: Finding[];
  /** New comments GitHub refused, as `"path" line N`: each was dropped alone, the others posted. */
  refused: string[];
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
  /** The findings it carries: if GitHub refuses it, they go to the other channels. */
  findings: readonly Finding[];
}

/** What a review request may carry: what GitHub takes from a placed comment. */
function reviewComment(p: Placed) {
  return {
    path: p.path,
    ...(p.startLine !== undefined ? { start_line: p.startLine, start_side: p.side } : {}),
    line: p.line,
    side: p.side,
    body: p.body,
  };
}

/**
 * Posts `fresh` as one review. GitHub refuses a whole review (422) for one
 * comment it will not take (a line the diff lost to a push in between, a
 * file it shows no diff for): then the comments are posted in halves, down
 * to the one it refuses, which is dropped alone. Returns how many were.
 */
async function postReview(
  client: GitHubClient,
  request: { owner: string; repo: string; pull_number: number; commit_id: string; body: string },
  fresh: readonly Placed[],
): Promise<Placed[]> {
  try {
    await client.rest.pulls.createReview({ ...request, event: 'COMMENT', comments: fresh.map(reviewComment) });
    return [];
  } catch (error) {
    if ((error as { status?: number }).status !== 422) throw error;
    if (fresh.length === 1) return [...fresh];
    const half = Math.ceil(fresh.length / 2);
    return [
      ...(await postReview(client, request, fresh.slice(0, half))),
      ...(await postReview(client, request, fresh.slice(half))),
    ];
  }
}

/**
 * One review with a comment per line this pull request changes that has
 * findings (never outside the diff), the findings on one line together, worst
 * first. Every body carries a hidden marker with a stable fingerprint, so a
 * re-run adds nothing already there, edits what changed, and marks as fixed
 * what is gone. Only comments `ownLogin` wrote count: a copy of the marker in
 * anyone else's comment neither hides a finding nor gets edited. An edit
 * GitHub refuses is skipped, not fatal; at most MAX_REVIEW_EDITS are made per
 * run. The review's body is the verdict headline, escaped: it names files and CAs from the pull request.
 */
export async function publishReview(
  client: GitHubClient,
  context: RunContext,
  options: {
    check: string;
    report: Report;
    headline: string;
    repoPath: (file: string) => string;
    profileOf: ProfileOf;
    ownLogin: string;
    headLines: (file: string) => readonly string[] | undefined;
  },
): Promise<ReviewOutcome> {
  const { check, report, repoPath, profileOf, headLines } = options;
  const base = { owner: context.owner!, repo: context.repo!, pull_number: context.pullRequest! };
  const files = await client.paginate(client.rest.pulls.listFiles, { ...base, per_page: 100 });
  // Each file's patch parsed once, for both sides.
  const diff = new Map(files.map((file) => [file.filename, diffLines(file.patch)]));

  const placed: Placed[] = [];
  const full = () => placed.length >= MAX_REVIEW_COMMENTS;
  /** A comment to post (or keep): the hash of what it says and where tells a re-run whether to edit it. */
  const place = (
    path: string,
    at: { startLine?: number; line: number },
    side: Placed['side'],
    id: string,
    content: string,
    findings: readonly Finding[] = [],
  ) => {
    const where = [
      path,
      ...(at.startLine !== undefined ? [at.startLine] : []),
      at.line,
      ...(side === 'LEFT' ? [side] : []),
    ];
    const hash = hashOf([content, ...where].join('\0'));
    placed.push({ path, ...at, side, id, hash, findings, body: withMarker(content, markerFor(check, id, hash)) });
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
    if (line === undefined || full()) continue;
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
    if (!offered || full()) continue;
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
  // An expired CA no client uses: deleting it is the fix, offered in one click.
  const unused = new Set(report.changes?.truststore.unused.map((ca) => targetKey(ca.target, ca.sha256)) ?? []);
  const fixOf = (finding: Finding): Fix | undefined =>
    finding.fix ??
    (finding.ruleId === 'certificate-expired' &&
    finding.certificate &&
    unused.has(targetKey(finding.target, finding.certificate.sha256))
      ? deletionFix(finding.file, finding.line, finding.endLine, finding.certificate.sha256)
      : undefined);
  // The findings on each line, together (per target: each speaks of its own gateway): the first line the diff shows.
  const groups = new Map<string, { path: string; line: number; findings: Finding[] }>();
  for (const finding of [...report.findings].sort(worstFirst(report))) {
    const path = repoPath(finding.file);
    ids.add(findingFingerprint(finding, path));
    const lines = diff.get(path)?.commentable;
    let line: number | undefined;
    for (let n = finding.line; lines && n <= Math.max(finding.line, finding.endLine); n++) {
      if (lines.has(n)) {
        line = n;
        break;
      }
    }
    if (line === undefined) {
      notInReview.push(finding);
      continue;
    }
    const key = `${finding.target ?? ''}\0${path}\0${line}`;
    const group = groups.get(key) ?? { path, line, findings: [] };
    group.findings.push(finding);
    groups.set(key, group);
  }
  for (const { path, line, findings } of groups.values()) {
    const [worst] = findings as [Finding];
    const id = findingFingerprint(worst, path);
    if (full() || placed.some((p) => p.id === id)) {
      notInReview.push(...findings);
      continue;
    }
    const fixes = findings.map(fixOf);
    const fixed = fixes.findIndex((candidate) => candidate && candidate.file === worst.file);
    const offered = fixed >= 0 ? suggestion(fixes[fixed]!, path, diff, headLines) : undefined;
    // A deletion offered in place of the rule's own fix (an unused expired CA) replaces its advice (renew it).
    const instead = offered && !findings[fixed]!.fix ? findings[fixed]!.ruleId : undefined;
    place(
      path,
      offered?.at ?? { line },
      'RIGHT',
      id,
      commentBody(findings, profileOf(worst.target), report, offered?.text, instead),
      findings,
    );
  }

  const existing = (await client.paginate(client.rest.pulls.listReviewComments, { ...base, per_page: 100 }))
    .filter((comment) => comment.user?.login === options.ownLogin)
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
  const refused =
    fresh.length > 0
      ? await postReview(
          client,
          { ...base, commit_id: context.headSha!, body: escapeMarkdown(options.headline) },
          fresh,
        )
      : [];
  // A refused comment's findings (every one on its line) go to the check run's annotations and the summary comment instead.
  for (const p of refused) notInReview.push(...p.findings);
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
  return {
    created: fresh.length - refused.length,
    updated,
    resolved,
    skippedEdits,
    notInReview,
    // Quoted: a path is the pull request's to choose, and a newline in it must not start a workflow command in the log.
    refused: refused.map((p) => `${JSON.stringify(p.path)} line ${p.line}${p.side === 'LEFT' ? ' (deleted)' : ''}`),
  };
}
