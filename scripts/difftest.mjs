// npm run difftest -- --cases N --seed S
// The randomized comparison with openssl verify, beyond CI's fixed 300 cases: N random PKIs from
// seed S under every profile the test covers. Each disagreement is minimised and saved under
// __tests__/differential/regressions/, which `npm test` then replays; the figures land in tmp/.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { cases: { type: 'string', default: '2000' }, seed: { type: 'string', default: String(Date.now() % 1e9) } },
});
for (const [name, value] of Object.entries(values)) {
  if (!/^\d+$/.test(value)) throw new Error(`--${name}: "${value}" is not a whole number`);
}
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
console.log(`difftest: ${values.cases} cases, seed ${values.seed}`);
const result = spawnSync(
  process.execPath,
  [
    '--experimental-vm-modules',
    'node_modules/jest/bin/jest.js',
    '__tests__/differential',
    '--testNamePattern',
    'agree',
  ],
  {
    cwd: repo,
    stdio: 'inherit',
    env: { ...process.env, DIFFTEST_CASES: values.cases, DIFFTEST_SEED: values.seed, DIFFTEST_SAVE: '1' },
  },
);
process.exit(result.status ?? 1);
