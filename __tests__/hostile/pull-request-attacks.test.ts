import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakeGitHub, type FakeGitHubOptions, type FakePullRequest } from '../action/fake-github.js';
import { GitRepository, type Tree } from '../action/git-repository.js';
import { expectNoStackTrace, runAction, type ActionRun } from '../action/harness.js';
import { FIXTURES, runCli } from '../helpers.js';

/**
 * A pull request author who wants a bad client merged, attacking the bundled
 * action (dist/index.js) end to end: a real git repository holds the base
 * and head commits (and GitHub's merge commit); the runner's checkout is a
 * full or a shallow clone of it; the fake API serves the same repository.
 * Whatever the attack, the result is a failed check or a refusal: never a
 * successful check run, never a passing step.
 */

const fixture = (name: string) => readFile(path.join(FIXTURES, name), 'utf8');
const node = process.execPath;
const DEPTHS = ['full', 'shallow'] as const;

interface Scenario {
  origin: GitRepository;
  base: string;
  head: string;
  merge: string;
}

let truststore: string;
let goodClient: string;
let sha1Client: string;
/** What the base branch holds: a truststore and a client the API Gateway profile accepts. */
let baseFiles: Tree;

beforeAll(async () => {
  truststore = await fixture('truststores/standard.pem');
  goodClient = await fixture('clients/client-p256.pem');
  // Refused by API Gateway (SHA-1); accepted by the `openssl` profile at its default security level.
  sha1Client = await fixture('clients/client-sha1.pem');
  baseFiles = { 'certs/truststore.pem': truststore, 'certs/clients/ok.pem': goodClient };
});

/** A repository whose main branch is `base` and a pull request making it `head` (a branch from main). */
async function scenario(base: Tree, head: Tree): Promise<Scenario> {
  const origin = await GitRepository.create();
  const baseSha = await origin.commit(base, [], 'base');
  const headSha = await origin.commit(head, [baseSha], 'head');
  origin.branch('main', baseSha);
  origin.branch('update-certs', headSha);
  return { origin, base: baseSha, head: headSha, merge: origin.mergeCommit(baseSha, headSha) };
}

/** Runs the action on a checkout of `commit` against a fake API backed by the scenario's repository. */
async function attack(
  { origin }: Scenario,
  checkout: { commit: string; depth: (typeof DEPTHS)[number]; into?: string },
  run: { inputs?: Record<string, string>; event: string; payload: unknown; env: Record<string, string> },
  fakeOptions: Partial<FakeGitHubOptions> = {},
): Promise<{ run: ActionRun; fake: FakeGitHub; workspace: string }> {
  const workspace = await mkdtemp(path.join(tmpdir(), 'tsc-attacked-'));
  await origin.checkout(
    checkout.commit,
    checkout.depth,
    checkout.into ? path.join(workspace, checkout.into) : workspace,
  );
  const fake = new FakeGitHub({ files: [], git: origin.dir, ...fakeOptions });
  const url = await fake.start();
  try {
    const result = await runAction(
      node,
      { dir: workspace, files: [] },
      url,
      run.inputs,
      run.event,
      undefined,
      run.payload,
      run.env,
    );
    expectNoStackTrace(result);
    return { run: result, fake, workspace };
  } finally {
    await fake.stop();
  }
}

/** A pull_request run as actions/checkout makes it by default: GitHub's merge commit checked out. */
function pullRequestRun(s: Scenario, inputs: Record<string, string> = {}) {
  return {
    inputs,
    event: 'pull_request',
    payload: { pull_request: { number: 7, head: { sha: s.head }, base: { sha: s.base } } },
    env: { GITHUB_SHA: s.merge },
  };
}

/** Never green: the step fails, and any check run posted says failure. */
function expectNotGreen({ run, fake }: { run: ActionRun; fake: FakeGitHub }) {
  expect({ code: run.code, conclusions: fake.checkRuns.map((c) => c.conclusion) }).toEqual({
    code: 1,
    conclusions: fake.checkRuns.map(() => 'failure'),
  });
}

async function findingsOf(run: ActionRun): Promise<string[]> {
  const report = JSON.parse(await readFile(run.outputs.report!, 'utf8')) as { findings: Array<{ ruleId: string }> };
  return report.findings.map((finding) => finding.ruleId);
}

describe('the profile is the base commit policy, never the pull request own', () => {
  const withSha1 = (config: string): Tree => ({
    ...baseFiles,
    'certs/clients/legacy.pem': sha1Client,
    '.truststore-check.yml': config,
  });
  const configs = {
    'profile: openssl': 'profile: openssl\n',
    'its own profile that extends openssl':
      'profiles:\n  lenient:\n    extends: openssl\n    max-certificates: 1000\nprofile: lenient\n',
  };
  let scenarios: Record<string, Scenario>;
  beforeAll(async () => {
    scenarios = {};
    for (const [name, config] of Object.entries(configs)) scenarios[name] = await scenario(baseFiles, withSha1(config));
  });

  test.each(DEPTHS.flatMap((depth) => Object.keys(configs).map((name) => [name, depth] as const)))(
    'a base without configuration; the pull request adds one with %s (%s clone): failed, with the deferred change',
    async (name, depth) => {
      const s = scenarios[name]!;
      const result = await attack(s, { commit: s.merge, depth }, pullRequestRun(s));
      expectNotGreen(result);
      expect(result.fake.checkRuns).toHaveLength(1);
      const rules = await findingsOf(result.run);
      expect(rules).toContain('insecure-signature-algorithm');
      expect(rules).toContain('configuration-change-deferred');
    },
  );
});

describe('a merge queue judges its commit under the branch policy', () => {
  test.each(DEPTHS)(
    'merge_group: the queued commit adds profile: openssl and a SHA-1 client (%s clone): failed',
    async (depth) => {
      const s = await scenario(baseFiles, {
        ...baseFiles,
        'certs/clients/legacy.pem': sha1Client,
        '.truststore-check.yml': 'profile: openssl\n',
      });
      const result = await attack(
        s,
        { commit: s.merge, depth },
        {
          event: 'merge_group',
          payload: { merge_group: { head_sha: s.merge, base_sha: s.base, head_ref: 'gh-readonly-queue/main/pr-7' } },
          env: { GITHUB_SHA: s.merge },
        },
      );
      expectNotGreen(result);
      expect(await findingsOf(result.run)).toContain('insecure-signature-algorithm');
    },
  );
});

describe('the path to the policy comes from the inputs and the base tree, never from the head links', () => {
  let workingDirectory: Scenario;
  let configFolder: Scenario;
  let linkAtBase: Scenario;
  beforeAll(async () => {
    // working-directory: certs. The pull request moves everything to real/ and makes certs a link to it.
    const certs = {
      'certs/.truststore-check.yml': 'profile: aws-api-gateway\n',
      'certs/truststore.pem': truststore,
      'certs/clients/ok.pem': goodClient,
    };
    workingDirectory = await scenario(certs, {
      'real/.truststore-check.yml': 'profile: openssl\n',
      'real/truststore.pem': truststore,
      'real/clients/ok.pem': goodClient,
      'real/clients/legacy.pem': sha1Client,
      certs: { link: 'real' },
    });
    // config: policy/truststore-check.yml. The pull request makes policy a link to a folder of its own.
    configFolder = await scenario(
      { ...baseFiles, 'policy/truststore-check.yml': 'profile: aws-api-gateway\n' },
      {
        ...baseFiles,
        'certs/clients/legacy.pem': sha1Client,
        'mine/truststore-check.yml': 'profile: openssl\n',
        policy: { link: 'mine' },
      },
    );
    // The base itself reaches its configuration through a link; the pull request replaces it.
    linkAtBase = await scenario(
      { ...baseFiles, 'policy-v1/truststore-check.yml': 'profile: aws-api-gateway\n', policy: { link: 'policy-v1' } },
      { ...baseFiles, 'certs/clients/legacy.pem': sha1Client, 'policy/truststore-check.yml': 'profile: openssl\n' },
    );
  });

  test.each(DEPTHS)('working-directory made a link by the pull request (%s clone): refused', async (depth) => {
    const s = workingDirectory;
    const result = await attack(
      s,
      { commit: s.merge, depth },
      pullRequestRun(s, {
        'working-directory': 'certs',
        truststore: 'truststore.pem',
        'client-certificates': 'clients/**/*.pem',
      }),
    );
    expectNotGreen(result);
    expect(result.run.stdout).toMatch(/::error::truststore-check: input working-directory: "certs" is a symbolic link/);
  });

  test.each(DEPTHS)('the config input folder made a link by the pull request (%s clone): refused', async (depth) => {
    const s = configFolder;
    const result = await attack(
      s,
      { commit: s.merge, depth },
      pullRequestRun(s, { config: 'policy/truststore-check.yml' }),
    );
    expectNotGreen(result);
    expect(result.run.stdout).toMatch(/::error::truststore-check: input config: "policy" is a symbolic link/);
  });

  test.each(DEPTHS)('a link on the config path at the base (%s clone): refused', async (depth) => {
    const s = linkAtBase;
    const result = await attack(
      s,
      { commit: s.merge, depth },
      pullRequestRun(s, { config: 'policy/truststore-check.yml' }),
    );
    expectNotGreen(result);
    expect(result.run.stdout).toMatch(
      /::error::truststore-check: input config: "policy" is a symbolic link at the base commit/,
    );
  });
});

describe('the event decides what may be judged', () => {
  let s: Scenario;
  beforeAll(async () => {
    s = await scenario(baseFiles, { ...baseFiles, 'certs/clients/legacy.pem': sha1Client });
  });

  test('pull_request_target with the default checkout (the base branch): refused, nothing posted', async () => {
    const result = await attack(
      s,
      { commit: s.base, depth: 'shallow' },
      {
        event: 'pull_request_target',
        payload: { pull_request: { number: 7, head: { sha: s.head }, base: { sha: s.base } } },
        env: { GITHUB_SHA: s.base },
      },
    );
    expectNotGreen(result);
    expect(result.fake.checkRuns).toEqual([]);
    expect(result.run.stdout).toMatch(/::error::truststore-check: pull_request_target/);
  });

  test.each(DEPTHS)(
    'pull_request with the base branch checked out instead of the pull request (%s clone): refused',
    async (depth) => {
      const result = await attack(s, { commit: s.base, depth }, pullRequestRun(s));
      expectNotGreen(result);
      expect(result.fake.checkRuns).toEqual([]);
      expect(result.run.stdout).toMatch(/is not the pull request's head .* or merge commit/);
    },
  );

  test('workflow_run that checked out the default branch instead of the event head: refused', async () => {
    const pulls: FakePullRequest[] = [
      {
        number: 7,
        state: 'open',
        head: { sha: s.head, ref: 'update-certs', label: 'mallory:update-certs' },
        base: { sha: s.base },
      },
    ];
    const result = await attack(
      s,
      { commit: s.base, depth: 'shallow', into: 'pr' },
      {
        inputs: { 'working-directory': 'pr' },
        event: 'workflow_run',
        payload: forkRun(s.head),
        env: { GITHUB_SHA: s.base },
      },
      { pulls },
    );
    expectNotGreen(result);
    expect(result.fake.checkRuns).toEqual([]);
    expect(result.run.stdout).toMatch(/is not the pull request's head/);
  });
});

function forkRun(head: string) {
  return {
    workflow_run: {
      event: 'pull_request',
      head_sha: head,
      head_branch: 'update-certs',
      head_repository: { full_name: 'mallory/certs' },
      pull_requests: [],
    },
  };
}

describe('one head commit, two pull requests (workflow_run)', () => {
  let s: Scenario & { legacy: string };
  let pulls: FakePullRequest[];
  beforeAll(async () => {
    const base = await scenario(baseFiles, { ...baseFiles, 'certs/clients/legacy.pem': sha1Client });
    // A second branch whose configuration is laxer; the same head is opened against it too, later.
    const legacy = await base.origin.commit(
      { ...baseFiles, '.truststore-check.yml': 'profile: openssl\n' },
      [],
      'legacy',
    );
    base.origin.branch('legacy', legacy);
    s = { ...base, legacy };
    const head = { sha: s.head, ref: 'update-certs', label: 'mallory:update-certs' };
    pulls = [
      { number: 7, state: 'open', head, base: { sha: s.base, ref: 'main' } },
      { number: 8, state: 'open', head, base: { sha: legacy, ref: 'legacy' } },
    ];
  });

  test.each(DEPTHS)('the shared head is judged under the stricter base (%s clone): failed', async (depth) => {
    const result = await attack(
      s,
      { commit: s.head, depth, into: 'pr' },
      {
        inputs: { 'working-directory': 'pr' },
        event: 'workflow_run',
        payload: forkRun(s.head),
        env: { GITHUB_SHA: s.base },
      },
      { pulls },
    );
    expectNotGreen(result);
    expect(result.fake.checkRuns).toHaveLength(1);
    expect(result.fake.checkRuns[0]!.head_sha).toBe(s.head);
    expect(await findingsOf(result.run)).toContain('insecure-signature-algorithm');
    // The reader is told why: the check run and the comment say whose base decided.
    for (const text of [result.fake.checkRuns[0]!.output.summary!, result.fake.issueComments[0]!.body])
      expect(text).toContain('open pull requests (#7, #8), and its check shows on each');
    expect(result.fake.checkRuns[0]!.output.summary).toContain('the strictest result (the base of #7)');
  });

  test('on pull_request too: the run of the pull request into the laxer branch fails on the shared head', async () => {
    const result = await attack(
      s,
      { commit: s.head, depth: 'full' },
      {
        event: 'pull_request',
        payload: { pull_request: { number: 8, head: { sha: s.head }, base: { sha: s.legacy } } },
        env: { GITHUB_SHA: s.head },
      },
      { pulls },
    );
    expectNotGreen(result);
    expect(await findingsOf(result.run)).toContain('insecure-signature-algorithm');
  });
});

describe('every path read or written stays inside the workspace', () => {
  let s: Scenario;
  let outside: string;
  beforeAll(async () => {
    s = await scenario(baseFiles, { ...baseFiles, 'certs/clients/legacy.pem': sha1Client });
    // A genuine report of a clean check, somewhere on the runner outside the workspace.
    outside = await mkdtemp(path.join(tmpdir(), 'tsc-outside-'));
    const clean = await s.origin.checkout(s.base, 'shallow');
    const report = await runCli(
      ['--truststore', 'certs/truststore.pem', '--clients', 'certs/clients/*.pem', '--format', 'json'],
      {
        cwd: clean,
      },
    );
    expect(report.code).toBe(0);
    await writeFile(path.join(outside, 'report.json'), report.stdout);
    await rm(clean, { recursive: true, force: true });
  });

  test('a report-file that is a link out of the workspace is not read', async () => {
    const workspace = await s.origin.checkout(s.head, 'shallow');
    await symlink(path.join(outside, 'report.json'), path.join(workspace, 'report.json'));
    const fake = new FakeGitHub({ files: [], git: s.origin.dir });
    const url = await fake.start();
    try {
      const run = await runAction(
        node,
        { dir: workspace, files: [] },
        url,
        { 'report-file': 'report.json' },
        'push',
        undefined,
        {},
        { GITHUB_SHA: s.head },
      );
      expectNoStackTrace(run);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(
        /::error::truststore-check: input report-file: "report.json" is a symbolic link to outside the workspace/,
      );
    } finally {
      await fake.stop();
    }
  });
});

describe('** matches what bash globstar matches', () => {
  test.each([
    ['node_modules', 'certs/clients/node_modules/legacy.pem'],
    ['a dot-folder', 'certs/clients/.old/legacy.pem'],
  ])('a refused client under %s is judged', async (_what, file) => {
    const s = await scenario(baseFiles, { ...baseFiles, [file]: sha1Client });
    const result = await attack(s, { commit: s.merge, depth: 'shallow' }, pullRequestRun(s));
    expectNotGreen(result);
    const report = JSON.parse(await readFile(result.run.outputs.report!, 'utf8')) as {
      findings: Array<{ ruleId: string; file: string }>;
    };
    expect(report.findings).toContainEqual(expect.objectContaining({ ruleId: 'insecure-signature-algorithm', file }));
  });
});
