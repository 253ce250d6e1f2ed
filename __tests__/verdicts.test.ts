import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkInventory } from '../src/engine.js';
import type { Inventory, SourceFile } from '../src/inventory/inventory.js';
import { BUILTIN_PROFILES, findProfile } from '../src/profiles/registry.js';
import { mergeReports, type Report } from '../src/report/report.js';
import { verdictContradictions } from '../src/verdicts/consistency.js';
import { makeKeyPool } from './differential/certificates.js';
import { CASE_TIME, generateCase } from './differential/scenarios.js';
import { check, FIXTURES, memoryFile, memoryInventory } from './helpers.js';

/**
 * One verdict per client, whatever the input: a client is refused exactly when
 * an error finding sits on its certificates, a refusal says why in the
 * gateway's words, the counts are the verdicts' and every client file has
 * one. Checked on every fixture under every profile, on random PKIs and on
 * the fuzz corpus (the fuzzer checks every input it makes too).
 */
const wordingOf = (id: string) => findProfile(id)!.wording;
const contradictions = (report: Report) => verdictContradictions(report, wordingOf);
const judge = (inventory: Inventory, profileId: string, target = '') =>
  checkInventory(inventory, {
    profile: findProfile(profileId)!,
    at: CASE_TIME,
    expiryWarningDays: 30,
    severities: {},
    suppressions: [],
    target,
  });

const CASES = Number(process.env.VERDICT_CASES ?? 2000);
const SEED = 20261207;

describe('one verdict per client', () => {
  const fixtureClients = ['clients', 'chains', 'keys', 'profiles'].map((folder) => `${folder}/*.pem`);
  const truststores = readdirSync(path.join(FIXTURES, 'truststores'))
    .filter((name) => name.endsWith('.pem') && !/^(1001-certificates|same-subject-1000|deep-100)\.pem$/.test(name))
    .map((name) => `truststores/${name}`);

  test.each(BUILTIN_PROFILES.map((profile) => profile.id))(
    'every fixture client against every fixture truststore, under %s',
    async (profile) => {
      const found: string[] = [];
      let clients = 0;
      for (const truststore of truststores) {
        const report = await check({ truststore: [truststore], clients: fixtureClients, profile });
        clients += report.chains.length;
        found.push(...contradictions(report).map((said) => `${truststore}: ${said}`));
      }
      expect(clients).toBeGreaterThan(truststores.length * 40);
      expect(found).toEqual([]);
    },
  );

  test(`${CASES} random PKIs (seed ${SEED}), each under a profile in turn, some as two targets in one report`, () => {
    const keys = makeKeyPool(24, 2);
    const found: string[] = [];
    const verdicts = { accepted: 0, refused: 0 };
    for (let index = 0; index < CASES; index++) {
      const testCase = generateCase(SEED, index, keys, { crls: index % 3 === 0 });
      const inventory = memoryInventory(testCase.truststore, testCase.client, testCase.crls);
      const first = BUILTIN_PROFILES[index % BUILTIN_PROFILES.length]!.id;
      let report = judge(inventory, first);
      if (index % 4 === 0) {
        // The same files for two gateways (or twice for one): each target keeps its own findings and verdicts.
        const second = index % 8 === 0 ? first : BUILTIN_PROFILES[(index + 3) % BUILTIN_PROFILES.length]!.id;
        report = mergeReports([judge(inventory, first, 'a'), judge(inventory, second, 'b')], inventory.files.length);
      }
      for (const chain of report.chains) verdicts[chain.accepted ? 'accepted' : 'refused']++;
      found.push(...contradictions(report).map((said) => `${testCase.id} (${first}): ${said}`));
    }
    // Both verdicts common, so that agreement means something.
    expect(verdicts.accepted).toBeGreaterThan(CASES * 0.1);
    expect(verdicts.refused).toBeGreaterThan(CASES * 0.1);
    expect(found).toEqual([]);
  });

  test('the fuzz corpus, as a client and as a truststore', () => {
    const healthy = memoryFile(
      'truststore.pem',
      'truststore',
      readFileSync(path.join(FIXTURES, 'truststores/standard.pem')),
    );
    const folders = ['fuzz-regressions', 'files', 'clients', 'truststores', 'chains'];
    const found: string[] = [];
    let inputs = 0;
    for (const folder of folders) {
      for (const name of readdirSync(path.join(FIXTURES, folder))) {
        const full = path.join(FIXTURES, folder, name);
        if (name === 'README.md' || !/\.(pem|der|bin)$/.test(name)) continue;
        const bytes = readFileSync(full);
        const asTruststore: SourceFile = memoryFile('input-truststore.pem', 'truststore', bytes);
        const inventory: Inventory = {
          root: '/corpus',
          files: [healthy, asTruststore, memoryFile('client.pem', 'client', bytes)],
          bundles: [[healthy], [asTruststore]],
        };
        for (const profile of ['aws-api-gateway', 'nginx'])
          found.push(...contradictions(judge(inventory, profile)).map((said) => `${folder}/${name}: ${said}`));
        inputs++;
      }
    }
    expect(inputs).toBeGreaterThan(60);
    expect(found).toEqual([]);
  });
});
