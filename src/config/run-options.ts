import { UsageError } from '../errors.js';
import { OBJECT_ID } from '../inventory/git-tree.js';
import { setting } from './schema.js';

/**
 * Options of a run that are not settings of the check: how the command line
 * prints and what the action publishes. Never read from the configuration
 * file. The same kind of entry as the settings (schema.ts), so the help,
 * action.yml and the docs are derived from them too.
 */

export const DEFAULT_CHECK_NAME = 'truststore-check';

/** Both the command line and the action. */
export const SHARED_OPTIONS = {
  failOnNew: setting<boolean>({
    name: 'fail-on-new',
    scope: 'run',
    summary: "only findings the change's base does not have count toward fail-on",
    flag: {},
    input: {
      kind: 'boolean',
      default: 'false',
      description:
        "Only findings the change's base commit does not have count toward fail-on (the pull request's base; on push, the commit pushed over), so a repository with known problems can still protect its branch. Without a readable base, every finding counts.",
    },
    fallback: false,
  }),
};

export const CLI_OPTIONS = {
  format: setting<string>({
    name: 'format',
    scope: 'run',
    summary: 'output format: text, json or sarif',
    flag: { value: 'FORMAT' },
    default: 'text',
  }),
  output: setting<string>({
    name: 'output',
    scope: 'run',
    summary: 'also write the JSON report to FILE',
    flag: { value: 'FILE' },
  }),
  base: setting<string>({
    name: 'base',
    scope: 'run',
    summary:
      'also check the files at git REF (read from git, not checked out) and report what the change does: truststore CAs added, removed and renewed, clients whose verdict changes, and which findings are new',
    flag: { value: 'REF' },
  }),
  fix: setting<boolean>({
    name: 'fix',
    scope: 'run',
    summary:
      'make the mechanical fixes first (blank lines and text in a bundle, repeated blocks, a client file written CA first, a verified CA a client sends copied into the truststore), then report what is left',
    flag: {},
  }),
  listRules: setting<boolean>({
    name: 'list-rules',
    scope: 'run',
    summary: 'print the rules (Markdown, or JSON with --format json) and exit',
    flag: {},
  }),
  listProfiles: setting<boolean>({
    name: 'list-profiles',
    scope: 'run',
    summary: 'print the gateway profiles (Markdown, or JSON with --format json) and exit',
    flag: {},
  }),
  listSettings: setting<boolean>({
    name: 'list-settings',
    scope: 'run',
    summary: 'print every setting, flag and action input (Markdown, or JSON with --format json) and exit',
    flag: {},
  }),
  listTargets: setting<boolean>({
    name: 'list-targets',
    scope: 'run',
    summary: 'print what will be checked and where each target came from (file, line, resource), then exit',
    flag: {},
  }),
  help: setting<boolean>({ name: 'help', scope: 'run', summary: 'show this help', flag: { short: 'h' } }),
  version: setting<boolean>({ name: 'version', scope: 'run', summary: 'show the version', flag: { short: 'v' } }),
};

function checkName(value: unknown, where: string): string {
  const name = String(value);
  if (name.length > 100 || /[\r\n]/.test(name)) throw new UsageError(`${where}: at most 100 characters on one line`);
  return name;
}

function pullRequestNumber(value: unknown, where: string): number {
  if (!/^[1-9]\d{0,9}$/.test(String(value)))
    throw new UsageError(`${where}: "${String(value)}" is not a pull request number`);
  return Number(value);
}

function commitSha(value: unknown, where: string): string {
  if (!OBJECT_ID.test(String(value))) throw new UsageError(`${where}: "${String(value)}" is not a commit SHA`);
  return String(value);
}

const channel = (name: string, summary: string, fallback = true) =>
  setting<boolean>({ name, scope: 'run', summary, input: { kind: 'boolean', default: String(fallback) }, fallback });

export const ACTION_OPTIONS = {
  workingDirectory: setting<string>({
    name: 'working-directory',
    scope: 'run',
    summary: 'Folder inside the repository to check (no symbolic link on its path); globs are relative to it.',
    input: { kind: 'text', default: '.' },
    fallback: '.',
  }),
  checkName: setting<string>({
    name: 'check-name',
    scope: 'run',
    summary:
      "Name of the check run (what a branch protection rule requires; give it a name no job has) and of the comments' markers.",
    input: { kind: 'text', default: DEFAULT_CHECK_NAME },
    fallback: DEFAULT_CHECK_NAME,
    parse: checkName,
  }),
  annotations: setting<'auto' | 'true' | 'false'>({
    name: 'annotations',
    scope: 'run',
    summary:
      'Annotate findings on the files through workflow commands: auto (only when no check run carries them, so Files changed shows each finding once), true (always) or false (never).',
    input: { kind: 'text', default: 'auto' },
    fallback: 'auto',
    parse: (value, where) => {
      if (value === 'auto' || value === 'true' || value === 'false') return value;
      throw new UsageError(`${where}: "${String(value)}" is not auto, true or false`);
    },
  }),
  checkRun: channel('check-run', 'Create a check run on the head commit with every finding.'),
  prReview: channel('pr-review', 'On pull requests, comment on changed lines that have findings.'),
  prComment: channel('pr-comment', 'On pull requests, keep one summary comment up to date.'),
  summary: channel('summary', 'Write the job summary.'),
  expiryIssue: channel(
    'expiry-issue',
    'On schedule and workflow_dispatch runs, keep one open issue listing every certificate and CRL that has expired or expires within expiry-warning-days, by target: opened when something does, edited as the list changes, closed when it is empty. Needs `permissions: issues: write`.',
    false,
  ),
  sarifFile: setting<string>({
    name: 'sarif-file',
    scope: 'run',
    summary:
      'Also write a SARIF 2.1.0 file here (relative to the workspace), for github/codeql-action/upload-sarif. Empty means none.',
    input: { kind: 'text' },
  }),
  reportFile: setting<string>({
    name: 'report-file',
    scope: 'run',
    summary:
      'Publish this JSON report (written by an earlier run of this action, or elsewhere) to annotations and the job summary instead of checking files. A report from elsewhere never sets the check run or comments on a pull request.',
    input: { kind: 'text' },
  }),
  pullRequest: setting<number>({
    name: 'pull-request',
    scope: 'run',
    summary:
      "On workflow_run, the pull request to check; accepted only if GitHub says it is open with the triggering run's head commit. Usually left empty (found from the event).",
    input: { kind: 'text' },
    parse: pullRequestNumber,
  }),
  headSha: setting<string>({
    name: 'head-sha',
    scope: 'run',
    summary:
      "On workflow_run, must equal the triggering run's head commit (a mismatch is refused before anything is written); on pull_request, the event's head commit. Elsewhere, the commit the check run belongs to.",
    input: { kind: 'text' },
    parse: commitSha,
  }),
  githubToken: setting<string>({
    name: 'github-token',
    scope: 'run',
    summary:
      'Token for the check run and comments. Needs checks:write and pull-requests:write (on pull requests at least pull-requests:read, to find other open pull requests with the same head).',
    input: { kind: 'text', default: '${{ github.token }}' },
  }),
};
