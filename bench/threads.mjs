// npm run bench:threads [-- --rounds N] : where worker threads start to pay.
// The check of N clients of the benchmark corpus, on one thread and on every
// core (TRUSTSTORE_CHECK_THREADS), alternating; prints medians of the wall
// time and of the CPU time (user + system, all threads). Below the N where
// every core wins, one thread should do the work: src/batches/threads.ts
// MIN_CLIENTS_FOR_THREADS. Nothing here asserts a time; it writes nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureCorpus } from './corpus.mjs';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '5' } } });
const ROUNDS = Number(values.rounds);
const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const cli = path.join(repo, 'dist/cli/index.js');
if (!existsSync(cli)) throw new Error('dist/ is missing: run npm run build first');
if (!existsSync('/usr/bin/time')) throw new Error('GNU time (/usr/bin/time) is needed for the CPU times');
mkdirSync(path.join(repo, '.bench-cache'), { recursive: true });
const corpus = await ensureCorpus(realpathSync(path.join(repo, '.bench-cache')));
const cores = os.availableParallelism();

/** How many client files, and the globs that match them (the corpus has 1,000 a folder, client-00000.pem on). */
const SIZES = [
  [250, ['clients/00/client-00[01]??.pem', 'clients/00/client-002[0-4]?.pem']],
  [500, ['clients/00/client-00[0-4]??.pem']],
  [1000, ['clients/00/*.pem']],
  [1500, ['clients/00/*.pem', 'clients/01/client-01[0-4]??.pem']],
  [2000, ['clients/0[0-1]/*.pem']],
  [3000, ['clients/0[0-2]/*.pem']],
  [5000, ['clients/0[0-4]/*.pem']],
];

const scratch = path.join(os.tmpdir(), `tsc-threads-${process.pid}`);
mkdirSync(scratch, { recursive: true });
const timesFile = path.join(scratch, 'time');

function check(clients, threads) {
  const args = [corpus.root, '--truststore', 'truststore-1000.pem', ...clients.flatMap((glob) => ['--clients', glob])];
  const started = process.hrtime.bigint();
  const result = spawnSync(
    '/usr/bin/time',
    ['-f', '%U %S', '-o', timesFile, process.execPath, cli, ...args, '--format', 'json', '--fail-on', 'never'],
    { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, TRUSTSTORE_CHECK_THREADS: String(threads) } },
  );
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  const [user, system] = readFileSync(timesFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { ms, cpuMs: (user + system) * 1000 };
}

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const rows = [];
for (const [count, clients] of SIZES) {
  const samples = { 1: [], [cores]: [] };
  check(clients, 1);
  for (let round = 0; round < ROUNDS; round++)
    for (const threads of round % 2 ? [cores, 1] : [1, cores]) samples[threads].push(check(clients, threads));
  const wall = (threads) => median(samples[threads].map((sample) => sample.ms));
  const cpu = (threads) => median(samples[threads].map((sample) => sample.cpuMs));
  rows.push(
    `| ${count.toLocaleString('en-US')} | ${wall(1).toFixed(0)} ms | ${wall(cores).toFixed(0)} ms | ${(wall(cores) / wall(1)).toFixed(2)}× | ${cpu(1).toFixed(0)} ms | ${cpu(cores).toFixed(0)} ms |`,
  );
  process.stdout.write(`${count} clients done\n`);
}
rmSync(scratch, { recursive: true, force: true });
console.log(
  [
    '',
    `${ROUNDS} rounds, medians; ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${cores} cores available; Node ${process.version}.`,
    '',
    `| clients | wall, 1 thread | wall, ${cores} threads | ratio | CPU, 1 thread | CPU, ${cores} threads |`,
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n'),
);
