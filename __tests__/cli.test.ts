import { mkdtemp, writeFile, readFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHECK_TIME, runCli } from './helpers.js';

/** The bundled CLI, run as a process the way users and CI run it. */
describe('truststore-check CLI', () => {
  const base = ['--at', CHECK_TIME, '--truststore', 'truststores/standard.pem'];

  test('exit 0 and a short all-clear when nothing is wrong', async () => {
    const result = await runCli([...base, '--clients', 'clients/client-p256.pem']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^✔ No problems in 2 files, 5 certificates\.\n {2}Clients \(aws-api-gateway\): 1 accepted, 0 refused\.\n$/,
    );
  });

  test('exit 1 with findings grouped by file, ESLint style', async () => {
    const result = await runCli([
      ...base,
      '--clients',
      'clients/client-sha1.pem',
      '--clients',
      'clients/client-rsa1024.pem',
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('clients/client-rsa1024.pem\n  1-18  error    ');
    expect(result.stdout).toMatch(/weak-key\n/);
    expect(result.stdout).toMatch(/✖ 2 problems \(2 errors, 0 warnings, 0 notices\) in 3 files/);
  });

  test('a finding with a mechanical fix says what it does and where', async () => {
    const result = await runCli(['--at', CHECK_TIME, '--truststore', 'truststores/duplicate.pem']);
    expect(result.stdout).toMatch(/duplicate-certificate\n +fix: Remove the repeated block\. \(lines \d+-\d+\)\n/);
  });

  test('JSON report has the documented shape', async () => {
    const result = await runCli([...base, '--clients', 'clients/client-expiring.pem', '--format', 'json']);
    expect(result.code).toBe(0); // a warning does not fail under the default --fail-on error
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual([
      'version',
      'profile',
      'targets',
      'summary',
      'findings',
      'certificates',
      'chains',
      'suppressed',
    ]);
    expect(report.version).toBe(1);
    expect(report.profile).toEqual({ id: 'aws-api-gateway', name: expect.stringContaining('Amazon API Gateway') });
    expect(report.summary).toEqual({
      errors: 0,
      warnings: 1,
      notices: 0,
      files: 2,
      certificates: 5,
      clients: { accepted: 1, refused: 0 },
    });
    expect(report.findings[0]).toEqual({
      ruleId: 'certificate-expiring-soon',
      severity: 'warning',
      message: expect.stringContaining('expires in 17 days'),
      file: 'clients/client-expiring.pem',
      line: 1,
      endLine: 12,
      certificate: {
        subject: 'O=Fixture Clients, CN=client-expiring',
        sha256: expect.stringMatching(/^[0-9A-F]{64}$/),
      },
      remedy: expect.stringContaining('Renew the certificate'),
    });
    expect(report.chains[0]).toMatchObject({ file: 'clients/client-expiring.pem', accepted: true, valid: true });
  });

  test('SARIF output names each rule and points at the file and line', async () => {
    const result = await runCli([...base, '--clients', 'clients/client-sha1.pem', '--format', 'sarif']);
    expect(result.code).toBe(1);
    const sarif = JSON.parse(result.stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results).toEqual([
      expect.objectContaining({
        ruleId: 'insecure-signature-algorithm',
        level: 'error',
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'clients/client-sha1.pem', uriBaseId: '%SRCROOT%' },
              region: { startLine: 1, endLine: 20 },
            },
          },
        ],
      }),
    ]);
  });

  test('--fail-on warning fails on a warning; --fail-on never never fails', async () => {
    const args = [...base, '--clients', 'clients/client-expiring.pem'];
    expect((await runCli([...args, '--fail-on', 'warning'])).code).toBe(1);
    expect((await runCli([...args, '--clients', 'clients/client-sha1.pem', '--fail-on', 'never'])).code).toBe(0);
  });

  test('--output writes the JSON report beside the text output', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tsc-out-'));
    const output = path.join(dir, 'report.json');
    const result = await runCli([...base, '--output', output]);
    expect(result.code).toBe(0);
    expect(JSON.parse(await readFile(output, 'utf8')).summary.certificates).toBe(4);
  });

  test.each([
    [['--format', 'xml'], /--format: "xml" is not one of text, json, sarif/],
    [['--fail-on', 'sometimes'], /fail-on: "sometimes" is not one of error, warning, never/],
    [['--expiry-warning-days', 'ten'], /not a whole number of days/],
    [['--at', 'yesterday'], /not an ISO time/],
    [['--profile', 'azure'], /unknown profile "azure"/],
    [['--clients', 'nothing/*.pem'], /"nothing\/\*\.pem" matches no file/],
    [['--clients', '../*.pem'], /reaches outside the repository root/],
    [['--clients', '/etc/*.pem'], /is absolute/],
    [['--bogus'], /Unknown option '--bogus'/],
    [['--config', 'missing.yml'], /cannot read configuration/],
  ])('usage error %j exits 2 with a clear message', async (args, message) => {
    const result = await runCli([...base, ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  test('no globs at all is a usage error, not a silent pass', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tsc-empty-'));
    const result = await runCli([dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/nothing to check/);
  });

  test('--help and --version', async () => {
    expect((await runCli(['--help'])).stdout).toMatch(/Usage: truststore-check/);
    const pkg = JSON.parse(await readFile(path.join(process.cwd(), 'package.json'), 'utf8'));
    expect((await runCli(['--version'])).stdout.trim()).toBe(pkg.version);
  });

  test('reads .truststore-check.yml from the root', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'tsc-config-'));
    await mkdir(path.join(root, 'certs'));
    await writeFile(
      path.join(root, 'certs/truststore.pem'),
      await readFile(path.join(__dirname_fixtures(), 'truststores/standard.pem')),
    );
    await writeFile(
      path.join(root, 'certs/client.pem'),
      await readFile(path.join(__dirname_fixtures(), 'clients/client-expiring.pem')),
    );
    await writeFile(
      path.join(root, '.truststore-check.yml'),
      'truststore: certs/truststore.pem\nclients: ["certs/client.pem"]\nfail-on: warning\n',
    );
    const result = await runCli([root, '--at', CHECK_TIME]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/certificate-expiring-soon/);
  });
});

function __dirname_fixtures(): string {
  return path.join(process.cwd(), '__tests__', 'fixtures');
}
