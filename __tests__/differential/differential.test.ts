import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { awsApiGateway } from '../../src/profiles/builtin/aws-api-gateway.js';
import { openssl } from '../../src/profiles/builtin/openssl.js';
import { findProfile } from '../../src/profiles/registry.js';
import { REPO } from '../helpers.js';
import { makeKeyPool } from './certificates.js';
import {
  disagreesWithOpenssl,
  loadRegressions,
  minimise,
  opensslAccepts,
  saveRegression,
  toolAccepts,
} from './oracle.js';
import { generateCase } from './scenarios.js';

/**
 * Random PKIs from a seed, each client judged by the tool and by `openssl
 * verify` run with the profile's flags. CI runs a fixed seed;
 * `npm run difftest -- --cases N --seed S` runs more and saves each
 * disagreement, minimised, under regressions/, which the last test replays.
 */
const CASES = Number(process.env.DIFFTEST_CASES ?? 300);
const SEED = Number(process.env.DIFFTEST_SEED ?? 20261202);
const SAVE = process.env.DIFFTEST_SAVE === '1';
/** Agreement required on the random cases: every remaining class of disagreement is documented in docs/gateway-model.md. */
const REQUIRED_AGREEMENT = 0.995;

const PROFILES = [awsApiGateway, openssl];

describe(`differential test against openssl verify (seed ${SEED}, ${CASES} cases)`, () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'tsc-difftest-'));
  const keys = makeKeyPool(24, 2);

  test.each(PROFILES.map((profile) => [profile.id, profile] as const))(
    'under %s, the verdicts agree with openssl verify',
    (_id, profile) => {
      const disagreements: string[] = [];
      let accepted = 0;
      for (let index = 0; index < CASES; index++) {
        const testCase = generateCase(SEED, index, keys);
        const ours = toolAccepts(testCase, profile);
        const theirs = opensslAccepts(testCase, profile, scratch);
        if (theirs) accepted++;
        if (ours === theirs) continue;
        const smallest = minimise(testCase, disagreesWithOpenssl(profile, scratch));
        const saved = SAVE ? ` (saved as ${path.relative(REPO, saveRegression(smallest, profile, theirs))})` : '';
        disagreements.push(
          `${testCase.id}: openssl ${theirs ? 'accepts' : 'refuses'} [${testCase.notes.join('; ')}]${saved}`,
        );
      }
      const agreement = (CASES - disagreements.length) / CASES;
      mkdirSync(path.join(REPO, 'tmp'), { recursive: true });
      writeFileSync(
        path.join(REPO, `tmp/difftest-${profile.id}-${SEED}-${CASES}.json`),
        `${JSON.stringify({ profile: profile.id, seed: SEED, cases: CASES, agreement, accepted, disagreements }, null, 2)}\n`,
      );
      console.log(
        `${profile.id}: ${CASES - disagreements.length} of ${CASES} agree (${(agreement * 100).toFixed(2)}%), openssl accepts ${accepted}`,
      );
      // Both verdicts must be common, or agreement would mean little.
      expect(accepted).toBeGreaterThan(CASES * 0.2);
      expect(accepted).toBeLessThan(CASES * 0.8);
      expect({ agreement: agreement >= REQUIRED_AGREEMENT, disagreements }).toEqual({
        agreement: true,
        disagreements: expect.any(Array),
      });
    },
  );

  test('a disagreement is minimised to the certificates that cause it', () => {
    // A stand-in for "the verdicts differ": it holds while truststore[2] and client[1] are there.
    const testCase = { truststore: ['a', 'b', 'c', 'd'], client: ['leaf', 'x', 'y'] };
    const needs = (candidate: typeof testCase) => candidate.truststore.includes('c') && candidate.client.includes('x');
    expect(minimise(testCase, needs)).toEqual({ truststore: ['c'], client: ['leaf', 'x'] });
  });

  test('every saved disagreement replays: the tool now decides as openssl does', () => {
    const replays = loadRegressions().map((regression) => {
      const profile = findProfile(regression.profile)!;
      return {
        id: `${regression.profile} ${regression.id}`,
        openssl: opensslAccepts(regression, profile, scratch) ? 'accepted' : 'refused',
        ours: toolAccepts(regression, profile) ? 'accepted' : 'refused',
        saved: regression.openssl,
      };
    });
    for (const replay of replays) expect(replay).toEqual({ ...replay, openssl: replay.saved, ours: replay.saved });
  });
});
