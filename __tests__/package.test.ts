import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO } from './helpers.js';

const run = promisify(execFile);
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/**
 * The CLI as a user gets it: `npm pack`, the tarball installed into an empty
 * folder (offline: everything it runs is bundled, so it has no dependencies),
 * then run through `npx` from there.
 */
describe('the packed npm package', () => {
  let work: string;
  let project: string;
  let installWarnings: string;

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'tsc-pack-'));
    // The tarball is the committed dist/: nothing to run while packing.
    const { stdout } = await run(NPM, ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
      cwd: REPO,
    });
    const { filename } = (JSON.parse(stdout) as Array<{ filename: string }>)[0]!;
    project = path.join(work, 'project');
    await cp(path.join(REPO, 'examples'), path.join(project, 'examples'), { recursive: true });
    await run(NPM, ['init', '-y'], { cwd: project });
    const install = await run(NPM, ['install', '--offline', '--no-audit', '--no-fund', path.join(work, filename)], {
      cwd: project,
    });
    installWarnings = install.stderr;
  }, 120_000);

  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  test('declares no dependencies: the bundle carries what it runs', async () => {
    const installed = JSON.parse(
      await readFile(path.join(project, 'node_modules/truststore-check/package.json'), 'utf8'),
    ) as { dependencies?: Record<string, string> };
    expect(Object.keys(installed.dependencies ?? {})).toEqual([]);
  });

  test('installs cleanly: no install script to approve, no engine warning on this Node', async () => {
    const installed = JSON.parse(
      await readFile(path.join(project, 'node_modules/truststore-check/package.json'), 'utf8'),
    ) as { scripts?: Record<string, string>; engines: { node: string } };
    const lifecycle = ['preinstall', 'install', 'postinstall', 'prepare'];
    expect(Object.keys(installed.scripts ?? {}).filter((name) => lifecycle.includes(name))).toEqual([]);
    expect(installed.engines.node).toBe('>=20');
    expect(installWarnings).not.toMatch(/EBADENGINE|install-scripts|deprecated/);
  });

  test('npx truststore-check --help and --version work from the installed package', async () => {
    const help = await run(NPX, ['--no-install', 'truststore-check', '--help'], { cwd: project });
    expect(help.stdout).toMatch(/^Usage: truststore-check/);
    const version = await run(NPX, ['--no-install', 'truststore-check', '--version'], { cwd: project });
    const pkg = JSON.parse(await readFile(path.join(REPO, 'package.json'), 'utf8')) as { version: string };
    expect(version.stdout.trim()).toBe(pkg.version);
  });

  test('the installed command checks a repository and exits 1 on its errors', async () => {
    const result = await run(NPX, ['--no-install', 'truststore-check', 'examples', '--format', 'json'], {
      cwd: project,
    }).then(
      () => ({ code: 0, stdout: '' }),
      (error: { code: number; stdout: string }) => error,
    );
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { summary: { errors: number; certificates: number } };
    expect(report.summary.errors).toBeGreaterThan(0);
    expect(report.summary.certificates).toBeGreaterThan(0);
  });
});
