import type { Finding } from '../findings/finding.js';
import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ProfileOf } from '../config/settings.js';
import { UsageError } from '../errors.js';
import { unwritableReason } from '../inventory/containment.js';
import type { MarkdownOptions } from '../report/format-markdown.js';
import type { Report } from '../report/report.js';
import { emitAnnotations } from './annotations.js';
import { CHECK_OUTPUT_LIMIT, COMMENT_LIMIT, JOB_SUMMARY_LIMIT } from './github-limits.js';
import type { RunContext } from './github-context.js';
import type { GitHubClient } from './github/client.js';
import type { ActionInputs } from './inputs.js';
import type { RepositoryPaths } from './paths.js';
import { insideWorkspace } from './produce.js';
import { logLine } from './log.js';

/** What every channel publishes from: the one report, its verdict, and where its files are. */
export interface Publication {
  inputs: ActionInputs;
  context: RunContext;
  report: Report;
  failed: boolean;
  headline: string;
  paths: RepositoryPaths;
  profileOf: ProfileOf;
  at: Date;
  expiryWarningDays: number;
  /** What the reader must know first about how the verdict was reached (one Markdown line each). */
  notes: string[];
  /** The checked files' lines in the working tree (for suggested changes). */
  headLines: (file: string) => readonly string[] | undefined;
  /** Where the JSON report was written. */
  reportFile: string;
}

/** What the channels tell one another, so each finding shows once in each view. */
interface Published {
  /** Findings a review comment carries (in Files changed, a check annotation would repeat them). */
  inReview?: Set<Finding>;
  checkRunUrl?: string;
}

/** The GitHub client, made when the first channel needs it. */
interface Api {
  client: GitHubClient;
  ownLogin: () => Promise<string>;
}

/**
 * One way the report reaches people: the permission it needs on GitHub (none:
 * it writes locally or through the runner) and its writer, which returns a
 * line for the log. The table below is every channel, in the order they run.
 */
interface Channel {
  name: string;
  permission?: string;
  wanted: (p: Publication, published: Published) => boolean;
  write: (p: Publication, published: Published, api: Api) => Promise<string | undefined>;
}

/** Events on which the expiry issue is kept: runs nobody watches, not pull requests or pushes. */
const SCHEDULED_EVENTS = new Set(['schedule', 'workflow_dispatch']);

/** The report in Markdown; its formatter is loaded only by a channel that writes it (a run without one never compiles it). */
async function markdown(p: Publication, extra: Partial<MarkdownOptions> & { maxLength: number }): Promise<string> {
  const { formatMarkdown } = await import('../report/format-markdown.js');
  return formatMarkdown(p.report, {
    title: p.inputs.checkName,
    findings: p.report.findings,
    failed: p.failed,
    repoPath: p.paths.repoPath,
    at: p.at,
    expiryWarningDays: p.expiryWarningDays,
    preamble: p.notes,
    ...extra,
  });
}

const onPullRequest = (p: Publication) => p.context.pullRequest !== undefined;

const CHANNELS: Channel[] = [
  {
    name: 'SARIF file',
    wanted: (p) => p.inputs.sarifFile !== undefined,
    async write(p) {
      const file = insideWorkspace(p.context.workspace, p.inputs.sarifFile!, 'sarif-file');
      const refused = unwritableReason(p.context.workspace, file);
      if (refused) throw new UsageError(`input sarif-file: "${p.inputs.sarifFile}" is not written: ${refused}`);
      await mkdir(path.dirname(file), { recursive: true });
      const { formatSarif } = await import('../report/format-sarif.js');
      await writeFile(file, formatSarif(p.report, p.profileOf(undefined), p.paths.repoPath));
      core.setOutput('sarif-file', file);
      return undefined;
    },
  },
  {
    name: 'pull request review',
    permission: 'pull-requests: write',
    wanted: (p) => onPullRequest(p) && p.inputs.prReview,
    async write(p, published, api) {
      const { publishReview } = await import('./github/review.js');
      const outcome = await publishReview(api.client, p.context, {
        check: p.inputs.checkName,
        report: p.report,
        headline: p.headline,
        repoPath: p.paths.repoPath,
        profileOf: p.profileOf,
        ownLogin: await api.ownLogin(),
        headLines: p.headLines,
      });
      const outside = new Set(outcome.notInReview);
      published.inReview = new Set(p.report.findings.filter((finding) => !outside.has(finding)));
      const skipped =
        outcome.skippedEdits > 0 ? `, ${outcome.skippedEdits} edit(s) refused or left for the next run` : '';
      const refused =
        outcome.refused.length > 0
          ? `, ${outcome.refused.length} refused by GitHub (not on its diff: ${outcome.refused.join(', ')}), whose findings are in the check run's annotations and the summary comment instead`
          : '';
      return `Review comments: ${outcome.created} new, ${outcome.updated} updated, ${outcome.resolved} marked fixed${skipped}${refused}.`;
    },
  },
  {
    name: 'check run',
    permission: 'checks: write',
    wanted: (p) => p.inputs.checkRun,
    async write(p, published, api) {
      const { publishCheckRun } = await import('./github/check-run.js');
      const annotate = p.report.findings.filter((finding) => !published.inReview?.has(finding));
      published.checkRunUrl = await publishCheckRun(api.client, p.context, {
        name: p.inputs.checkName,
        report: p.report,
        failed: p.failed,
        title: p.headline,
        summary: await markdown(p, { maxLength: CHECK_OUTPUT_LIMIT }),
        annotate,
        repoPath: p.paths.repoPath,
      });
      return undefined;
    },
  },
  {
    // Runner annotations repeat the check run's in Files changed: by default only when no check run carries them.
    name: 'annotations',
    wanted: (p, published) =>
      p.inputs.annotations === 'true' || (p.inputs.annotations === 'auto' && published.checkRunUrl === undefined),
    write(p, published) {
      // By default only what the review does not carry; asked for always, everything.
      const carried = p.inputs.annotations === 'auto' ? published.inReview : undefined;
      const report = carried ? { ...p.report, findings: p.report.findings.filter((f) => !carried.has(f)) } : p.report;
      emitAnnotations(
        report,
        p.paths.repoPath,
        `every finding is in the '${p.inputs.checkName}' check run, the job summary and ${p.reportFile}`,
      );
      return Promise.resolve(undefined);
    },
  },
  {
    name: 'summary comment',
    permission: 'pull-requests: write',
    wanted: (p) => onPullRequest(p) && p.inputs.prComment,
    async write(p, _published, api) {
      const { publishStickyComment, summaryMarker } = await import('./github/sticky-comment.js');
      const body = await markdown(p, {
        linkTo: p.paths.blobLink,
        maxLength: COMMENT_LIMIT,
        preamble: [summaryMarker(p.inputs.checkName), ...p.notes],
      });
      const outcome = await publishStickyComment(api.client, p.context, p.inputs.checkName, body, await api.ownLogin());
      return `Summary comment ${outcome}.`;
    },
  },
  {
    name: 'expiry issue',
    permission: 'issues: write',
    wanted: (p) => p.inputs.expiryIssue && SCHEDULED_EVENTS.has(p.context.eventName),
    async write(p, _published, api) {
      const { expiryIssue, publishExpiryIssue } = await import('./github/expiry-issue.js');
      const issue = expiryIssue(p.report, {
        check: p.inputs.checkName,
        at: p.at,
        expiryWarningDays: p.expiryWarningDays,
        repoPath: p.paths.repoPath,
        linkTo: p.paths.blobLink,
        ...(p.context.runUrl ? { runUrl: p.context.runUrl } : {}),
      });
      const outcome = await publishExpiryIssue(api.client, p.context, p.inputs.checkName, issue, await api.ownLogin());
      return `Expiry issue: ${outcome}.`;
    },
  },
  {
    name: 'job summary',
    wanted: (p) => p.inputs.summary && process.env.GITHUB_STEP_SUMMARY !== undefined,
    async write(p, published) {
      const link = published.checkRunUrl ? [`Check run: [${p.inputs.checkName}](${published.checkRunUrl})`, ''] : [];
      const text = await markdown(p, { maxLength: JOB_SUMMARY_LIMIT, preamble: [...link, ...p.notes] });
      await core.summary.addRaw(text, true).write();
      return undefined;
    },
  },
];

/**
 * Runs every wanted channel in turn. A channel that writes to GitHub goes
 * through one guard: the first 403 (a read-only token on a fork or Dependabot
 * pull request) stops further writes with one warning naming the permission;
 * a 422 or any other failure costs that channel alone, with a warning. The
 * step's result never depends on them.
 */
export async function publish(p: Publication): Promise<void> {
  const published: Published = {};
  let api: Api | undefined;
  let writable = true;
  for (const channel of CHANNELS) {
    if (!channel.wanted(p, published)) continue;
    if (!channel.permission) {
      const line = await channel.write(p, published, api!);
      if (line) logLine(line);
      continue;
    }
    if (!writable) continue;
    if (!p.inputs.githubToken || !p.context.owner || !p.context.headSha) {
      logLine(`No GitHub token or repository in this environment: no ${channel.name}.`);
      continue;
    }
    // Loaded only here: the GitHub client is most of the bundle's start-up cost.
    const github = await import('./github/client.js');
    if (!api) {
      const client = github.createClient(p.inputs.githubToken, p.context.apiUrl);
      let login: Promise<string> | undefined;
      api = { client, ownLogin: () => (login ??= github.ownLogin(client, p.inputs.githubToken!)) };
    }
    try {
      const line = await channel.write(p, published, api);
      if (line) logLine(line);
    } catch (error) {
      if (github.isPermissionError(error)) {
        writable = false;
        core.warning(
          `The GitHub token cannot write here (${github.describeApiError(error)}), so no ${channel.name} was posted; nothing more will be attempted. ` +
            `Pull requests from forks and Dependabot always get a read-only token. Grant \`permissions: { ${channel.permission} }\` to the job (the README's workflow grants checks: write, pull-requests: write, contents: read), ` +
            'or use the workflow_run pattern in the README. Every finding is still in the annotations, the job summary and the report file.',
        );
      } else {
        core.warning(
          `Could not post the ${channel.name}: ${github.describeApiError(error)}. Every finding is still in the job summary and the report file.`,
        );
      }
    }
  }
}
