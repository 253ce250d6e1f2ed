import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO } from '../helpers.js';

const run = promisify(execFile);

/**
 * The hook in .pre-commit-hooks.yaml, run by the real `pre-commit` tool
 * (Debian package `pre-commit`) against a repository holding examples/: it
 * installs this repository as the hook and must fail the commit on the
 * examples' errors, then pass once the offending files are gone.
 */
describe('pre-commit hook', () => {
  let work: string;
  let hookRepo: string;
  let userRepo: string;
  const git = (cwd: string, ...args: string[]) =>
    run('git', ['-c', 'user.email=ci@example.invalid', '-c', 'user.name=ci', ...args], { cwd });

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'tsc-pre-commit-'));
    // pre-commit installs a hook from a git repository's HEAD: commit the working tree as it is into a copy.
    hookRepo = path.join(work, 'hook');
    await run('git', ['clone', '--quiet', '--no-hardlinks', REPO, hookRepo]);
    for (const item of ['.pre-commit-hooks.yaml', 'package.json', 'dist']) {
      await cp(path.join(REPO, item), path.join(hookRepo, item), { recursive: true });
    }
    await git(hookRepo, 'add', '-A');
    await git(hookRepo, 'commit', '--quiet', '--allow-empty', '-m', 'working tree');
    userRepo = path.join(work, 'user');
    await cp(path.join(REPO, 'examples'), userRepo, { recursive: true });
    await git(userRepo, 'init', '--quiet');
    await git(userRepo, 'add', '-A');
    await git(userRepo, 'commit', '--quiet', '-m', 'certificates');
  }, 60_000);

  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  const tryRepo = () =>
    run('pre-commit', ['try-repo', hookRepo, 'truststore-check', '--all-files'], {
      cwd: userRepo,
      env: { ...process.env, PRE_COMMIT_HOME: path.join(work, 'cache') },
    }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );

  test('fails on the errors in examples/, naming the rules', async () => {
    const result = await tryRepo();
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('truststore-check....');
    expect(result.stdout).toMatch(/insecure-signature-algorithm/);
  }, 180_000);

  test('passes once the failing client files are removed', async () => {
    for (const file of ['legacy-billing.pem', 'new-partner.pem', 'old-partner.pem']) {
      await git(userRepo, 'rm', '--quiet', `clients/${file}`);
    }
    await git(userRepo, 'commit', '--quiet', '-m', 'drop failing clients');
    const result = await tryRepo();
    expect(result.stdout).toMatch(/truststore-check\.+Passed/);
    expect(result.code).toBe(0);
  }, 180_000);
});
