import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO } from '../helpers.js';
import { generateFiles, goModelLoads, mapPool, opensslLoads } from '../differential/reader/harness.js';

const run = promisify(execFile);

/**
 * The tool's model of Go's reader (src/inventory/readers/go-pem.ts) against
 * Go itself: __tests__/differential/go-reader/main.go, built with Debian's
 * golang-go, reads the same mutated files. The model must give Go's
 * certificates exactly on every file whose framing was mutated; on files
 * whose DER was changed it must never call a reading agreement with OpenSSL
 * that Go does not share, which is what makes the tool fail closed.
 */
const FILES = Number(process.env.READER_DIFFTEST_FILES ?? 3000);
const SEED = Number(process.env.READER_DIFFTEST_SEED ?? 20261207);

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'go-reader-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

test(`the model of Go's reader gives what Go loads from ${FILES} mutated files`, async () => {
  const files = generateFiles(work, FILES, SEED);
  const binary = path.join(work, 'go-reader');
  await run('go', ['build', '-o', binary, path.join(REPO, '__tests__/differential/go-reader/main.go')], {
    // A file argument needs no module; the build cache is the user's, or one kept in the temporary folder.
    env: {
      ...process.env,
      GO111MODULE: 'off',
      GOCACHE:
        process.env.GOCACHE ??
        path.join(process.env.HOME ? path.join(process.env.HOME, '.cache') : tmpdir(), 'go-build'),
    },
  });
  const { stdout } = await run(
    binary,
    files.map((file) => file.name),
    { cwd: work, maxBuffer: 256 * 1024 * 1024 },
  );
  const real = new Map(
    stdout
      .trimEnd()
      .split('\n')
      .map((line) => {
        const [name, hashes] = line.split('\t');
        return [name!, hashes ? hashes.split(' ') : []] as const;
      }),
  );
  const model = goModelLoads(files);
  const openssl = await mapPool(files, 4, (file) => opensslLoads(path.join(work, file.name)));
  const same = (a: readonly string[], b: readonly string[]) => [...a].sort().join() === [...b].sort().join();
  const framingDifferences: string[] = [];
  const missedDisagreements: string[] = [];
  let exact = 0;
  files.forEach((file, index) => {
    const go = real.get(file.name) ?? [];
    if (same(go, model[index]!)) {
      exact++;
      return;
    }
    if (file.family !== 'der') framingDifferences.push(file.name);
    // Where the model says Go reads what OpenSSL reads, Go must: otherwise the tool misses a disagreement.
    const opensslSet = openssl[index];
    if (opensslSet && same(model[index]!, opensslSet) && !same(go, opensslSet)) missedDisagreements.push(file.name);
  });
  console.log(`Go reader model: ${exact} of ${files.length} files exactly as Go reads them`);
  expect({ framingDifferences, missedDisagreements }).toEqual({ framingDifferences: [], missedDisagreements: [] });
}, 600_000);
