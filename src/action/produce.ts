import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseFailOn } from '../config/parse.js';
import { DEFAULT_EXPIRY_WARNING_DAYS, profileOf, type ProfileOf, type Settings } from '../config/settings.js';
import { selectsFiles } from '../config/base-policy.js';
import { SignatureVerifier } from '../chain/signatures.js';
import { inventoryRequest } from '../engine.js';
import { describeError, UsageError } from '../errors.js';
import { isInside, readRegularFileInside, realPathInside } from '../inventory/containment.js';
import { GitTree } from '../inventory/git-tree.js';
import { filesToRead } from '../inventory/inventory.js';
import type { ListedTree } from '../inventory/listed-tree.js';
import { discoverWorkingTree, filesForBaseDiscovery, withDiscovery } from '../discovery/index.js';
import type { Discovery } from '../discovery/model.js';
import { DEFAULT_PROFILE, findProfile } from '../profiles/registry.js';
import type { FailOn, Report } from '../report/report.js';
import { judgeUnderBasePolicies, type Discover } from './base-policies.js';
import type { RunContext } from './github-context.js';
import type { ActionInputs } from './inputs.js';
import { verifyJudgedCommit } from './judged-commit.js';
import { folderInRepository } from './paths.js';
import { locatePolicy, repositoryRoot, type PolicyLocation } from './policy-location.js';
import { logLine } from './log.js';

/** Producing the report: the check of the files under the policy that governs them, with what the change does. */

/**
 * A path inside the workspace: `..`, absolute paths and (for what exists)
 * symbolic links that lead out of it are refused.
 */
export function insideWorkspace(workspace: string, folder: string, input: string): string {
  const resolved = path.resolve(workspace, folder);
  if (!isInside(path.resolve(workspace), resolved))
    throw new UsageError(`input ${input}: "${folder}" is outside the workspace`);
  if (existsSync(resolved) && !realPathInside(workspace, resolved))
    throw new UsageError(`input ${input}: "${folder}" is a symbolic link to outside the workspace`);
  return resolved;
}

export interface Checked {
  report: Report;
  profileOf: ProfileOf;
  failOn: FailOn;
  at: Date;
  root: string;
  /** The clone's top level (repositoryRoot): asked once, since each answer costs a git process. */
  repository: string;
  expiryWarningDays: number;
  notes: string[];
}

/** Largest report file read (the check writes about 1 KB per finding). */
const MAX_REPORT_FILE = 256 * 1024 * 1024;

/** Checks the files, or (fork pattern) reads the report an earlier, unprivileged run wrote. */
export async function produceReport(inputs: ActionInputs, context: RunContext): Promise<Checked> {
  if (inputs.reportFile) {
    const root = insideWorkspace(context.workspace, inputs.workingDirectory, 'working-directory');
    const file = insideWorkspace(context.workspace, inputs.reportFile, 'report-file');
    const text = readRegularFileInside(context.workspace, path.relative(context.workspace, file), MAX_REPORT_FILE);
    if (!text)
      throw new UsageError(
        `input report-file: cannot read "${inputs.reportFile}" (a regular file inside the workspace, at most ${MAX_REPORT_FILE / (1024 * 1024)} MiB)`,
      );
    const { parseReport } = await import('../report/read-report.js');
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
      repository: repositoryRoot(root, context.workspace),
      // Not used: a report from elsewhere keeps no expiry issue.
      expiryWarningDays: DEFAULT_EXPIRY_WARNING_DAYS,
      notes: [],
    };
  }
  // The paths to the policy come from the inputs, never through a link; on a pull request its base commit's configuration governs.
  const location = locatePolicy(context.workspace, inputs);
  verifyJudgedCommit(context, location.repository);
  const verifier = new SignatureVerifier();
  // The targets may come from the infrastructure code; in a review the base's is read too (it says what was deployed).
  const head = await discoverWorkingTree(location.root);
  let base: ListedTree | undefined;
  let baseOpened = false;
  const discover: Discover = async (configured, policy) => {
    if (policy.ownBase && context.changeBase && !baseOpened) {
      baseOpened = true;
      base = await openBase(configured, head, context, inputs, location);
    }
    const settings = await withDiscovery(configured, policy.ownBase ? base : undefined, {
      head,
      ...(policy.withoutBaseConfig ? { enforceBase: true } : {}),
    });
    // A base policy that selects nothing, and no infrastructure code that does: stop rather than check nothing.
    if (settings.emptyPolicy && !selectsFiles(settings)) throw new UsageError(settings.emptyPolicy);
    return settings;
  };
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
    discover,
  );
  const root = location.root;
  // What a change does is loaded only for a change review (most runs are not one).
  const compared = base ? (await import('../change.js')).compareWithBase(settings, report, base, verifier) : report;
  return {
    report: compared,
    profileOf: profileOf(settings.targets),
    failOn: settings.failOn,
    at: settings.at,
    root,
    repository: location.repository,
    expiryWarningDays: settings.expiryWarningDays,
    notes,
  };
}

/**
 * The base commit's files, for the review of what the change does: from the
 * clone, or through the API when the checkout is shallow (only what the
 * check and discovery would read). A base that cannot be read costs the
 * review, with a warning, never the check: without it every finding counts
 * as new.
 */
async function openBase(
  settings: Settings,
  head: Discovery,
  context: RunContext,
  inputs: ActionInputs,
  { root, repository }: PolicyLocation,
): Promise<ListedTree | undefined> {
  const commit = context.changeBase!;
  try {
    return new GitTree(root, commit);
  } catch {
    // A shallow checkout: only the head (or merge) commit is there.
  }
  try {
    if (!inputs.githubToken || !context.owner || !context.repo)
      throw new Error('the base commit is not in the checkout and there is no token to read it through the API');
    const { createClient } = await import('./github/client.js');
    const { readTreeThroughApi } = await import('./github/base-tree.js');
    const prefix = folderInRepository(root, repository);
    const base = await readTreeThroughApi(
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
    logLine(`The base commit ${commit.slice(0, 12)} was read through the API (the checkout is shallow).`);
    return base;
  } catch (error) {
    core.warning(
      `No change review against ${commit.slice(0, 12)}: ${describeError(error)}. The check itself is complete; every finding counts as new.`,
    );
    return undefined;
  }
}
