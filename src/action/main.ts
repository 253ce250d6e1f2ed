import * as core from '@actions/core';
import { existsSync, realpathSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import {
  isInside,
  LinesUnder,
  readRegularFileInside,
  realPathInside,
  unwritableReason,
} from '../inventory/containment.js';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseFailOn } from '../config/parse.js';
import { DEFAULT_EXPIRY_WARNING_DAYS, profileOf, type ProfileOf, type Settings } from '../config/settings.js';
import { repositoryRoot } from './policy-location.js';
import { judgeUnderBasePolicies } from './base-policies.js';
import { verifyJudgedCommit } from './judged-commit.js';
import { establishContext } from './run-context.js';
import { locatePolicy } from './policy-location.js';
import { DEFAULT_PROFILE, findProfile } from '../profiles/registry.js';
import { inventoryRequest } from '../engine.js';
import { compareWithBase } from '../change.js';
import { SignatureVerifier } from '../chain/signatures.js';
import { GitTree } from '../inventory/git-tree.js';
import { filesToRead } from '../inventory/inventory.js';
import type { ListedTree } from '../inventory/listed-tree.js';
import { describeError, UsageError } from '../errors.js';
import { formatJson } from '../report/format-json.js';
import { formatMarkdown } from '../report/format-markdown.js';
import { escapeLinkPath } from '../report/markdown-escape.js';
import { formatSarif } from '../report/format-sarif.js';
import { parseReport } from '../report/read-report.js';
import { failsOn, type FailOn, type Finding, type Report } from '../report/report.js';
import { emitAnnotations } from './annotations.js';
import { CHECK_OUTPUT_LIMIT, COMMENT_LIMIT, JOB_SUMMARY_LIMIT } from './github-limits.js';
import { readRunContext, type RunContext } from './github-context.js';
import { readInputs, type ActionInputs } from './inputs.js';

const NEEDED_PERMISSIONS = 'permissions: { checks: write, pull-requests: write, contents: read }';

/**
 * A path inside the workspace: `..`, absolute paths and (for what exists)
 * symbolic links that lead out of it are refused.
 */
function insideWorkspace(workspace: string, folder: string, input: string): string {
  const resolved = path.resolve(workspace, folder);
  if (!isInside(path.resolve(workspace), resolved))
    throw new UsageError(`input ${input}: "${folder}" is outside the workspace`);
  if (existsSync(resolved) && !realPathInside(workspace, resolved))
    throw new UsageError(`input ${input}: "${folder}" is a symbolic link to outside the workspace`);
  return resolved;
}

/** What the action publishes, and what it needs to say it. */
interface Publication {
  report: Report;
  failed: boolean;
  /** A checked file's path as GitHub knows it (relative to the clone). */
  repoPath: (file: string) => string;
  at: Date;
  profileOf: ProfileOf;
  /** A checked file's lines in the working tree (for suggested changes). */
  headLines: (file: string) => readonly string[] | undefined;
  expiryWarningDays: number;
  /** What the reader must know first about how the verdict was reached (one Markdown line each). */
  notes: string[];
}

/** Events on which the expiry issue is kept: runs nobody watches, not pull requests or pushes. */
const SCHEDULED_EVENTS = new Set(['schedule', 'workflow_dispatch']);

interface Published {
  checkRunUrl?: string;
  /** Findings the summary comment must list because no review comment carries them. */
  notInReview?: Finding[];
}

/**
 * The write channels, each on its own: a failure in one is a warning and the
 * rest still run. The first permission error (read-only token on a fork or
 * Dependabot pull request) stops further writes with one warning.
 */
async function publishToGitHub(
  inputs: ActionInputs,
  context: RunContext,
  { report, failed, repoPath, at, profileOf, headLines, expiryWarningDays, notes }: Publication,
): Promise<Published> {
  const published: Published = {};
  const wantsExpiryIssue = inputs.expiryIssue && SCHEDULED_EVENTS.has(context.eventName);
  const wantsApi =
    inputs.checkRun || wantsExpiryIssue || (context.pullRequest !== undefined && (inputs.prReview || inputs.prComment));
  if (!wantsApi) return published;
  if (!inputs.githubToken || !context.owner || !context.headSha) {
    core.info('No GitHub token or repository in this environment: skipping the check run and pull request comments.');
    return published;
  }
  // Loaded only here: the GitHub client is most of the bundle's start-up cost.
  const { createClient, describeApiError, isPermissionError, ownLogin } = await import('./github/client.js');
  const client = createClient(inputs.githubToken, context.apiUrl);
  // Whose comments are the action's own: asked only when there are comments to find again.
  let login: Promise<string> | undefined;
  const own = () => (login ??= ownLogin(client, inputs.githubToken!));
  let writable = true;
  const attempt = async <T>(
    channel: string,
    work: () => Promise<T>,
    permissions = NEEDED_PERMISSIONS,
  ): Promise<T | undefined> => {
    if (!writable) return undefined;
    try {
      return await work();
    } catch (error) {
      if (isPermissionError(error)) {
        writable = false;
        core.warning(
          `The GitHub token cannot write here (${describeApiError(error)}), so no ${channel} was posted; nothing more will be attempted. ` +
            `Pull requests from forks and Dependabot always get a read-only token. Grant \`${permissions}\` to the job, ` +
            'or use the workflow_run pattern in the README. Every finding is still in the annotations, the job summary and the report file.',
        );
      } else {
        core.warning(
          `Could not post the ${channel}: ${describeApiError(error)}. Every finding is still in the job summary and the report file.`,
        );
      }
      return undefined;
    }
  };

  if (inputs.checkRun) {
    const { publishCheckRun } = await import('./github/check-run.js');
    const summary = formatMarkdown(report, {
      title: inputs.checkName,
      findings: report.findings,
      findingsCaption: 'Findings',
      repoPath,
      at,
      expiryWarningDays,
      maxLength: CHECK_OUTPUT_LIMIT,
      preamble: notes,
    });
    published.checkRunUrl = await attempt('check run', () =>
      publishCheckRun(client, context, { name: inputs.checkName, report, failed, summary, repoPath }),
    );
  }
  if (wantsExpiryIssue) {
    const { expiryIssue, publishExpiryIssue } = await import('./github/expiry-issue.js');
    const issue = expiryIssue(report, {
      check: inputs.checkName,
      at,
      expiryWarningDays,
      repoPath,
      linkTo: (file, line) =>
        `${context.serverUrl}/${context.owner}/${context.repo}/blob/${context.headSha}/${escapeLinkPath(file)}#L${line}`,
      ...(context.runUrl ? { runUrl: context.runUrl } : {}),
    });
    const outcome = await attempt(
      'expiry issue',
      () => own().then((self) => publishExpiryIssue(client, context, inputs.checkName, issue, self)),
      'permissions: { issues: write }',
    );
    if (outcome) core.info(`Expiry issue: ${outcome}.`);
  }
  if (context.pullRequest === undefined) return published;
  if (inputs.prReview) {
    const { publishReview } = await import('./github/review.js');
    const outcome = await attempt('pull request review', () =>
      own().then((self) =>
        publishReview(client, context, inputs.checkName, report, repoPath, profileOf, self, headLines),
      ),
    );
    if (outcome) {
      published.notInReview = outcome.notInReview;
      const skipped =
        outcome.skippedEdits > 0 ? `, ${outcome.skippedEdits} edit(s) refused or left for the next run` : '';
      core.info(
        `Review comments: ${outcome.created} new, ${outcome.updated} updated, ${outcome.resolved} marked fixed${skipped}.`,
      );
    }
  }
  if (inputs.prComment) {
    const { publishStickyComment, summaryMarker } = await import('./github/sticky-comment.js');
    const listed = published.notInReview ?? report.findings;
    const caption = published.notInReview ? 'Findings not on a changed line' : 'Findings';
    const linkTo = (file: string, line: number) =>
      `${context.serverUrl}/${context.owner}/${context.repo}/blob/${context.headSha}/${escapeLinkPath(file)}#L${line}`;
    const body = formatMarkdown(report, {
      title: inputs.checkName,
      findings: listed,
      findingsCaption: caption,
      repoPath,
      linkTo,
      at,
      expiryWarningDays,
      maxLength: COMMENT_LIMIT,
      preamble: [summaryMarker(inputs.checkName), ...notes],
    });
    const outcome = await attempt('summary comment', () =>
      own().then((self) => publishStickyComment(client, context, inputs.checkName, body, self)),
    );
    if (outcome) core.info(`Summary comment ${outcome}.`);
  }
  return published;
}

interface Checked {
  report: Report;
  profileOf: ProfileOf;
  failOn: FailOn;
  at: Date;
  root: string;
  expiryWarningDays: number;
  notes: string[];
}

/** Largest report file read (the check writes about 1 KB per finding). */
const MAX_REPORT_FILE = 256 * 1024 * 1024;

/** Checks the files, or (fork pattern) reads the report an earlier, unprivileged run wrote. */
async function produceReport(inputs: ActionInputs, context: RunContext): Promise<Checked> {
  if (inputs.reportFile) {
    const root = insideWorkspace(context.workspace, inputs.workingDirectory, 'working-directory');
    const file = insideWorkspace(context.workspace, inputs.reportFile, 'report-file');
    const text = readRegularFileInside(context.workspace, path.relative(context.workspace, file), MAX_REPORT_FILE);
    if (!text)
      throw new UsageError(
        `input report-file: cannot read "${inputs.reportFile}" (a regular file inside the workspace, at most ${MAX_REPORT_FILE / (1024 * 1024)} MiB)`,
      );
    const report = parseReport(text.toString('utf8'));
    return {
      report,
      profileOf: profileOf(
        report.targets.map((target) => ({
          name: target.name,
          profile: findProfile(target.profile.id) ?? DEFAULT_PROFILE,
        })),
      ),
      failOn: parseFailOn(inputs.failOn ?? 'error', 'input fail-on'),
      at: new Date(),
      root,
      // Not used: a report from elsewhere keeps no expiry issue.
      expiryWarningDays: DEFAULT_EXPIRY_WARNING_DAYS,
      notes: [],
    };
  }
  // The paths to the policy come from the inputs, never through a link; on a pull request its base commit's configuration governs.
  const location = locatePolicy(context.workspace, inputs);
  verifyJudgedCommit(context, location.repository);
  const verifier = new SignatureVerifier();
  const { settings, report, notes } = await judgeUnderBasePolicies(
    location,
    {
      truststore: inputs.truststore,
      ...(inputs.bundle !== undefined ? { bundle: inputs.bundle } : {}),
      clients: inputs.clients,
      crls: inputs.crls,
      profile: inputs.profile,
      failOn: inputs.failOn,
      expiryWarningDays: inputs.expiryWarningDays,
      config: location.config,
    },
    context,
    inputs.githubToken,
    verifier,
  );
  const root = location.root;
  return {
    report: context.changeBase ? await reviewChange(settings, report, verifier, context, inputs, root) : report,
    profileOf: profileOf(settings.targets),
    failOn: settings.failOn,
    at: settings.at,
    root,
    expiryWarningDays: settings.expiryWarningDays,
    notes,
  };
}

/** Largest file a suggestion is made from: the checked files are within the limits, this only bounds a surprise. */
const MAX_SUGGESTION_SOURCE = 16 * 1024 * 1024;

/**
 * Adds what the change does (compared with its base commit) to the report.
 * The base's files come from the clone, or through the API when the
 * checkout is shallow. A base that cannot be read costs the review, with a
 * warning, never the check: without it every finding counts as new.
 */
async function reviewChange(
  settings: Settings,
  report: Report,
  verifier: SignatureVerifier,
  context: RunContext,
  inputs: ActionInputs,
  root: string,
): Promise<Report> {
  const commit = context.changeBase!;
  const repository = repositoryRoot(root, context.workspace);
  let base: ListedTree | undefined;
  try {
    base = new GitTree(root, commit);
  } catch {
    // A shallow checkout: only the head (or merge) commit is there.
  }
  try {
    if (!base) {
      if (!inputs.githubToken || !context.owner || !context.repo)
        throw new Error('the base commit is not in the checkout and there is no token to read it through the API');
      const { createClient } = await import('./github/client.js');
      const { readTreeThroughApi } = await import('./github/base-tree.js');
      const prefix = path.relative(repository, realpathSync(root)).split(path.sep).join('/');
      base = await readTreeThroughApi(
        createClient(inputs.githubToken, context.apiUrl),
        context,
        commit,
        prefix,
        (tree) =>
          settings.targets.flatMap((target) => filesToRead({ ...inventoryRequest(settings, target, tree), tree })),
        // Only a file of exactly the listed size can have the listed content.
        (relative, size) => readRegularFileInside(settings.root, relative, size),
      );
      core.info(`The base commit ${commit.slice(0, 12)} was read through the API (the checkout is shallow).`);
    }
    return compareWithBase(settings, report, base, verifier);
  } catch (error) {
    core.warning(
      `No change review against ${commit.slice(0, 12)}: ${describeError(error)}. The check itself is complete; every finding counts as new.`,
    );
    return report;
  }
}

export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    const context = await establishContext(inputs, readRunContext());
    const {
      report,
      profileOf: profiles,
      failOn,
      at,
      root,
      expiryWarningDays,
      notes,
    } = await core.group('Checking the certificates', () => produceReport(inputs, context));
    // Paths as GitHub knows them: relative to the clone (which may be a subfolder of the workspace).
    const rootInRepo = path
      .relative(repositoryRoot(root, context.workspace), realpathSync(root))
      .split(path.sep)
      .join('/');
    const repoPath = (file: string) => (rootInRepo === '' ? file : `${rootInRepo}/${file}`);
    const failed = failsOn(report, failOn, inputs.failOnNew);

    const reportFile = path.join(process.env.RUNNER_TEMP ?? tmpdir(), 'truststore-check', 'report.json');
    await mkdir(path.dirname(reportFile), { recursive: true });
    await writeFile(reportFile, formatJson(report));
    core.setOutput('report', reportFile);
    if (inputs.sarifFile) {
      const sarifFile = insideWorkspace(context.workspace, inputs.sarifFile, 'sarif-file');
      const refused = unwritableReason(context.workspace, sarifFile);
      if (refused) throw new UsageError(`input sarif-file: "${inputs.sarifFile}" is not written: ${refused}`);
      await mkdir(path.dirname(sarifFile), { recursive: true });
      await writeFile(sarifFile, formatSarif(report, profiles(undefined), repoPath));
      core.setOutput('sarif-file', sarifFile);
    }
    core.setOutput('errors', report.summary.errors);
    core.setOutput('warnings', report.summary.warnings);
    core.setOutput('notices', report.summary.notices);
    core.setOutput('certificates', report.summary.certificates);

    const elsewhere = `every finding is in the '${inputs.checkName}' check run, the job summary and ${reportFile}`;
    if (inputs.annotations) emitAnnotations(report, repoPath, elsewhere);
    // The checked files' lines as they are in the working tree, for the text of suggested fixes.
    const headLines = new LinesUnder(root, MAX_SUGGESTION_SOURCE);
    const published = await core.group('Publishing to GitHub', () =>
      publishToGitHub(inputs, context, {
        report,
        failed,
        repoPath,
        at,
        profileOf: profiles,
        headLines: (file) => headLines.lines(file),
        expiryWarningDays,
        notes,
      }),
    );

    if (inputs.summary && process.env.GITHUB_STEP_SUMMARY) {
      const preamble = [
        ...(published.checkRunUrl ? [`Check run: [${inputs.checkName}](${published.checkRunUrl})`, ''] : []),
        ...notes,
      ];
      await core.summary
        .addRaw(
          formatMarkdown(report, {
            title: inputs.checkName,
            findings: report.findings,
            findingsCaption: 'Findings',
            repoPath,
            at,
            expiryWarningDays,
            maxLength: JOB_SUMMARY_LIMIT,
            preamble,
          }),
          true,
        )
        .write();
    }

    const { errors, warnings, notices } = report.summary;
    const counts = `${errors} error(s), ${warnings} warning(s), ${notices} notice(s) in ${report.summary.certificates} certificate(s)`;
    if (failed) core.setFailed(`truststore-check found ${counts} (fail-on: ${failOn}).`);
    else core.info(`truststore-check: ${counts}.`);
  } catch (error) {
    // Usage problems and unexpected failures alike end the step with one line, never a stack trace.
    const prefix = error instanceof UsageError ? 'truststore-check' : 'truststore-check could not run';
    core.setFailed(`${prefix}: ${describeError(error)}`);
  }
}
