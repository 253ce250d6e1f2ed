import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkInParts } from '../src/batches/check-in-parts.js';
import { splitIntoParts } from '../src/batches/parts.js';
import { resolveSettings } from '../src/config/load.js';
import type { SettingsOverrides } from '../src/config/settings.js';
import { checkInventory, inventoryRequest } from '../src/engine.js';
import { buildInventory, planInventory } from '../src/inventory/inventory.js';
import { promisify } from 'node:util';
import { CHECK_TIME, FIXTURES, REPO, runCli } from './helpers.js';

/** Repositories as varied as the fixtures allow: every kind of file, CRLs, keys beside certificates, several bundles. */
const REPOSITORIES: Array<{ name: string; overrides: SettingsOverrides }> = [
  {
    name: 'every client fixture, API Gateway',
    overrides: {
      truststore: ['truststores/standard.pem'],
      clients: ['clients/**', 'chains/**', 'keys/**', 'files/**', 'hostile/**'],
    },
  },
  {
    name: 'NGINX with CRLs',
    overrides: {
      truststore: ['truststores/standard.pem'],
      clients: ['clients/**', 'chains/**'],
      crls: ['crls/*'],
      profile: 'nginx',
    },
  },
  {
    name: 'load balancer with CRLs, one bundle of several files',
    overrides: {
      truststore: ['truststores/split/*'],
      bundle: true,
      clients: ['clients/**', 'chains/**', 'changes/*'],
      crls: ['crls/*'],
      profile: 'aws-alb',
    },
  },
  {
    // Not the thousand-certificate ones: they only make the test slow. with-crl.pem holds a CRL, so it reaches the
    // workers as bytes where the others reach them parsed.
    name: 'most truststore fixtures, each its own truststore',
    overrides: {
      truststore: ['truststores/*.der', 'truststores/[b-c]*.pem', 'truststores/[e-r]*.pem', 'truststores/with-crl.pem'],
      clients: ['clients/**', 'keys/**'],
    },
  },
  {
    name: 'Envoy, truststore and clients sharing a folder',
    overrides: { truststore: ['changes/root.pem', 'changes/issuing-*.pem'], clients: ['changes/**'], profile: 'envoy' },
  },
];

function cliArguments(overrides: SettingsOverrides): string[] {
  const repeat = (flag: string, values: string[] = []) => values.flatMap((value) => [flag, value]);
  return [
    ...repeat('--truststore', overrides.truststore),
    ...repeat('--clients', overrides.clients),
    ...repeat('--crls', overrides.crls),
    ...(overrides.bundle ? ['--bundle'] : []),
    ...(overrides.profile ? ['--profile', overrides.profile] : []),
    ...['--at', CHECK_TIME, '--format', 'json', '--fail-on', 'never'],
  ];
}

describe('splitting an inventory into parts', () => {
  const file = (path: string, role: 'truststore' | 'client' | 'crl' | 'key') => ({ path, role });

  it('puts truststores and CRLs first, a key with its certificate, and at most the size otherwise', () => {
    const files = [
      file('ca.pem', 'truststore'),
      file('a.pem', 'client'),
      file('b.pem', 'client'),
      file('c.pem', 'client'),
      file('ca.crl', 'crl'),
      file('b.key', 'key'),
      file('ca.key', 'key'),
    ];
    expect(splitIntoParts(files, 2)).toEqual([[0, 4, 6], [1], [2, 5], [3]]);
    expect(splitIntoParts(files, 3)).toEqual([[0, 4, 6], [1, 2, 5], [3]]);
    expect(splitIntoParts(files, Infinity)).toEqual([
      [0, 4, 6],
      [1, 2, 3, 5],
    ]);
  });

  it('keeps a group whole even past the size, and always has a first part', () => {
    const files = [file('x.pem', 'client'), file('x.crt', 'client'), file('x.key', 'key')];
    expect(splitIntoParts(files, 1)).toEqual([[], [0, 1, 2]]);
  });
});

describe('a check in parts', () => {
  it.each(REPOSITORIES)('makes the single pass’s report, one file a part ($name)', async ({ overrides }) => {
    const settings = await resolveSettings(FIXTURES, { at: CHECK_TIME, ...overrides });
    for (const target of settings.targets) {
      const request = inventoryRequest(settings, target);
      const { at, expiryWarningDays, severities, suppressions } = settings;
      const options = { at, expiryWarningDays, severities, suppressions, profile: target.profile, target: target.name };
      const whole = checkInventory(buildInventory(request), options);
      const parts = checkInParts(planInventory(request), options, { threads: 1, partSize: 1 });
      expect(parts.chains.length).toBeGreaterThan(3);
      expect(parts).toEqual(whole);
    }
  });
});

describe('worker threads', () => {
  const threads = (count: number) => ({
    env: { ...process.env, GITHUB_ACTIONS: '', TRUSTSTORE_CHECK_THREADS: `${count}` },
  });

  it.each(REPOSITORIES)('give the report of one thread, byte for byte ($name)', async ({ overrides }) => {
    const alone = await runCli(cliArguments(overrides), threads(1));
    const spread = await runCli(cliArguments(overrides), threads(3));
    expect(alone.code).toBe(0);
    expect(alone.stderr).toMatch(/judged here: \d+, by 0 workers/);
    // Both workers judged parts: the comparison is not between two single-threaded runs.
    expect(spread.stderr).toMatch(/by 2 workers: [1-9]\d*, [1-9]\d*/);
    expect(spread.code).toBe(0);
    expect(spread.stdout).toBe(alone.stdout);
    expect(JSON.parse(spread.stdout).chains.length).toBeGreaterThan(3);
  });

  it('give the report of one thread when the caller only coordinates', async () => {
    const { overrides } = REPOSITORIES[1]!;
    const alone = await runCli(cliArguments(overrides), threads(1));
    const coordinated = await runCli(cliArguments(overrides), {
      env: { ...threads(2).env, TRUSTSTORE_CHECK_COORDINATE: '1' },
    });
    expect(coordinated.stderr).toMatch(/judged here: 0, by 2 workers: [1-9]\d*, [1-9]\d*/);
    expect(coordinated.stdout).toBe(alone.stdout);
  });

  it('give the report of one thread for a change, the base read from git', async () => {
    const repository = mkdtempSync(path.join(os.tmpdir(), 'tsc-batches-'));
    try {
      cpSync(FIXTURES, repository, { recursive: true });
      const git = (...args: string[]) =>
        execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], {
          cwd: repository,
          stdio: 'ignore',
        });
      git('init', '-q');
      git('add', '-A');
      git('commit', '-qm', 'base');
      // The change: a client removed, another added, and the truststore loses a CA.
      unlinkSync(path.join(repository, 'clients', 'client-expired.pem'));
      cpSync(path.join(repository, 'changes', 'client-b1.pem'), path.join(repository, 'clients', 'client-new.pem'));
      writeFileSync(path.join(repository, 'truststores', 'standard.pem'), '');
      const args = [
        ...cliArguments({ truststore: ['truststores/standard.pem'], clients: ['clients/**', 'chains/**'] }),
        '--base',
        'HEAD',
      ];
      const alone = await runCli(args, { cwd: repository, ...threads(1) });
      const spread = await runCli(args, { cwd: repository, ...threads(3) });
      expect(spread.stderr).toMatch(/by 2 workers: [1-9]\d*, [1-9]\d*/);
      expect(spread.stdout).toBe(alone.stdout);
      expect(JSON.parse(spread.stdout).changes.clients.length).toBeGreaterThan(3);
    } finally {
      rmSync(repository, { recursive: true, force: true });
    }
  });

  it('run from the action’s bundle too, which finds its own copy of the worker', async () => {
    const examples = path.join(REPO, 'examples');
    const runnerTemp = mkdtempSync(path.join(os.tmpdir(), 'tsc-batches-action-'));
    try {
      const { stderr } = await promisify(execFile)(process.execPath, [path.join(REPO, 'dist', 'index.js')], {
        cwd: examples,
        env: {
          PATH: process.env.PATH,
          GITHUB_WORKSPACE: examples,
          'INPUT_FAIL-ON': 'never',
          RUNNER_TEMP: runnerTemp,
          TRUSTSTORE_CHECK_THREADS: '2',
        },
      });
      expect(stderr).toMatch(/by 1 workers: [1-9]/);
    } finally {
      rmSync(runnerTemp, { recursive: true, force: true });
    }
  });
});
