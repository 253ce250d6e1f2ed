import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Report } from '../../src/report/report.js';
import { CHECK_TIME, REPO, runCli } from '../helpers.js';

/**
 * Real-world certificate files through the CLI: the X.509 files of Debian's
 * python3-cryptography-vectors (about 1,700, many malformed or unusual) and
 * the system CA bundle. No crash, every file accounted for, the same result
 * twice, and counts equal to the checked-in ones (UPDATE_SWEEPS=1 rewrites
 * them, for a new package version).
 */
const VECTORS = '/usr/lib/python3/dist-packages/cryptography_vectors/x509';
const CA_BUNDLE_ROOT = '/etc/ssl/certs';
const EXPECTED_FILE = path.join(REPO, '__tests__/sweeps/expected.json');

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

const expected = JSON.parse(readFileSync(EXPECTED_FILE, 'utf8')) as Record<string, Counts>;
const actual: Record<string, Counts> = {};

afterAll(() => {
  if (process.env.UPDATE_SWEEPS === '1')
    writeFileSync(EXPECTED_FILE, `${JSON.stringify({ ...expected, ...actual }, null, 2)}\n`);
});

describe('real-world sweeps', () => {
  test('the packages are installed (.ci/run installs them)', () => {
    expect({
      vectors: existsSync(VECTORS),
      bundle: existsSync(path.join(CA_BUNDLE_ROOT, 'ca-certificates.crt')),
    }).toEqual({ vectors: true, bundle: true });
  });

  test("Debian's cryptography vectors: every file accounted for, stable, counts as checked in", async () => {
    const first = await sweep(VECTORS, ['--clients', '**/*']);
    const second = await sweep(VECTORS, ['--clients', '**/*']);
    expect(second).toEqual(first);
    expect(first.findings.filter((f) => f.ruleId === 'internal-error')).toEqual([]);
    // Each file read produced a certificate or a finding: nothing passed silently.
    const accounted = new Set([...first.certificates.map((c) => c.file), ...first.findings.map((f) => f.file)]);
    expect(accounted.size).toBe(first.summary.files);
    actual.debianVectors = counts(first, packageVersion('python3-cryptography-vectors'));
    expect(actual.debianVectors).toEqual(expected.debianVectors);
  });

  test('the system CA bundle as a truststore: every certificate read, stable, counts as checked in', async () => {
    const first = await sweep(CA_BUNDLE_ROOT, ['--truststore', 'ca-certificates.crt']);
    const second = await sweep(CA_BUNDLE_ROOT, ['--truststore', 'ca-certificates.crt']);
    expect(second).toEqual(first);
    const blocks = (
      readFileSync(path.join(CA_BUNDLE_ROOT, 'ca-certificates.crt'), 'utf8').match(/-----BEGIN CERTIFICATE-----/g) ?? []
    ).length;
    expect(first.summary.certificates).toBe(blocks);
    actual.caBundle = counts(first, packageVersion('ca-certificates'));
    expect(actual.caBundle).toEqual(expected.caBundle);
  });
});
