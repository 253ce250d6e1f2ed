import type { Finding } from '../../findings/finding.js';
import { bySeverity, plural } from '../../findings/severity.js';
import { findingMessage, type Report } from '../../report/report.js';
import { ANNOTATION_MESSAGE_LIMIT, CHECK_OUTPUT_LIMIT, MAX_CHECK_ANNOTATIONS } from '../github-limits.js';
import type { RunContext } from '../github-context.js';
import type { GitHubClient } from './client.js';

/** The Checks API takes at most 50 annotations per request; more go in further updates. */
export const ANNOTATIONS_PER_REQUEST = 50;

const LEVEL = { error: 'failure', warning: 'warning', notice: 'notice' } as const;

export interface CheckRunRequest {
  name: string;
  report: Report;
  failed: boolean;
  /** The verdict headline. */
  title: string;
  summary: string;
  /** The findings to annotate: those no review comment carries (each finding once in Files changed). */
  annotate: readonly Finding[];
  repoPath: (file: string) => string;
}

/** A completed check run on the head commit titled by the verdict, each finding to annotate (most severe first, up to MAX_CHECK_ANNOTATIONS) an annotation, sent in batches of 50. */
export async function publishCheckRun(
  client: GitHubClient,
  context: RunContext,
  request: CheckRunRequest,
): Promise<string | undefined> {
  const { report } = request;
  const annotated = [...request.annotate]
    .sort((a, b) => bySeverity(a.severity, b.severity))
    .slice(0, MAX_CHECK_ANNOTATIONS);
  const left = request.annotate.length - annotated.length;
  const note =
    left > 0
      ? `\n\n${plural(left, 'more finding')} (the least severe) are not annotated here, to spare the API: every finding is in the job summary and the JSON report.`
      : '';
  const output = {
    title: request.title.slice(0, 1000),
    summary: request.summary.slice(0, CHECK_OUTPUT_LIMIT - note.length) + note,
  };
  const annotations = annotated.map((finding) => ({
    path: request.repoPath(finding.file),
    start_line: finding.line,
    end_line: Math.max(finding.line, finding.endLine),
    annotation_level: LEVEL[finding.severity],
    title: finding.ruleId,
    message: findingMessage(report, finding).slice(0, ANNOTATION_MESSAGE_LIMIT),
  }));
  const created = await client.rest.checks.create({
    owner: context.owner!,
    repo: context.repo!,
    name: request.name,
    head_sha: context.headSha!,
    status: 'completed',
    conclusion: request.failed ? 'failure' : 'success',
    completed_at: new Date().toISOString(),
    ...(context.runUrl ? { details_url: context.runUrl } : {}),
    output: { ...output, annotations: annotations.slice(0, ANNOTATIONS_PER_REQUEST) },
  });
  for (let start = ANNOTATIONS_PER_REQUEST; start < annotations.length; start += ANNOTATIONS_PER_REQUEST) {
    await client.rest.checks.update({
      owner: context.owner!,
      repo: context.repo!,
      check_run_id: created.data.id,
      output: { ...output, annotations: annotations.slice(start, start + ANNOTATIONS_PER_REQUEST) },
    });
  }
  return created.data.html_url ?? undefined;
}
