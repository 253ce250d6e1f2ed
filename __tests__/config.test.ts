import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveSettings } from '../src/config/load.js';
import { UsageError } from '../src/errors.js';
import { check, CHECK_TIME, FIXTURES, findingsOf } from './helpers.js';

async function withConfig(yaml: string) {
  const dir = await mkdtemp(path.join(tmpdir(), 'tsc-yml-'));
  const file = path.join(dir, 'config.yml');
  await writeFile(file, yaml);
  return file;
}

describe('configuration', () => {
  test.each([
    ['unknown top-level key', 'truststroe: a.pem\n', /unknown key "truststroe"/],
    ['unknown rule id', 'rules:\n  weak-keys: off\n', /unknown rule id "weak-keys"/],
    ['bad severity', 'rules:\n  weak-key: fatal\n', /"fatal" is not one of error, warning, notice, off/],
    ['suppression without reason', 'suppressions:\n  - rule: weak-key\n    path: a.pem\n', /needs a reason/],
    [
      'suppression without target',
      'suppressions:\n  - rule: weak-key\n    reason: x\n',
      /give a path or a fingerprint/,
    ],
    [
      'bad fingerprint',
      'suppressions:\n  - rule: weak-key\n    fingerprint: abc\n    reason: x\n',
      /SHA-256 fingerprint/,
    ],
    [
      'bad expiry',
      'suppressions:\n  - rule: weak-key\n    path: a\n    reason: x\n    expires: soon\n',
      /not an ISO time/,
    ],
    ['not a map', '- a\n- b\n', /expected a map at the top level/],
    [
      'unknown profile',
      'profile: aws-nlb\n',
      /unknown profile "aws-nlb" \(expected one of: aws-api-gateway, aws-alb, aws-cloudfront, gcp-load-balancer, azure-application-gateway, nginx, haproxy, envoy, go, openssl/,
    ],
    ['a profile extending nothing known', 'profiles:\n  mine:\n    extends: nginx2\n', /mine.extends: expected one of/],
    ['a profile redefining a built-in id', 'profiles:\n  openssl:\n    extends: openssl\n', /built-in profile/],
    ['an unknown profile fact', 'profiles:\n  mine:\n    extends: openssl\n    depth: 2\n', /unknown key "depth"/],
    [
      'a bad profile value',
      'profiles:\n  mine:\n    extends: openssl\n    max-intermediates: -1\n',
      /max-intermediates: expected a whole number from 0 to 100/,
    ],
    [
      'a bundle that is not a list of globs',
      'truststore:\n  bundle: 3\n',
      /truststore.bundle: expected a glob or a list of globs/,
    ],
    ['invalid YAML', 'rules: [\n', /not valid YAML/],
  ])('%s is a usage error', async (_what, yaml, message) => {
    const config = await withConfig(yaml);
    await expect(resolveSettings(FIXTURES, { config })).rejects.toThrow(UsageError);
    await expect(resolveSettings(FIXTURES, { config })).rejects.toThrow(message);
  });

  test('severity overrides change a finding, and off removes it', async () => {
    const notice = await withConfig('rules:\n  weak-key: notice\n');
    const report = await check({
      truststore: ['truststores/standard.pem'],
      clients: ['clients/client-rsa1024.pem'],
      config: notice,
    });
    expect(findingsOf(report, 'weak-key').map((f) => f.severity)).toEqual(['notice']);
    expect(report.summary).toMatchObject({ errors: 0, notices: 1 });
    const off = await withConfig('rules:\n  weak-key: off\n');
    expect(
      findingsOf(
        await check({ truststore: ['truststores/standard.pem'], clients: ['clients/client-rsa1024.pem'], config: off }),
        'weak-key',
      ),
    ).toEqual([]);
  });

  test('a suppression by path hides the finding and keeps it, with its reason, in the report', async () => {
    const config = await withConfig(
      'suppressions:\n  - rule: weak-key\n    path: "clients/*1024*"\n    reason: legacy device, replaced in Q3\n',
    );
    const report = await check({
      truststore: ['truststores/standard.pem'],
      clients: ['clients/client-rsa1024.pem', 'clients/client-p224.pem'],
      config,
    });
    expect(findingsOf(report, 'weak-key').map((f) => f.file)).toEqual(['clients/client-p224.pem']);
    expect(report.suppressed).toEqual([
      expect.objectContaining({
        ruleId: 'weak-key',
        file: 'clients/client-rsa1024.pem',
        reason: 'legacy device, replaced in Q3',
      }),
    ]);
  });

  test('a suppression by fingerprint (with colons) applies to that certificate only', async () => {
    const plain = await check({ truststore: ['truststores/standard.pem'], clients: ['clients/client-rsa1024.pem'] });
    const sha = plain.findings[0]!.certificate!.sha256;
    const colons = sha.match(/../g)!.join(':').toLowerCase();
    const config = await withConfig(
      `suppressions:\n  - rule: weak-key\n    fingerprint: "${colons}"\n    reason: accepted risk\n`,
    );
    const report = await check({
      truststore: ['truststores/standard.pem'],
      clients: ['clients/client-rsa1024.pem'],
      config,
    });
    expect(findingsOf(report, 'weak-key')).toEqual([]);
    expect(report.suppressed).toHaveLength(1);
  });

  test('a suppression lapses after its expiry date and the finding says so', async () => {
    const config = await withConfig(
      'suppressions:\n  - rule: weak-key\n    path: clients/client-rsa1024.pem\n    reason: until rotation\n    expires: 2026-01-01\n',
    );
    const report = await check({
      truststore: ['truststores/standard.pem'],
      clients: ['clients/client-rsa1024.pem'],
      config,
    });
    expect(findingsOf(report, 'weak-key')).toHaveLength(1);
    expect(findingsOf(report, 'weak-key')[0]!.message).toMatch(
      /suppression lapsed on 2026-01-01 00:00:00 UTC: "until rotation"/,
    );
    expect(report.suppressed).toEqual([]);
  });

  test('flags override the file; the file overrides defaults', async () => {
    const config = await withConfig(
      'truststore: [truststores/standard.pem]\nfail-on: warning\nexpiry-warning-days: 5\n',
    );
    const fromFile = await resolveSettings(FIXTURES, { config, at: CHECK_TIME });
    expect(fromFile).toMatchObject({
      targets: [{ name: '', truststore: ['truststores/standard.pem'], truststoreIsBundle: false }],
      failOn: 'warning',
      expiryWarningDays: 5,
    });
    expect(fromFile.targets[0]!.profile.id).toBe('aws-api-gateway');
    const overridden = await resolveSettings(FIXTURES, {
      config,
      failOn: 'never',
      expiryWarningDays: '60',
      truststore: ['x.pem'],
    });
    expect(overridden).toMatchObject({ targets: [{ truststore: ['x.pem'] }], failOn: 'never', expiryWarningDays: 60 });
  });

  test('truststore: { bundle: [...] } declares one bundle made of several files, in their order', async () => {
    const config = await withConfig(
      'truststore:\n  bundle: [truststores/split/2-issuing.pem, truststores/split/1-root.pem]\n',
    );
    const settings = await resolveSettings(FIXTURES, { config });
    expect(settings.targets[0]).toMatchObject({
      truststore: ['truststores/split/2-issuing.pem', 'truststores/split/1-root.pem'],
      truststoreIsBundle: true,
    });
    const report = await check({ config, clients: ['clients/client-rsa2048.pem'] });
    expect(report.chains[0]).toMatchObject({
      accepted: true,
      truststore: 'truststores/split/2-issuing.pem + truststores/split/1-root.pem',
    });
  });

  test('a profile that extends a built-in one changes only what it names, and its evidence is the configuration', async () => {
    const config = await withConfig(
      'profile: two-deep\nprofiles:\n  two-deep:\n    extends: aws-api-gateway\n    max-intermediates: 2\n',
    );
    const settings = await resolveSettings(FIXTURES, { config });
    expect(settings.targets[0]!.profile).toMatchObject({
      id: 'two-deep',
      chain: { maxIntermediates: 2, issuers: 'truststore' },
    });
    expect(settings.targets[0]!.profile.chain.evidence.depth.confidence).toBe('configuration');
    const report = await check({ config, truststore: ['truststores/deep.pem'], clients: ['chains/chain-of-five.pem'] });
    expect(report.profile.id).toBe('two-deep');
    expect(findingsOf(report, 'chain-too-long')).toHaveLength(1);
  });
});
