import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO } from '../helpers.js';
import { FakeGitHub, type FakeGitHubOptions, type PullRequestFile } from './fake-github.js';
import { git } from './git-repository.js';

/**
 * The bundled action (dist/index.js) run as a process with the environment a
 * runner gives it, against a local fake of GitHub's REST API. Runs under this
 * Node and, when NODE24 names a Node 24 binary (.ci/run sets it), under the
 * runtime action.yml declares.
 */
export const RUNTIMES: Array<[label: string, node: string]> = [[`node ${process.versions.node}`, process.execPath]];
if (process.env.NODE24 && process.env.NODE24 !== process.execPath) RUNTIMES.push(['node 24', process.env.NODE24]);

export const TOKEN = 'ghs_FAKEtoken0123456789abcdefABCDEF0123';
export const HEAD_SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
export const MERGE_SHA = 'ffffffffffffffffffffffffffffffffffffffff';

export interface Workspace {
  dir: string;
  files: PullRequestFile[];
}

export function addedFile(filename: string, text: string): PullRequestFile {
  const lines = text.replace(/\n$/, '').split('\n');
  return { filename, patch: [`@@ -0,0 +1,${lines.length} @@`, ...lines.map((line) => `+${line}`)].join('\n') };
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** The commit checked out in `dir`, as the runner's GITHUB_SHA names it on pull_request (the merge commit), if it is a clone. */
export function checkedOut(dir: string): string | undefined {
  try {
    return execFileSync('git', ['-C', dir, 'rev-parse', '--verify', '-q', 'HEAD'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .trim();
  } catch {
    return undefined;
  }
}

/** Makes `dir` a clone whose one commit holds what is in it now (as a checkout of depth 1 is); returns that commit. */
export function commitAll(dir: string): string {
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', 'checked out');
  return git(dir, 'rev-parse', 'HEAD');
}

export async function runAction(
  node: string,
  workspace: Workspace,
  apiUrl: string,
  inputs: Record<string, string> = {},
  eventName = 'pull_request',
  baseSha?: string,
  payload?: unknown,
  env: Record<string, string> = {},
): Promise<ActionRun> {
  const runner = await mkdtemp(path.join(tmpdir(), 'tsc-runner-'));
  const event = path.join(runner, 'event.json');
  const base = baseSha ? { base: { sha: baseSha } } : {};
  await writeFile(event, JSON.stringify(payload ?? { pull_request: { number: 7, head: { sha: HEAD_SHA }, ...base } }));
  const outputFile = path.join(runner, 'output');
  const summaryFile = path.join(runner, 'summary.md');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const childEnv: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'acme/certs',
    // On pull_request, actions/checkout checks out the commit GITHUB_SHA names (GitHub's merge commit).
    GITHUB_SHA: checkedOut(workspace.dir) ?? MERGE_SHA,
    GITHUB_RUN_ID: '42',
    GITHUB_API_URL: apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: workspace.dir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runner,
    TRUSTSTORE_CHECK_API_PACING_MS: '0',
    INPUT_TRUSTSTORE: 'certs/truststore.pem',
    'INPUT_CLIENT-CERTIFICATES': 'certs/clients/**/*.pem',
    'INPUT_GITHUB-TOKEN': TOKEN,
    'INPUT_CHECK-NAME': 'truststore-check',
    'INPUT_WORKING-DIRECTORY': '.',
    ...env,
  };
  for (const [name, value] of Object.entries(inputs)) childEnv[`INPUT_${name.toUpperCase()}`] = value;
  const child = spawn(node, [path.join(REPO, 'dist/index.js')], { cwd: workspace.dir, env: childEnv });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number>((resolve) => child.on('close', (status) => resolve(status ?? -1)));
  const outputs: Record<string, string> = {};
  // GITHUB_OUTPUT uses heredoc blocks: name<<DELIMITER / value / DELIMITER.
  const raw = await readFile(outputFile, 'utf8');
  for (const block of raw.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[block[1]!] = block[3]!;
  return { code, stdout, stderr, outputs, summary: await readFile(summaryFile, 'utf8') };
}

export async function withFake(
  options: Partial<FakeGitHubOptions>,
  workspace: Workspace,
  body: (fake: FakeGitHub, url: string) => Promise<void>,
) {
  const fake = new FakeGitHub({ files: workspace.files, pageSize: 2, ...options });
  const url = await fake.start();
  try {
    await body(fake, url);
  } finally {
    await fake.stop();
  }
}

export const expectNoStackTrace = (run: ActionRun) => {
  expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
};
