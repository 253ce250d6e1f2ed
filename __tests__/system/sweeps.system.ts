import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Report } from '../../src/report/report.js';
import { CHECK_TIME, REPO, runCli } from '../helpers.js';

/**
 * Real-world certificate files through the CLI: the X.509 files of Debian's
 * python3-cryptography-vectors (about 1,700, many malformed or unusual) and
 * the system CA bundle. Not part of `npm test` (they need system packages):
 * `npm run test:system`, which .ci/run runs after installing them.
 *
 * What must hold on any distribution: no crash, every file accounted for,
 * the same result twice. The counts are recorded per package version; where
 * the installed version has a record, the counts must equal it (a change in
 * behaviour shows up here), and a version without one is recorded with
 * UPDATE_SWEEPS=1.
 */
const VECTORS = '/usr/lib/python3/dist-packages/cryptography_vectors/x509';
const CA_BUNDLE_ROOT = '/etc/ssl/certs';
const EXPECTED_FILE = path.join(REPO, '__tests__/system/sweeps-expected.json');

function packageVersion(name: string): string {
  return execFileSync('dpkg-query', ['-W', '-f', '${Version}', name], { encoding: 'utf8' }).trim();
}

interface Counts {
  packageVersion: string;
  files: number;
  filesWithCertificates: number;
  certificates: number;
  findings: Record<string, number>;
}

function counts(report: Report, version: string): Counts {
  const findings: Record<string, number> = {};
  for (const finding of report.findings) findings[finding.ruleId] = (findings[finding.ruleId] ?? 0) + 1;
  return {
    packageVersion: version,
    files: report.summary.files,
    filesWithCertificates: new Set(report.certificates.map((c) => c.file)).size,
    certificates: report.summary.certificates,
    findings: Object.fromEntries(Object.entries(findings).sort()),
  };
}

async function sweep(root: string, args: string[]): Promise<Report> {
  const result = await runCli([root, '--at', CHECK_TIME, '--format', 'json', '--fail-on', 'never', ...args]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Report;
}

type Recorded = Record<string, Record<string, Counts>>;
const expected = JSON.parse(readFileSync(EXPECTED_FILE, 'utf8')) as Recorded;
const actual: Recorded = {};

/** Compares with the record for this package version, when there is one; otherwise only records. */
function expectRecorded(sweepName: string, measured: Counts): void {
  actual[sweepName] = { ...expected[sweepName], [measured.packageVersion]: measured };
  const recorded = expected[sweepName]?.[measured.packageVersion];
  if (recorded) expect(measured).toEqual(recorded);
  else console.log(`${sweepName}: no record for version ${measured.packageVersion}; UPDATE_SWEEPS=1 records`, measured);
}

afterAll(() => {
  if (process.env.UPDATE_SWEEPS === '1')
    writeFileSync(EXPECTED_FILE, `${JSON.stringify({ ...expected, ...actual }, null, 2)}\n`);
});

describe('real-world sweeps', () => {
  test('the packages are installed (apt-get install python3-cryptography-vectors ca-certificates)', () => {
    expect({
      vectors: existsSync(VECTORS),
      bundle: existsSync(path.join(CA_BUNDLE_ROOT, 'ca-certificates.crt')),
    }).toEqual({ vectors: true, bundle: true });
  });

  test("Debian's cryptography vectors: every file accounted for, stable, counts as recorded for the version", async () => {
    // Clients need a truststore to be judged against: the repository's standard fixture, beside a copy of the vectors.
    const root = mkdtempSync(path.join(tmpdir(), 'tsc-vectors-'));
    cpSync(VECTORS, path.join(root, 'vectors'), { recursive: true });
    cpSync(path.join(REPO, '__tests__/fixtures/truststores/standard.pem'), path.join(root, 'truststore.pem'));
    const args = ['--truststore', 'truststore.pem', '--clients', 'vectors/**/*'];
    const first = await sweep(root, args);
    const second = await sweep(root, args);
    rmSync(root, { recursive: true, force: true });
    expect(second).toEqual(first);
    expect(first.findings.filter((f) => f.ruleId === 'internal-error')).toEqual([]);
    // Each file read produced a certificate or a finding: nothing passed silently.
    const accounted = new Set([...first.certificates.map((c) => c.file), ...first.findings.map((f) => f.file)]);
    expect(accounted.size).toBe(first.summary.files);
    expectRecorded('debianVectors', counts(first, packageVersion('python3-cryptography-vectors')));
  });

  test('the system CA bundle as a truststore: every certificate read, stable, counts as recorded for the version', async () => {
    const first = await sweep(CA_BUNDLE_ROOT, ['--truststore', 'ca-certificates.crt']);
    const second = await sweep(CA_BUNDLE_ROOT, ['--truststore', 'ca-certificates.crt']);
    expect(second).toEqual(first);
    const blocks = (
      readFileSync(path.join(CA_BUNDLE_ROOT, 'ca-certificates.crt'), 'utf8').match(/-----BEGIN CERTIFICATE-----/g) ?? []
    ).length;
    expect(first.summary.certificates).toBe(blocks);
    expectRecorded('caBundle', counts(first, packageVersion('ca-certificates')));
  });
});
