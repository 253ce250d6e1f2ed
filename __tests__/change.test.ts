import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Changes } from '../src/report/report.js';
import type { Report } from '../src/report/report.js';
import { CHECK_TIME, FIXTURES, runCli } from './helpers.js';

/**
 * `--base REF`: the CLI checks a commit's files from git objects as well as
 * the working tree and says what the change does. Each test builds a
 * scratch repository from the openssl-made change fixtures
 * (scripts/make-change-fixtures.sh) and commits base and head.
 */

const pem = (name: string) => readFileSync(path.join(FIXTURES, 'changes', `${name}.pem`), 'utf8');
const sha256Of = (name: string) =>
  execFileSync('openssl', [
    'x509',
    '-noout',
    '-fingerprint',
    '-sha256',
    '-in',
    path.join(FIXTURES, 'changes', `${name}.pem`),
  ])
    .toString()
    .split('=')[1]!
    .trim()
    .replace(/:/g, '');

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

type Tree = Record<string, string>;

/** A repository whose commits hold these trees, oldest first; the working tree is the last. */
function repository(...commits: Tree[]): string {
  const root = mkdtempSync(path.join(tmpdir(), 'tsc-change-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, env: GIT_ENV, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  for (const [index, tree] of commits.entries()) {
    git('rm', '-rq', '--ignore-unmatch', '.');
    for (const [file, content] of Object.entries(tree)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), content);
    }
    git('add', '-A');
    git('commit', '-qm', `commit ${index}`, '--allow-empty');
  }
  return root;
}

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

async function check(root: string, ...args: string[]) {
  roots.push(root);
  const result = await runCli(
    ['--truststore', 'truststore.pem', '--clients', 'clients/*.pem', '--at', CHECK_TIME, ...args, root],
    { cwd: root },
  );
  return result;
}

async function changesOf(root: string, base: string): Promise<{ report: Report; changes: Changes; code: number }> {
  const result = await check(root, '--base', base, '--format', 'json');
  expect(result.stderr).toBe('');
  const report = JSON.parse(result.stdout) as Report;
  return { report, changes: report.changes!, code: result.code };
}

const BASE: Tree = {
  'truststore.pem': pem('issuing-a') + pem('issuing-b') + pem('root') + pem('legacy-sha1-root'),
  'clients/a1.pem': pem('client-a1'),
  'clients/a2.pem': pem('client-a2'),
  'clients/b1.pem': pem('client-b1'),
};

/** The SHA-1 root carries no client: unused trust, at every side of every change here. */
const LEGACY_ROOT_UNUSED = expect.objectContaining({ subject: 'O=Change Fixtures, CN=Legacy SHA-1 Root' });

describe('a change that removes an issuing CA and adds a client from an unknown CA', () => {
  const head: Tree = {
    ...BASE,
    'truststore.pem': pem('issuing-a') + pem('root') + pem('legacy-sha1-root'),
    'clients/outsider.pem': pem('outsider'),
  };

  test('lists the removed CA, the clients it locks out, the new client, and the new findings', async () => {
    const root = repository(BASE, head);
    const { report, changes } = await changesOf(root, 'HEAD~1');
    const baseSha = execFileSync('git', ['rev-parse', 'HEAD~1'], { cwd: root }).toString().trim();
    expect(changes.base).toBe(baseSha);
    expect(changes.truststore.removed).toEqual([
      expect.objectContaining({ subject: 'O=Change Fixtures, CN=Issuing CA B', sha256: sha256Of('issuing-b') }),
    ]);
    expect(changes.truststore.added).toEqual([]);
    expect(changes.truststore.renewed).toEqual([]);
    expect(changes.clients).toEqual([
      {
        file: 'clients/b1.pem',
        subject: 'O=Change Fixtures, CN=client b1',
        before: 'accepted',
        after: 'refused',
        reasons: expect.arrayContaining(['O=Change Fixtures, CN=Issuing CA B was removed from the truststore.']),
      },
      {
        file: 'clients/outsider.pem',
        subject: 'O=Elsewhere, CN=outsider',
        before: 'absent',
        after: 'refused',
        reasons: expect.arrayContaining(['A new client file.']),
      },
    ]);
    expect(changes.unchangedClients).toBe(2);
    // The truststore's content changed: the deployed bundle must be replaced.
    expect(changes.bundles).toEqual([
      {
        files: ['truststore.pem'],
        before: expect.stringMatching(/^[0-9A-F]{64}$/),
        after: expect.stringMatching(/^[0-9A-F]{64}$/),
      },
    ]);

    const newFindings = report.findings.filter((finding) => finding.new).map((f) => [f.ruleId, f.file]);
    expect(newFindings).toEqual(
      expect.arrayContaining([
        ['issuer-not-found', 'clients/b1.pem'],
        ['issuer-not-found', 'clients/outsider.pem'],
      ]),
    );
    // The SHA-1 root was there before: an old finding, not a new one.
    const legacy = report.findings.find((f) => f.ruleId === 'insecure-signature-algorithm');
    expect(legacy).toMatchObject({ file: 'truststore.pem', new: false });
    expect(report.findings.filter((f) => f.file === 'clients/a1.pem' || f.file === 'clients/a2.pem')).toEqual([]);
    expect(report.summary.new).toEqual({ errors: newFindings.length, warnings: 0, notices: 0 });
  });

  test('the text report opens with the impact and the deploy step', async () => {
    const root = repository(BASE, head);
    const { stdout } = await check(root, '--base', 'HEAD~1');
    const [headline, ...rest] = stdout.split('\n');
    expect(headline).toBe(
      'This change refuses 1 client that is accepted today, adds 1 client the gateway would refuse, removes 1 CA from the truststore.',
    );
    expect(rest.join('\n')).toContain(
      'Refused from now on (403 Forbidden once the new truststore is deployed): clients/b1.pem.',
    );
    expect(rest.join('\n')).toMatch(/To deploy \(API Gateway\): upload the bundle as a new version of the S3 object/);
    expect(rest.join('\n')).toContain('$ aws apigateway update-domain-name');
  });

  test('against HEAD itself, nothing changed and nothing is new', async () => {
    const root = repository(BASE, head);
    const { report, changes } = await changesOf(root, 'HEAD');
    expect(changes.truststore).toEqual({ added: [], removed: [], renewed: [], unused: [LEGACY_ROOT_UNUSED] });
    expect(changes.clients).toEqual([]);
    expect(changes.bundles).toEqual([]);
    expect(report.findings.filter((finding) => finding.new)).toEqual([]);
    expect(report.summary.new).toEqual({ errors: 0, warnings: 0, notices: 0 });
  });
});

test('a renewed CA (same subject and key) is renewed, not removed and added', async () => {
  const renewedHead = {
    ...BASE,
    'truststore.pem': pem('issuing-a') + pem('issuing-b-renewed') + pem('root') + pem('legacy-sha1-root'),
  };
  const { changes } = await changesOf(repository(BASE, renewedHead), 'HEAD~1');
  expect(changes.truststore.removed).toEqual([]);
  expect(changes.truststore.added).toEqual([]);
  expect(changes.truststore.renewed).toEqual([
    {
      old: expect.objectContaining({ sha256: sha256Of('issuing-b'), notAfter: '2030-01-01T00:00:00.000Z' }),
      new: expect.objectContaining({ sha256: sha256Of('issuing-b-renewed'), notAfter: '2035-01-01T00:00:00.000Z' }),
    },
  ]);
  // The client under it is accepted at both sides.
  expect(changes.clients).toEqual([]);
});

test('reordering the blocks of a truststore changes nothing, not even its fingerprint', async () => {
  const reordered = {
    ...BASE,
    'truststore.pem': pem('legacy-sha1-root') + pem('root') + pem('issuing-b') + '\n' + pem('issuing-a'),
  };
  const { report, changes } = await changesOf(repository(BASE, reordered), 'HEAD~1');
  expect(changes.truststore).toEqual({ added: [], removed: [], renewed: [], unused: [LEGACY_ROOT_UNUSED] });
  expect(changes.bundles).toEqual([]);
  expect(changes.clients).toEqual([]);
  expect(report.findings.filter((finding) => finding.new)).toEqual([]);
});

test('a CA that no client chains through is listed as unused trust', async () => {
  const { changes } = await changesOf(repository(BASE), 'HEAD');
  // Issuing CA A and B and the root carry the clients; the SHA-1 root serves none.
  expect(changes.truststore.unused.map((ca) => ca.subject)).toEqual(['O=Change Fixtures, CN=Legacy SHA-1 Root']);
});

describe('--fail-on-new', () => {
  test('passes a change that adds nothing new to a repository with an old error, and fails one that adds an error', async () => {
    // The base already refuses one client: an old error.
    const indebted = { ...BASE, 'clients/old-outsider.pem': pem('outsider') };
    const quietRoot = repository(indebted, { ...indebted, 'clients/a3.pem': pem('client-a2') });
    expect((await check(quietRoot, '--base', 'HEAD~1')).code).toBe(1);
    expect((await check(quietRoot, '--base', 'HEAD~1', '--fail-on-new')).code).toBe(0);

    const noisy = { ...indebted, 'clients/outsider.pem': pem('outsider') };
    const noisyResult = await check(repository(indebted, noisy), '--base', 'HEAD~1', '--fail-on-new');
    expect(noisyResult.code).toBe(1);
    expect(noisyResult.stdout).toMatch(
      /error {4}\(new\) The client certificate O=Elsewhere, CN=outsider would be refused/,
    );
    expect(noisyResult.stdout).not.toMatch(/\(new\).*old-outsider/);
  });

  test('needs a base', async () => {
    const result = await check(repository(BASE), '--fail-on-new');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--fail-on-new needs --base REF');
  });
});

describe('a base that cannot be read', () => {
  test('an unknown ref is a usage error that says how to fetch it', async () => {
    const result = await check(repository(BASE), '--base', 'no-such-branch');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--base: "no-such-branch" is not a commit in this repository\. Fetch it first/);
  });

  test('a shallow clone without the base says it is shallow', async () => {
    const origin = repository(BASE, { ...BASE, 'clients/outsider.pem': pem('outsider') });
    const clone = mkdtempSync(path.join(tmpdir(), 'tsc-shallow-'));
    roots.push(clone);
    execFileSync('git', ['clone', '-q', '--depth=1', `file://${origin}`, clone], { env: GIT_ENV, stdio: 'pipe' });
    const result = await check(clone, '--base', 'HEAD~1');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('(the clone is shallow)');
    // The advice is a command git takes: run it, and the same check now has its base.
    const advised = /Fetch it first: `(git fetch [^`]+)`/.exec(result.stderr)?.[1];
    expect(advised).toBe('git fetch --deepen=1');
    execFileSync('sh', ['-c', advised!], { cwd: clone, env: GIT_ENV, stdio: 'pipe' });
    const again = await check(clone, '--base', 'HEAD~1');
    expect(again.stderr).toBe('');
    expect(again.code).toBe(1);
  });

  test('the fetch advice for a branch of the remote is a command git takes', async () => {
    const origin = repository(BASE, { ...BASE, 'clients/outsider.pem': pem('outsider') });
    execFileSync('git', ['branch', '-q', 'release', 'HEAD~1'], { cwd: origin, env: GIT_ENV, stdio: 'pipe' });
    const clone = mkdtempSync(path.join(tmpdir(), 'tsc-shallow-'));
    roots.push(clone);
    execFileSync('git', ['clone', '-q', '--depth=1', '--single-branch', `file://${origin}`, clone], {
      env: GIT_ENV,
      stdio: 'pipe',
    });
    const result = await check(clone, '--base', 'origin/release');
    const advised = /Fetch it first: `(git fetch [^`]+)`/.exec(result.stderr)?.[1];
    expect(advised).toBe('git fetch --depth=1 origin release:refs/remotes/origin/release');
    execFileSync('sh', ['-c', advised!], { cwd: clone, env: GIT_ENV, stdio: 'pipe' });
    expect((await check(clone, '--base', 'origin/release')).stderr).toBe('');
  });

  test('a folder outside git is a usage error', async () => {
    const plain = mkdtempSync(path.join(tmpdir(), 'tsc-nogit-'));
    writeFileSync(path.join(plain, 'truststore.pem'), pem('root'));
    mkdirSync(path.join(plain, 'clients'));
    writeFileSync(path.join(plain, 'clients/a1.pem'), pem('client-a1'));
    const result = await check(plain, '--base', 'HEAD');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not inside a git repository');
  });
});
