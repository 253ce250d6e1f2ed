import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO } from '../helpers.js';
import { loadLimbo, runLimboCase, type Verdict } from './limbo-harness.js';

interface Exceptions {
  skipped: Record<string, string>;
  divergent: Record<string, string>;
}

const exceptions = JSON.parse(
  readFileSync(path.join(REPO, '__tests__/conformance/limbo-exceptions.json'), 'utf8'),
) as Exceptions;
const cases = loadLimbo();
// A fixed "now" for the cases that give no validation time keeps runs reproducible.
const NOW = new Date('2026-01-15T00:00:00Z');
const verdicts = new Map<string, Verdict & { ms: number }>();
const run = promisify(execFile);
/** Signature checks per case: the longest limbo chain has a few dozen links. */
const MAX_VERIFICATIONS = 120;

beforeAll(async () => {
  for (const testCase of cases) {
    const started = performance.now();
    const verdict = runLimboCase(testCase, NOW);
    verdicts.set(testCase.id, { ...verdict, ms: performance.now() - started });
  }
  // Upstream's harness result format, for comparing with other validators; timings are measured, not asserted.
  const results = cases.map((c) => {
    const verdict = verdicts.get(c.id)!;
    const skipped = exceptions.skipped[c.id];
    return {
      id: c.id,
      actual_result: skipped ? 'SKIPPED' : verdict.result,
      context: skipped ?? verdict.context,
      ms: Number(verdict.ms.toFixed(2)),
    };
  });
  await mkdir(path.join(REPO, 'tmp'), { recursive: true });
  await writeFile(
    path.join(REPO, 'tmp/limbo-results.json'),
    JSON.stringify({ version: 1, harness: 'truststore-check', results }, null, 2),
  );
});

describe('x509-limbo conformance', () => {
  test('every case runs to a verdict with bounded work (chain building never backtracks)', () => {
    expect(verdicts.size).toBe(cases.length);
    // OpenSSL's chain building checks each link once; dozens of signatures would mean a search, not a chain.
    const overBound = [...verdicts]
      .filter(([, verdict]) => verdict.verifications > MAX_VERIFICATIONS)
      .map(([id]) => id);
    expect(overBound).toEqual([]);
  });

  test('every listed exception names a real case, once, with a reason', () => {
    const ids = new Set(cases.map((c) => c.id));
    for (const [id, reason] of [...Object.entries(exceptions.skipped), ...Object.entries(exceptions.divergent)]) {
      expect({ id, known: ids.has(id), reason: reason.length > 20 }).toEqual({ id, known: true, reason: true });
    }
    const both = Object.keys(exceptions.skipped).filter((id) => id in exceptions.divergent);
    expect(both).toEqual([]);
  });

  test('applicable cases agree with expected_result, except the listed divergences', () => {
    const disagreements: string[] = [];
    for (const testCase of cases) {
      if (exceptions.skipped[testCase.id]) continue;
      const verdict = verdicts.get(testCase.id)!;
      const agrees = verdict.result === testCase.expected_result;
      const listed = testCase.id in exceptions.divergent;
      // A listed divergence that now agrees must come off the list, so the figure stays true.
      if (agrees === listed)
        disagreements.push(
          `${testCase.id}: expected ${testCase.expected_result}, got ${verdict.result} (${verdict.context})${listed ? ' — listed as divergent' : ''}`,
        );
    }
    expect(disagreements).toEqual([]);
  });

  test('every case gets the verdict of the real openssl verify', async () => {
    const scratch = await mkdtemp(path.join(tmpdir(), 'tsc-limbo-'));
    const differences: string[] = [];
    for (const testCase of cases) {
      const files = { trusted: path.join(scratch, 'trusted.pem'), untrusted: path.join(scratch, 'untrusted.pem') };
      await writeFile(files.trusted, testCase.trusted_certs.join('\n'));
      await writeFile(files.untrusted, testCase.untrusted_intermediates.join('\n'));
      await writeFile(path.join(scratch, 'peer.pem'), testCase.peer_certificate);
      const at = testCase.validation_time ? Date.parse(testCase.validation_time) : NOW.getTime();
      const args = ['verify', '-no-CApath', '-no-CAstore', '-attime', String(Math.floor(at / 1000))];
      args.push('-CAfile', files.trusted);
      if (testCase.untrusted_intermediates.length > 0) args.push('-untrusted', files.untrusted);
      if (testCase.max_chain_depth !== null) args.push('-verify_depth', String(testCase.max_chain_depth));
      const openssl = await run('openssl', [...args, path.join(scratch, 'peer.pem')]).then(
        () => 'SUCCESS',
        () => 'FAILURE',
      );
      const ours = verdicts.get(testCase.id)!.result;
      if (ours !== openssl) differences.push(`${testCase.id}: openssl ${openssl}, ours ${ours}`);
    }
    expect(differences).toEqual([]);
  });
});
