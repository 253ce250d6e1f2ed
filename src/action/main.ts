import * as core from '@actions/core';
import { existsSync, realpathSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import {
  isInside,
  LinesUnder,
  readRegularFileInside,
  realPathInside,
  unwritableReason,
} from '../inventory/containment.js';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseFailOn, resolveSettings } from '../config/load.js';
import {
  DEFAULT_CONFIG_FILE,
  DEFAULT_EXPIRY_WARNING_DAYS,
  profileOf,
  type ProfileOf,
  type Settings,
} from '../config/settings.js';
import { readBaseConfig, repositoryRoot } from './base-config.js';
import { DEFAULT_PROFILE, findProfile } from '../profiles/registry.js';
import { inventoryRequest, runCheck } from '../engine.js';
import { compareWithBase } from '../change.js';
import { discoverWorkingTree, filesForBaseDiscovery, withDiscovery } from '../discovery/index.js';
import { SignatureVerifier } from '../chain/signatures.js';
import { GitTree } from '../inventory/git-tree.js';
import { filesToRead } from '../inventory/inventory.js';
import type { ListedTree } from '../inventory/listed-tree.js';
import type { Discovery } from '../discovery/model.js';
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
  { report, failed, repoPath, at, profileOf, headLines, expiryWarningDays }: Publication,
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
      maxLength: CHECK_OUTPUT_LIMIT,
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
      maxLength: COMMENT_LIMIT,
      preamble: [summaryMarker(inputs.checkName)],
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
}

/** Checks the files, or (fork pattern) reads the report an earlier, unprivileged run wrote. */
async function produceReport(inputs: ActionInputs, context: RunContext): Promise<Checked> {
  const root = insideWorkspace(context.workspace, inputs.workingDirectory, 'working-directory');
  if (inputs.reportFile) {
    let text: string;
    try {
      text = await readFile(path.resolve(context.workspace, inputs.reportFile), 'utf8');
    } catch (error) {
      throw new UsageError(`input report-file: cannot read "${inputs.reportFile}": ${describeError(error)}`);
    }
    const report = parseReport(text);
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
    };
  }
  const config = inputs.config === undefined ? undefined : insideWorkspace(context.workspace, inputs.config, 'config');
  // On a pull request, the base commit's configuration governs (a pull request must not relax its own check).
  let policy: { text?: string; source: string } | undefined;
  if (context.baseSha) {
    const repository = repositoryRoot(root, context.workspace);
    const configInRepo = path
      .relative(repository, realpathSync(path.dirname(config ?? path.join(root, DEFAULT_CONFIG_FILE))))
      .split(path.sep)
      .concat(path.basename(config ?? DEFAULT_CONFIG_FILE))
      .filter((part) => part !== '')
      .join('/');
    const text = await readBaseConfig(context, repository, configInRepo, inputs.githubToken);
    policy = { ...(text !== undefined ? { text } : {}), source: `${configInRepo} at ${context.baseSha.slice(0, 12)}` };
  }
  const configured = await resolveSettings(root, {
    ...(policy ? { policy } : {}),
    truststore: inputs.truststore,
    ...(inputs.bundle !== undefined ? { bundle: inputs.bundle } : {}),
    clients: inputs.clients,
    crls: inputs.crls,
    profile: inputs.profile,
    failOn: inputs.failOn,
    expiryWarningDays: inputs.expiryWarningDays,
    config,
  });
  const verifier = new SignatureVerifier();
  // The targets may come from the infrastructure code; in a review the base's is read first (it says what was deployed).
  const head = await discoverWorkingTree(root);
  const base = context.changeBase ? await openBase(configured, head, context, inputs, root) : undefined;
  const settings = await withDiscovery(configured, base, {
    head,
    // A base without a configuration file lets the pull request choose the files; the base's targets still count.
    enforceBase: policy !== undefined && policy.text === undefined,
  });
  const report = runCheck(settings, undefined, verifier);
  return {
    report: base ? compareWithBase(settings, report, base, verifier) : report,
    profileOf: profileOf(settings.targets),
    failOn: settings.failOn,
    at: settings.at,
    root,
    expiryWarningDays: settings.expiryWarningDays,
  };
}

/** Largest file a suggestion is made from: the checked files are within the limits, this only bounds a surprise. */
const MAX_SUGGESTION_SOURCE = 16 * 1024 * 1024;

/**
 * The base commit's files, for the review of what the change does: from the
 * clone, or through the API when the checkout is shallow. A base that
 * cannot be read costs the review, with a warning, never the check: without
 * it every finding counts as new.
 */
async function openBase(
  settings: Settings,
  head: Discovery,
  context: RunContext,
  inputs: ActionInputs,
  root: string,
): Promise<ListedTree | undefined> {
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
        (tree) => [
          ...new Set([
            ...settings.targets.flatMap((target) =>
              target.truststore.length + target.clients.length === 0
                ? []
                : filesToRead({ ...inventoryRequest(settings, target, tree), tree }),
            ),
            ...filesForBaseDiscovery([...tree.files.keys()], head),
          ]),
        ],
        // Only a file of exactly the listed size can have the listed content.
        (relative, size) => readRegularFileInside(settings.root, relative, size),
      );
      core.info(`The base commit ${commit.slice(0, 12)} was read through the API (the checkout is shallow).`);
    }
    return base;
  } catch (error) {
    core.warning(
      `No change review against ${commit.slice(0, 12)}: ${describeError(error)}. The check itself is complete; every finding counts as new.`,
    );
    return undefined;
  }
}

/**
 * Where results go. A report file comes from elsewhere (in the fork pattern,
 * from the fork's own run), so it may never set the required check or speak
 * on a pull request. On workflow_run, the pull request is the one GitHub says
 * has the triggering run's head commit, whatever inputs claim; its base
 * commit's configuration governs.
 */
async function establishContext(inputs: ActionInputs, environment: RunContext): Promise<RunContext> {
  if (inputs.reportFile) {
    if (inputs.checkRun || inputs.prReview || inputs.prComment || inputs.expiryIssue)
      core.warning(
        'report-file: a report written elsewhere never sets the check run, comments on a pull request or keeps the expiry issue (it could be forged); ' +
          'it is published to annotations and the job summary only. For pull requests from forks, see the workflow_run pattern in the README.',
      );
    Object.assign(inputs, { checkRun: false, prReview: false, prComment: false, expiryIssue: false });
    const context = { ...environment };
    delete context.pullRequest;
    return context;
  }
  if (environment.eventName !== 'workflow_run') {
    return {
      ...environment,
      ...(inputs.pullRequest !== undefined ? { pullRequest: inputs.pullRequest } : {}),
      ...(inputs.headSha !== undefined ? { headSha: inputs.headSha } : {}),
    };
  }
  if (!inputs.githubToken || !environment.owner || !environment.repo)
    throw new UsageError('on workflow_run, a token and the repository are needed to find the pull request');
  const { createClient } = await import('./github/client.js');
  const { verifyTriggeringPullRequest } = await import('./github/pull-request.js');
  const verified = await verifyTriggeringPullRequest(
    createClient(inputs.githubToken, environment.apiUrl),
    environment,
    {
      ...(inputs.pullRequest !== undefined ? { pullRequest: inputs.pullRequest } : {}),
      ...(inputs.headSha !== undefined ? { headSha: inputs.headSha } : {}),
    },
  );
  core.info(`Checking pull request #${verified.number} at ${verified.headSha} (verified through the API).`);
  return {
    ...environment,
    pullRequest: verified.number,
    headSha: verified.headSha,
    baseSha: verified.baseSha,
    changeBase: verified.baseSha,
  };
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
      }),
    );

    if (inputs.summary && process.env.GITHUB_STEP_SUMMARY) {
      const preamble = published.checkRunUrl ? [`Check run: [${inputs.checkName}](${published.checkRunUrl})`, ''] : [];
      await core.summary
        .addRaw(
          formatMarkdown(report, {
            title: inputs.checkName,
            findings: report.findings,
            findingsCaption: 'Findings',
            repoPath,
            at,
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
