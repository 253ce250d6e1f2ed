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
      truststore: ['truststores/standard.pem'],
      failOn: 'warning',
      expiryWarningDays: 5,
      profile: 'aws-api-gateway',
    });
    const overridden = await resolveSettings(FIXTURES, {
      config,
      failOn: 'never',
      expiryWarningDays: '60',
      truststore: ['x.pem'],
    });
    expect(overridden).toMatchObject({ truststore: ['x.pem'], failOn: 'never', expiryWarningDays: 60 });
  });
});
