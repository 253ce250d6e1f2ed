import { mkdtemp, copyFile, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Report } from '../src/report/report.js';
import { FIXTURES, runCli } from './helpers.js';

/** A repository that feeds two gateways: an API Gateway domain and an Application Load Balancer. */
async function twoTargets(config: string): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'tsc-targets-'));
  await mkdir(path.join(root, 'certs/clients'), { recursive: true });
  await copyFile(path.join(FIXTURES, 'truststores/standard.pem'), path.join(root, 'certs/api.pem'));
  await copyFile(path.join(FIXTURES, 'profiles/blank-line.pem'), path.join(root, 'certs/alb.pem'));
  await copyFile(path.join(FIXTURES, 'profiles/client-rsa8192.pem'), path.join(root, 'certs/clients/big.pem'));
  await copyFile(path.join(FIXTURES, 'clients/client-sha1.pem'), path.join(root, 'certs/clients/sha1.pem'));
  await writeFile(path.join(root, '.truststore-check.yml'), config);
  return root;
}

const TARGETS = [
  'targets:',
  '  - name: api',
  '    truststore: certs/api.pem',
  '    clients: certs/clients/*.pem',
  '  - name: lb',
  '    profile: aws-alb',
  '    truststore: certs/alb.pem',
  '    clients: certs/clients/*.pem',
  '',
].join('\n');

describe('several targets in one repository', () => {
  test('JSON: every finding, chain and certificate names its target; counts per target', async () => {
    const root = await twoTargets(TARGETS);
    const result = await runCli(['--format', 'json', '--at', '2026-01-15'], { cwd: root });
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as Report;
    expect(report.targets.map((target) => [target.name, target.profile.id])).toEqual([
      ['api', 'aws-api-gateway'],
      ['lb', 'aws-alb'],
    ]);
    expect(report.chains.map((chain) => `${chain.target}:${chain.file}:${chain.accepted}`).sort()).toEqual([
      // RSA-8192: API Gateway takes it (RSA-2048 or stronger), and so does the load balancer (up to 8192).
      'api:certs/clients/big.pem:true',
      'api:certs/clients/sha1.pem:false',
      'lb:certs/clients/big.pem:true',
      'lb:certs/clients/sha1.pem:false',
    ]);
    expect(report.findings.map((finding) => `${finding.target}:${finding.ruleId}:${finding.file}`).sort()).toEqual([
      'api:insecure-signature-algorithm:certs/clients/sha1.pem',
      'lb:insecure-signature-algorithm:certs/clients/sha1.pem',
      'lb:truststore-format:certs/alb.pem',
    ]);
    const lb = report.targets.find((target) => target.name === 'lb')!;
    expect(lb.summary).toMatchObject({ errors: 2, clients: { accepted: 1, refused: 1 } });
    expect(report.summary).toMatchObject({ errors: 3, clients: { accepted: 2, refused: 2 } });
    expect(
      report.certificates.every((certificate) => certificate.target === 'api' || certificate.target === 'lb'),
    ).toBe(true);
  });

  test('text: findings grouped under each target, a client line per target', async () => {
    const root = await twoTargets(TARGETS);
    const result = await runCli(['--at', '2026-01-15'], { cwd: root });
    expect(result.code).toBe(1);
    const api = result.stdout.indexOf('== api (aws-api-gateway) ==');
    const lb = result.stdout.indexOf('== lb (aws-alb) ==');
    expect(api).toBeGreaterThanOrEqual(0);
    expect(lb).toBeGreaterThan(api);
    expect(result.stdout.slice(lb)).toMatch(/Blank line: Application Load Balancer refuses/);
    expect(result.stdout).toContain('Clients (api (aws-api-gateway)): 1 accepted, 1 refused.');
    expect(result.stdout).toContain('Clients (lb (aws-alb)): 1 accepted, 1 refused.');
  });

  test('SARIF: each result names its target in its message and properties, with its own fingerprint', async () => {
    const root = await twoTargets(TARGETS);
    const result = await runCli(['--format', 'sarif', '--at', '2026-01-15'], { cwd: root });
    const results = JSON.parse(result.stdout).runs[0].results as Array<{
      message: { text: string };
      properties?: { target?: string };
      partialFingerprints: Record<string, string>;
    }>;
    expect(results.map((r) => r.properties?.target).sort()).toEqual(['api', 'lb', 'lb']);
    for (const r of results) expect(r.message.text).toMatch(/^\[(api \(aws-api-gateway\)|lb \(aws-alb\))\] /);
    const fingerprints = results.map((r) => r.partialFingerprints['truststoreCheck/v1']);
    expect(new Set(fingerprints).size).toBe(results.length);
  });

  test('flags that choose files cannot be mixed with targets, and targets need unique names', async () => {
    const root = await twoTargets(TARGETS);
    const mixed = await runCli(['--truststore', 'certs/api.pem'], { cwd: root });
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/truststore cannot be given with targets: in .*; the targets say what to check/);
    const twice = await twoTargets(TARGETS.replace('name: lb', 'name: api'));
    expect((await runCli([], { cwd: twice })).stderr).toMatch(/targets\[1\]\.name: "api" names another target too/);
    const stray = await twoTargets(`truststore: certs/api.pem\n${TARGETS}`);
    expect((await runCli([], { cwd: stray })).stderr).toMatch(/truststore belong inside each target/);
  });

  test('a suppression may name its target', async () => {
    const root = await twoTargets(
      `${TARGETS}suppressions:\n  - rule: insecure-signature-algorithm\n    target: lb\n    path: certs/clients/sha1.pem\n    reason: the load balancer retires this client next week\n`,
    );
    const report = JSON.parse(
      (await runCli(['--format', 'json', '--at', '2026-01-15'], { cwd: root })).stdout,
    ) as Report;
    expect(report.suppressed.map((finding) => `${finding.target}:${finding.ruleId}`)).toEqual([
      'lb:insecure-signature-algorithm',
    ]);
    expect(report.findings.map((finding) => `${finding.target}:${finding.ruleId}`).sort()).toEqual([
      'api:insecure-signature-algorithm',
      'lb:truststore-format',
    ]);
  });
});
