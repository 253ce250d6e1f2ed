import { mkdtemp, writeFile, readFile, mkdir, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import type { Report } from '../src/report/report.js';
import { CHECK_TIME, CLI, FIXTURES, runCli } from './helpers.js';

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

  describe('--fix', () => {
    const pem = (name: string) => readFile(path.join(FIXTURES, 'changes', `${name}.pem`), 'utf8');

    test('makes every mechanical fix and reports what is left', async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'tsc-fix-'));
      const root = await pem('root');
      const issuingA = await pem('issuing-a');
      const issuingB = await pem('issuing-b');
      const a1 = await pem('client-a1');
      const b1 = await pem('client-b1');
      await mkdir(path.join(dir, 'clients'));
      // A text dump and a repeated block; a client written CA first; one whose CA is missing from the truststore.
      await writeFile(path.join(dir, 'truststore.pem'), `Certificate:\n    Data:\n${issuingA}\n${issuingA}${root}`);
      await writeFile(path.join(dir, 'clients/a1.pem'), issuingA + a1);
      await writeFile(path.join(dir, 'clients/b1.pem'), b1 + issuingB);
      const args = [dir, '--at', CHECK_TIME, '--truststore', 'truststore.pem', '--clients', 'clients/*.pem'];
      const before = JSON.parse((await runCli([...args, '--format', 'json'])).stdout) as { findings: unknown[] };
      expect(before.findings.length).toBeGreaterThanOrEqual(4);

      const result = await runCli([...args, '--fix']);
      expect(result.stderr).toMatch(
        /^truststore-check: fixed \d+ problems in 2 files \(clients\/a1\.pem, truststore\.pem\)\.\n$/,
      );
      expect(result.stdout).toMatch(/^✔ No problems/);
      expect(result.code).toBe(0);
      // The blank line stays: API Gateway accepts it, so nothing reports it.
      expect(await readFile(path.join(dir, 'truststore.pem'), 'utf8')).toBe(`${issuingA}\n${root}${issuingB}`);
      expect(await readFile(path.join(dir, 'clients/a1.pem'), 'utf8')).toBe(a1 + issuingA);
      // Nothing left to fix: a second run changes nothing.
      expect((await runCli([...args, '--fix'])).stderr).toBe('truststore-check: fixed 0 problems in 0 files.\n');
    });

    test('fixes that overlap are made in rounds, each after a fresh check', async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'tsc-fix-'));
      const root = await pem('root');
      const issuingA = await pem('issuing-a');
      // For a load balancer: the blank lines' fix spans the whole file, the repeated block waits for the next round.
      // Written with CRLF, which the fixed file keeps.
      const crlf = (text: string) => text.replace(/\n/g, '\r\n');
      await writeFile(path.join(dir, 'truststore.pem'), crlf(`\n${issuingA}${issuingA}${root}\n`));
      const args = [dir, '--at', CHECK_TIME, '--profile', 'aws-alb', '--truststore', 'truststore.pem', '--fix'];
      const result = await runCli(args);
      expect(result.stderr).toBe('truststore-check: fixed 2 problems in 1 file (truststore.pem).\n');
      expect(result.code).toBe(0);
      expect(await readFile(path.join(dir, 'truststore.pem'), 'utf8')).toBe(crlf(issuingA + root));
    });

    test('a byte-order mark: the root is read, no client is refused, and --fix keeps every certificate', async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'tsc-fix-'));
      const bundle = await readFile(path.join(FIXTURES, 'reader/bom.pem'));
      await writeFile(path.join(dir, 'truststore.pem'), bundle);
      await mkdir(path.join(dir, 'clients'));
      await writeFile(
        path.join(dir, 'clients/client.pem'),
        await readFile(path.join(FIXTURES, 'clients/client-rsa2048.pem')),
      );
      const args = [dir, '--at', CHECK_TIME, '--truststore', 'truststore.pem', '--clients', 'clients/*.pem'];
      const report = (profile: string) =>
        runCli([...args, '--profile', profile, '--format', 'json']).then(
          (result) => JSON.parse(result.stdout) as Report,
        );
      // As OpenSSL reads it: both certificates, the client accepted; under OpenSSL itself nothing is wrong.
      const openssl = await report('openssl');
      expect(openssl.certificates.filter((c) => c.role === 'truststore')).toHaveLength(2);
      expect(openssl.chains.map((chain) => chain.accepted)).toEqual([true]);
      expect(openssl.findings.filter((f) => f.severity === 'error')).toEqual([]);
      // API Gateway's reader is not documented, and Go's misses the root: an error, but no client refused for it.
      const before = await report('aws-api-gateway');
      expect(before.chains.map((chain) => chain.accepted)).toEqual([true]);
      expect(before.findings.map((f) => f.ruleId)).toEqual(['readers-disagree']);
      const fixed = await runCli([...args, '--fix']);
      expect(fixed.stderr).toBe('truststore-check: fixed 1 problem in 1 file (truststore.pem).\n');
      expect(fixed.code).toBe(0);
      const after = await report('aws-api-gateway');
      expect(after.findings).toEqual([]);
      expect(after.certificates.map((c) => c.sha256)).toEqual(before.certificates.map((c) => c.sha256));
      expect(await readFile(path.join(dir, 'truststore.pem'), 'latin1')).toBe(bundle.subarray(3).toString('latin1'));
    });

    test('CRLF line ends read as OpenSSL reads them: no finding, no refusal', async () => {
      const report = JSON.parse(
        (
          await runCli([
            '--at',
            CHECK_TIME,
            '--truststore',
            'reader/crlf.pem',
            '--clients',
            'clients/client-rsa2048.pem',
            '--format',
            'json',
          ])
        ).stdout,
      ) as Report;
      expect(report.findings).toEqual([]);
      expect(report.chains.map((chain) => chain.accepted)).toEqual([true]);
    });

    test('never writes through a link', async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'tsc-fix-'));
      const outside = await mkdtemp(path.join(tmpdir(), 'tsc-fix-outside-'));
      const root = await pem('root');
      await writeFile(path.join(outside, 'bundle.pem'), root + root);
      await symlink(path.join(outside, 'bundle.pem'), path.join(dir, 'truststore.pem'));
      const result = await runCli([dir, '--at', CHECK_TIME, '--truststore', 'truststore.pem', '--fix']);
      expect(result.stderr).toMatch(/fixed 0 problems in 0 files/);
      expect(await readFile(path.join(outside, 'bundle.pem'), 'utf8')).toBe(root + root);
    });
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

  test('a reader that closes the pipe early (| head -1) ends the command quietly', async () => {
    // A real pipe to a real head, as a user types it; pipefail gives the command's own status.
    const child = spawn('bash', ['-c', 'set -o pipefail; "$0" "$1" --list-rules | head -1', process.execPath, CLI], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect({ stdout, stderr, code }).toEqual({ stdout: '# Rules\n', stderr: '', code: 141 });
  });
});

function __dirname_fixtures(): string {
  return path.join(process.cwd(), '__tests__', 'fixtures');
}
