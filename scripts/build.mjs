// Bundles the two entry points with ncc: dist/index.js (the action, named by
// action.yml) and dist/cli/index.js (the `truststore-check` command), and the
// worker threads' entry beside each (dist/batch-worker/, dist/cli/batch-worker/).
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const ncc = [
  'node_modules/@vercel/ncc/dist/ncc/cli.js',
  'build',
  '--quiet',
  '--license',
  'licenses.txt',
  '--target',
  'es2022',
];
// @actions/core 3 loads its OIDC client (and undici) at start-up; patches/ makes that lazy. Applied here,
// where the bundle is made, rather than at install: the published package then runs no install script.
// patch-package knows a patch already applied, and fails the build if one no longer applies.
execFileSync(process.execPath, ['node_modules/patch-package/index.js', '--error-on-fail'], { stdio: 'ignore' });
rmSync('dist', { recursive: true, force: true });
execFileSync(process.execPath, [...ncc, 'src/action/index.ts', '-o', 'dist'], { stdio: 'inherit' });
execFileSync(process.execPath, [...ncc, 'src/cli/index.ts', '-o', 'dist/cli'], { stdio: 'inherit' });
// ncc does not follow `new Worker(...)`: the worker (src/batches/worker.ts) is a bundle of its own, found beside
// the running one (src/batches/threads.ts). Built once; the action's copy is the CLI's (which the npm package ships).
execFileSync(process.execPath, [...ncc, 'src/batches/worker.ts', '-o', 'dist/cli/batch-worker'], { stdio: 'inherit' });
cpSync('dist/cli/batch-worker', 'dist/batch-worker', { recursive: true });

// npm links `bin` entries as executables: give the CLI its shebang once, at the top.
const cli = 'dist/cli/index.js';
const source = readFileSync(cli, 'utf8').replace(/^#!.*\n/, '');
writeFileSync(cli, `#!/usr/bin/env node\n${source}`);
chmodSync(cli, 0o755);
