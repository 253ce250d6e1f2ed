import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BUILTIN_PROFILES } from '../src/profiles/registry.js';
import type { Report } from '../src/report/report.js';
import { check, findingsOf, runCli } from './helpers.js';

/** The verdict on one client file: accepted, or refused and why (the rule of its finding). */
function verdict(report: Report, file: string): boolean | undefined {
  return report.chains.find((chain) => chain.file === file)?.accepted;
}

function rulesOn(report: Report, file: string): string[] {
  return [...new Set(report.findings.filter((finding) => finding.file === file).map((finding) => finding.ruleId))];
}

async function withConfig(text: string): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'tsc-profile-'));
  const file = path.join(folder, 'config.yml');
  await writeFile(file, text);
  return file;
}

describe('what sets each gateway apart, on fixtures made by the fixture script', () => {
  test('Application Load Balancer and CloudFront refuse blank lines and text dumps at upload; API Gateway does not', async () => {
    const truststore = ['profiles/blank-line.pem', 'truststores/text-dump.pem', 'profiles/hash-comments.pem'];
    for (const profile of ['aws-alb', 'aws-cloudfront']) {
      const report = await check({ profile, truststore, clients: [] });
      expect(findingsOf(report, 'truststore-format', 'profiles/blank-line.pem')).toEqual([
        expect.objectContaining({
          severity: 'error',
          message: expect.stringMatching(/refuses a bundle with blank lines/),
        }),
      ]);
      expect(findingsOf(report, 'truststore-format', 'truststores/text-dump.pem')).toEqual([
        expect.objectContaining({
          severity: 'error',
          message: expect.stringMatching(/only # comment lines without -/),
        }),
      ]);
      // `#` comments without a dash are what these gateways accept.
      expect(findingsOf(report, 'truststore-format', 'profiles/hash-comments.pem')).toEqual([]);
    }
    const dash = await check({ profile: 'aws-alb', truststore: ['profiles/dash-comment.pem'], clients: [] });
    expect(findingsOf(dash, 'truststore-format')[0]?.message).toMatch(/comment line contains "-"/);
    const apiGateway = await check({ truststore, clients: [] });
    expect(findingsOf(apiGateway, 'truststore-format', 'profiles/blank-line.pem')).toEqual([]);
    expect(findingsOf(apiGateway, 'truststore-format', 'truststores/text-dump.pem')).toEqual([
      expect.objectContaining({ severity: 'warning' }),
    ]);
  });

  test('26 CA certificates are over the 25 of ALB and CloudFront, far under the 1,000 of API Gateway', async () => {
    for (const [profile, over] of [
      ['aws-alb', true],
      ['aws-cloudfront', true],
      ['aws-api-gateway', false],
    ] as const) {
      const report = await check({ profile, truststore: ['profiles/26-cas.pem'], clients: [] });
      const found = findingsOf(report, 'truststore-too-many-certificates');
      expect(found).toHaveLength(over ? 1 : 0);
      if (over) expect(found[0]!.message).toMatch(/holds 26 certificates; .* accepts at most 25/);
    }
  });

  test('RSA-8192 and P-521 clients: Application Load Balancer accepts both, CloudFront neither', async () => {
    const clients = ['profiles/client-rsa8192.pem', 'profiles/client-p521.pem'];
    const truststore = ['truststores/standard.pem'];
    const alb = await check({ profile: 'aws-alb', truststore, clients });
    const cloudfront = await check({ profile: 'aws-cloudfront', truststore, clients });
    for (const client of clients) {
      expect(verdict(alb, client)).toBe(true);
      expect(rulesOn(alb, client)).toEqual([]);
      expect(verdict(cloudfront, client)).toBe(false);
      expect(rulesOn(cloudfront, client)).toEqual(['unsupported-key-type']);
    }
    expect(findingsOf(cloudfront, 'unsupported-key-type', 'profiles/client-rsa8192.pem')[0]!.message).toMatch(
      /8192-bit RSA key, larger than the 4096 bits/,
    );
  });

  test('Google Cloud refuses a client whose issuing CA lacks clientAuth, and accepts one whose CA has it', async () => {
    const report = await check({
      profile: 'gcp-load-balancer',
      truststore: ['profiles/gcp-truststore.pem'],
      clients: ['profiles/client-issuer-client-auth.pem', 'profiles/client-issuer-without-client-auth.pem'],
    });
    expect(verdict(report, 'profiles/client-issuer-client-auth.pem')).toBe(true);
    expect(verdict(report, 'profiles/client-issuer-without-client-auth.pem')).toBe(false);
    expect(findingsOf(report, 'client-auth-not-permitted', 'profiles/client-issuer-without-client-auth.pem')).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringMatching(/client_cert_chain_invalid_eku/) }),
    ]);
    // The same client is accepted by API Gateway, which checks no purpose on the CA.
    const apiGateway = await check({
      truststore: ['profiles/gcp-truststore.pem'],
      clients: ['profiles/client-issuer-without-client-auth.pem'],
    });
    expect(verdict(apiGateway, 'profiles/client-issuer-without-client-auth.pem')).toBe(true);
  });

  test('Azure Application Gateway refuses a chain file with two roots and takes one with one', async () => {
    const report = await check({
      profile: 'azure-application-gateway',
      truststore: ['profiles/two-roots-chain.pem', 'profiles/one-root-chain.pem'],
      clients: [],
    });
    expect(findingsOf(report, 'truststore-root-count', 'profiles/two-roots-chain.pem')).toHaveLength(1);
    expect(findingsOf(report, 'truststore-root-count', 'profiles/one-root-chain.pem')).toEqual([]);
    const elsewhere = await check({ truststore: ['profiles/two-roots-chain.pem'], clients: [] });
    expect(findingsOf(elsewhere, 'truststore-root-count')).toEqual([]);
  });

  test('NGINX says which ssl_verify_depth a chain needs, and accepts it once profile-options sets it', async () => {
    const run = { truststore: ['truststores/deep.pem'], clients: ['chains/chain-of-four.pem'] };
    const byDefault = await check({ ...run, profile: 'nginx' });
    expect(verdict(byDefault, 'chains/chain-of-four.pem')).toBe(false);
    expect(findingsOf(byDefault, 'chain-too-long')[0]!.message).toMatch(/It needs `ssl_verify_depth 2` or more/);
    const config = await withConfig('profile: nginx\nprofile-options:\n  ssl_verify_depth: 2\n');
    const configured = await check({ ...run, config });
    expect(verdict(configured, 'chains/chain-of-four.pem')).toBe(true);
    // A client directly under an intermediate needs only the default depth of 1.
    const shallow = await check({
      profile: 'nginx',
      truststore: ['truststores/standard.pem'],
      clients: ['clients/client-rsa2048.pem'],
    });
    expect(verdict(shallow, 'clients/client-rsa2048.pem')).toBe(true);
  });

  test('Envoy accepts a partial chain (an intermediate alone as anchor); API Gateway refuses it', async () => {
    const run = { truststore: ['truststores/intermediate-only.pem'], clients: ['clients/client-rsa2048.pem'] };
    const envoy = await check({ ...run, profile: 'envoy' });
    expect(verdict(envoy, 'clients/client-rsa2048.pem')).toBe(true);
    expect(envoy.findings).toEqual([]);
    const apiGateway = await check(run);
    expect(verdict(apiGateway, 'clients/client-rsa2048.pem')).toBe(false);
  });

  test('profile-options are checked against the profile: unknown settings and bad values are usage errors', async () => {
    const run = { truststore: ['truststores/deep.pem'], clients: [] };
    await expect(
      check({ ...run, config: await withConfig('profile: nginx\nprofile-options:\n  depth: 2\n') }),
    ).rejects.toThrow(
      /"depth" is not a setting of profile nginx \(expected one of: ssl_verify_depth, security-level\)/,
    );
    await expect(
      check({ ...run, config: await withConfig('profile: nginx\nprofile-options:\n  ssl_verify_depth: -1\n') }),
    ).rejects.toThrow(/ssl_verify_depth: expected a whole number from 0 to 100/);
    await expect(
      check({ ...run, config: await withConfig('profile-options:\n  ssl_verify_depth: 2\n') }),
    ).rejects.toThrow(/not a setting of profile aws-api-gateway \(it has none\)/);
    const envoy = await check({
      truststore: ['truststores/root-rsa-only.pem'],
      clients: ['clients/with-intermediate.pem'],
      config: await withConfig('profile: envoy\nprofile-options:\n  max_verify_depth: 1\n'),
    });
    // max_verify_depth counts the anchor: 1 allows no intermediate, and this client sends one.
    expect(verdict(envoy, 'clients/with-intermediate.pem')).toBe(false);
    expect(findingsOf(envoy, 'chain-too-long')[0]!.message).toMatch(/It needs `max_verify_depth 2` or more/);
  });

  test.each(BUILTIN_PROFILES.map((profile) => profile.id))('--profile %s runs as a process', async (id) => {
    const result = await runCli([
      '--profile',
      id,
      '--truststore',
      'truststores/standard.pem',
      '--clients',
      'clients/client-p256.pem',
      '--format',
      'json',
      '--at',
      '2026-01-15',
    ]);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as Report;
    expect(report.profile.id).toBe(id);
    expect(report.chains).toHaveLength(1);
  });

  test('an unknown --profile is a usage error that lists every profile', async () => {
    const result = await runCli(['--profile', 'aws-nlb', '--truststore', 'truststores/standard.pem']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `unknown profile "aws-nlb" (expected one of: ${BUILTIN_PROFILES.map((profile) => profile.id).join(', ')})`,
    );
  });
});
