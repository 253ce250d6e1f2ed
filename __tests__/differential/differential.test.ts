import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO } from '../helpers.js';
import { makeKeyPool } from './certificates.js';
import {
  comparedProfile,
  disagreesWithOpenssl,
  loadRegressions,
  minimise,
  opensslAccepts,
  saveRegression,
  toolAccepts,
  type Compared,
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

/**
 * Every profile whose verdict openssl verify can express with flags
 * (-untrusted or not, -verify_depth, -partial_chain, -purpose sslclient,
 * -auth_level, -crl_check[_all] -CRLfile). Go's verifier (`go`) has no such command; real Caddy judges it
 * (__tests__/system/caddy.system.ts). `withCrls`: the cases give the
 * gateway CRLs. `skips`: features of a case the profile's policy judges in a
 * way no flag expresses (API Gateway, ALB and CloudFront look at the leaf's
 * extendedKeyUsage alone, not OpenSSL's whole-chain purpose check). Google Cloud is not here: its clientAuth requirement on the issuing
 * CA has no openssl verify flag.
 */
const COMPARED: Array<Compared & { withCrls: boolean; skips: string[]; fewAccepted?: boolean }> = [
  { label: 'aws-api-gateway', profile: 'aws-api-gateway', withCrls: false, skips: ['purpose'] },
  { label: 'aws-alb', profile: 'aws-alb', withCrls: false, skips: ['purpose'] },
  { label: 'aws-cloudfront', profile: 'aws-cloudfront', withCrls: false, skips: ['purpose'] },
  { label: 'azure-application-gateway', profile: 'azure-application-gateway', withCrls: false, skips: [] },
  { label: 'openssl', profile: 'openssl', withCrls: false, skips: [] },
  { label: 'nginx', profile: 'nginx', withCrls: false, skips: [] },
  { label: 'haproxy', profile: 'haproxy', withCrls: false, skips: [] },
  { label: 'envoy', profile: 'envoy', withCrls: false, skips: [] },
  { label: 'openssl with CRLs', profile: 'openssl', withCrls: true, skips: [] },
  // A depth that lets most random chains through, so that revocation decides.
  { label: 'nginx with CRLs', profile: 'nginx', options: { ssl_verify_depth: 5 }, withCrls: true, skips: [] },
  { label: 'haproxy with CRLs', profile: 'haproxy', withCrls: true, skips: [] },
  // Few accepted by design: with partial chains the chain stops at the first trusted CA, and a CRL for that
  // anchor must come from its own key (OpenSSL's crl_akid_check), which no real CA publishes.
  { label: 'envoy with CRLs', profile: 'envoy', withCrls: true, skips: [], fewAccepted: true },
  {
    label: 'envoy with CRLs, only_verify_leaf_cert_crl',
    profile: 'envoy',
    options: { only_verify_leaf_cert_crl: true },
    withCrls: true,
    skips: [],
  },
];

describe(`differential test against openssl verify (seed ${SEED}, ${CASES} cases)`, () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'tsc-difftest-'));
  const keys = makeKeyPool(24, 2);
  const cases = {
    plain: Array.from({ length: CASES }, (_, index) => generateCase(SEED, index, keys)),
    withCrls: Array.from({ length: CASES }, (_, index) => generateCase(SEED, index, keys, { crls: true })),
  };

  test.each(COMPARED.map((compared) => [compared.label, compared] as const))(
    'under %s, the verdicts agree with openssl verify',
    (_label, compared) => {
      const profile = comparedProfile(compared);
      const judged = (compared.withCrls ? cases.withCrls : cases.plain).filter(
        (testCase) => !testCase.features.some((feature) => compared.skips.includes(feature)),
      );
      const disagreements: string[] = [];
      let accepted = 0;
      for (const testCase of judged) {
        const ours = toolAccepts(testCase, profile);
        const theirs = opensslAccepts(testCase, profile, scratch);
        if (theirs) accepted++;
        if (ours === theirs) continue;
        const smallest = minimise(testCase, disagreesWithOpenssl(profile, scratch));
        const saved = SAVE ? ` (saved as ${path.relative(REPO, saveRegression(smallest, compared, theirs))})` : '';
        disagreements.push(
          `${testCase.id}: openssl ${theirs ? 'accepts' : 'refuses'} [${testCase.notes.join('; ')}]${saved}`,
        );
      }
      const agreement = (judged.length - disagreements.length) / judged.length;
      const figures = { ...compared, seed: SEED, cases: judged.length, agreement, accepted, disagreements };
      mkdirSync(path.join(REPO, 'tmp'), { recursive: true });
      const name = compared.label.replace(/[^a-z0-9]+/gi, '-');
      writeFileSync(
        path.join(REPO, `tmp/difftest-${name}-${SEED}-${CASES}.json`),
        `${JSON.stringify(figures, null, 2)}\n`,
      );
      console.log(
        `${compared.label}: ${judged.length - disagreements.length} of ${judged.length} agree (${(agreement * 100).toFixed(2)}%), openssl accepts ${accepted}`,
      );
      // Enough cases, and both verdicts common enough that agreement means something.
      expect(judged.length).toBeGreaterThan(CASES * 0.8);
      expect(accepted).toBeGreaterThan(judged.length * (compared.fewAccepted ? 0.01 : 0.1));
      expect(accepted).toBeLessThan(judged.length * 0.9);
      expect({ agreement: agreement >= REQUIRED_AGREEMENT, disagreements }).toEqual({
        agreement: true,
        disagreements: expect.any(Array),
      });
    },
  );

  test('a disagreement is minimised to the certificates and CRLs that cause it', () => {
    // A stand-in for "the verdicts differ": it holds while truststore[2], client[1] and crls[0] are there.
    const testCase = { truststore: ['a', 'b', 'c', 'd'], client: ['leaf', 'x', 'y'], crls: ['r', 's'] };
    const needs = (candidate: typeof testCase) =>
      candidate.truststore.includes('c') && candidate.client.includes('x') && candidate.crls.includes('r');
    expect(minimise(testCase, needs)).toEqual({ truststore: ['c'], client: ['leaf', 'x'], crls: ['r'] });
  });

  test('every saved disagreement replays: the tool now decides as openssl does', () => {
    const replays = loadRegressions().map((regression) => {
      const profile = comparedProfile(regression);
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
