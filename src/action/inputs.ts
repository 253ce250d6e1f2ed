import * as core from '@actions/core';
import type { SettingsOverrides } from '../config/settings.js';
import { UsageError } from '../errors.js';
import { OBJECT_ID } from '../inventory/git-tree.js';

/** The settings a workflow may give (as text), and what the action does with the result. */
export interface ActionInputs extends Pick<
  SettingsOverrides,
  'truststore' | 'bundle' | 'clients' | 'crls' | 'profile' | 'failOn' | 'config'
> {
  expiryWarningDays?: string;
  /** Only findings the change's base does not have count toward fail-on. */
  failOnNew: boolean;
  workingDirectory: string;
  checkName: string;
  annotations: boolean;
  checkRun: boolean;
  prReview: boolean;
  prComment: boolean;
  summary: boolean;
  /** On schedule and workflow_dispatch: keep one open issue listing what expires. */
  expiryIssue: boolean;
  sarifFile?: string;
  githubToken?: string;
  /** Publish this report (annotations and job summary only) instead of checking. */
  reportFile?: string;
  pullRequest?: number;
  headSha?: string;
}

function optional(name: string): string | undefined {
  const value = core.getInput(name);
  return value === '' ? undefined : value;
}

/** One glob per line; blank lines and `#` comments ignored. */
function globs(name: string): string[] | undefined {
  const lines = core.getMultilineInput(name).filter((line) => !line.startsWith('#'));
  return lines.length > 0 ? lines : undefined;
}

/** YAML 1.2 booleans, as the toolkit reads them (true/True/TRUE, false/False/FALSE). */
function flag(name: string, fallback: boolean): boolean {
  if (core.getInput(name) === '') return fallback;
  try {
    return core.getBooleanInput(name);
  } catch {
    throw new UsageError(`input ${name}: "${core.getInput(name)}" is not true or false`);
  }
}

function pullRequestNumber(): number | undefined {
  const value = optional('pull-request');
  if (value === undefined) return undefined;
  if (!/^[1-9]\d{0,9}$/.test(value))
    throw new UsageError(`input pull-request: "${value}" is not a pull request number`);
  return Number(value);
}

function commitSha(): string | undefined {
  const value = optional('head-sha');
  if (value !== undefined && !OBJECT_ID.test(value))
    throw new UsageError(`input head-sha: "${value}" is not a commit SHA`);
  return value;
}

/** Reads and checks the inputs; a bad value is a UsageError naming the input. */
export function readInputs(): ActionInputs {
  const token = optional('github-token');
  // The runner masks secrets it passes in; a token given any other way is masked here before anything is logged.
  if (token) core.setSecret(token);
  const checkName = optional('check-name') ?? 'truststore-check';
  if (checkName.length > 100 || /[\r\n]/.test(checkName))
    throw new UsageError('input check-name: at most 100 characters on one line');
  return {
    truststore: globs('truststore'),
    ...(core.getInput('bundle') !== '' ? { bundle: flag('bundle', false) } : {}),
    clients: globs('client-certificates'),
    crls: globs('crls'),
    profile: optional('profile'),
    failOn: optional('fail-on'),
    failOnNew: flag('fail-on-new', false),
    expiryWarningDays: optional('expiry-warning-days'),
    config: optional('config'),
    workingDirectory: optional('working-directory') ?? '.',
    checkName,
    annotations: flag('annotations', true),
    checkRun: flag('check-run', true),
    prReview: flag('pr-review', true),
    prComment: flag('pr-comment', true),
    summary: flag('summary', true),
    expiryIssue: flag('expiry-issue', false),
    sarifFile: optional('sarif-file'),
    githubToken: token,
    reportFile: optional('report-file'),
    pullRequest: pullRequestNumber(),
    headSha: commitSha(),
  };
}
