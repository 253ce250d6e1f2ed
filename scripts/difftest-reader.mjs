// npm run difftest:reader -- --files N --seed S [--profiles all|id,id]
// The reader differential beyond CI's fixed 3,000 files: N mutated bundles from seed S, each read by the tool (one CLI
// run over all of them per profile), by `openssl crl2pkcs7 -nocrl -certfile FILE` and by the tool's model of Go's
// reader; prints agreements, differences reported as errors (failed closed) and silent differences, per mutation
// family. Exits non-zero on any silent difference.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '50000' },
    seed: { type: 'string', default: String(Date.now() % 1e9) },
    profiles: { type: 'string', default: 'all' },
  },
});
for (const name of ['files', 'seed']) {
  if (!/^\d+$/.test(values[name])) throw new Error(`--${name}: "${values[name]}" is not a whole number`);
}
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Every built-in profile, as the CLI lists them.
const listed = spawnSync(process.execPath, [
  path.join(repo, 'dist/cli/index.js'),
  '--list-profiles',
  '--format',
  'json',
]);
const profiles =
  values.profiles === 'all'
    ? JSON.parse(listed.stdout.toString())
        .map((profile) => profile.id)
        .join(',')
    : values.profiles;
// One openssl process per file takes about an hour for 50,000 files: with a C compiler and libssl-dev, the same
// libcrypto calls run in one process (checked against the openssl binary on the first 300 files).
const binary = path.join(mkdtempSync(path.join(tmpdir(), 'openssl-reader-')), 'openssl-reader');
const compiled = spawnSync(
  'cc',
  ['-O2', '-o', binary, path.join(repo, '__tests__/differential/openssl-reader/main.c'), '-lcrypto'],
  {
    stdio: 'inherit',
  },
);
if (compiled.status !== 0) console.log('difftest:reader: no C compiler or libssl-dev: one openssl process per file');
console.log(`difftest:reader: ${values.files} files, seed ${values.seed}, profiles ${profiles}`);
const result = spawnSync(
  process.execPath,
  ['--experimental-vm-modules', 'node_modules/jest/bin/jest.js', '__tests__/differential/reader.test.ts'],
  {
    cwd: repo,
    stdio: 'inherit',
    env: {
      ...process.env,
      READER_DIFFTEST_FILES: values.files,
      READER_DIFFTEST_SEED: values.seed,
      READER_DIFFTEST_PROFILES: profiles,
      READER_DIFFTEST_REPORT: '1',
      ...(compiled.status === 0 ? { READER_DIFFTEST_LIBCRYPTO: binary } : {}),
    },
  },
);
process.exit(result.status ?? 1);
