// npm run fuzz [-- --seconds N --workers N] : a coverage-guided mutation fuzzer
// for the whole engine. Seeds: the test fixtures, x509-limbo's certificates and,
// when installed, the X.509 files of Debian's python3-cryptography-vectors.
// A failure is an exception out of the engine (or an internal-error finding,
// an exception a rule caught), an input that takes over a second, key material
// from the input in any output, or a dead process. Each
// is minimised and copied to __tests__/fixtures/fuzz-regressions/, which the
// test suite replays; the run then exits 1.
import { execFileSync, spawn } from 'node:child_process';
import { createHash, randomInt } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import inspector from 'node:inspector';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = path.join(repo, 'tmp', 'fuzz');
const targetDir = path.join(work, 'target');
const regressions = path.join(repo, '__tests__', 'fixtures', 'fuzz-regressions');
export const VECTORS = '/usr/share/cryptography-vectors';
const MAX_INPUT = 256 * 1024;
const SLOW_MS = 1000;

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    workers: { type: 'string', default: String(Math.max(1, os.cpus().length)) },
    worker: { type: 'string' },
    deadline: { type: 'string' },
  },
});

// ---------------------------------------------------------------- seeds
function filesUnder(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name));
}

/** Debian's vectors package puts the X.509 files under a python path; find them wherever they are. */
export function vectorFiles() {
  const candidates = ['/usr/lib/python3/dist-packages/cryptography_vectors/x509', VECTORS];
  for (const folder of candidates)
    if (existsSync(folder)) return filesUnder(folder).filter((file) => statSync(file).size <= MAX_INPUT);
  return [];
}

function loadSeeds() {
  const seeds = [];
  for (const file of filesUnder(path.join(repo, '__tests__', 'fixtures')))
    if (statSync(file).size <= MAX_INPUT) seeds.push(readFileSync(file));
  const limbo = JSON.parse(readFileSync(path.join(repo, '__tests__', 'conformance', 'limbo.json'), 'utf8'));
  for (const testCase of limbo.testcases.slice(0, 120)) {
    seeds.push(Buffer.from(testCase.peer_certificate));
    if (testCase.trusted_certs.length) seeds.push(Buffer.from(testCase.trusted_certs.join('\n')));
  }
  const vectors = vectorFiles();
  for (const file of vectors) seeds.push(readFileSync(file));
  return { seeds, vectors: vectors.length };
}

// ---------------------------------------------------------------- mutations
const pick = (list) => list[randomInt(list.length)];
const INTERESTING = [
  0x00, 0x01, 0x7f, 0x80, 0x81, 0x82, 0x84, 0xff, 0x30, 0x31, 0x02, 0x03, 0x04, 0x05, 0x06, 0xa0, 0xa3,
];
const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)-----END \1-----/g;

function derMutate(der) {
  const bytes = Buffer.from(der);
  if (bytes.length === 0) return Buffer.from([0x30, 0x84, 0xff, 0xff, 0xff, 0xff]);
  const at = randomInt(bytes.length);
  switch (randomInt(12)) {
    case 0:
      bytes[at] ^= 1 << randomInt(8);
      return bytes;
    case 1:
      bytes[at] = pick(INTERESTING);
      return bytes;
    case 2:
      return bytes.subarray(0, at);
    case 3:
      return Buffer.concat([bytes.subarray(0, at), bytes.subarray(Math.min(bytes.length, at + randomInt(1, 64)))]);
    case 4: {
      const end = Math.min(bytes.length, at + randomInt(1, 128));
      return Buffer.concat([bytes.subarray(0, end), bytes.subarray(at, end), bytes.subarray(end)]);
    }
    case 5:
      return Buffer.concat([
        bytes.subarray(0, at),
        Buffer.from(Array.from({ length: randomInt(1, 16) }, () => randomInt(256))),
        bytes.subarray(at),
      ]);
    case 6: {
      // A length field: claim far more than there is, or use forms DER forbids.
      const forms = [
        [0x84, 0xff, 0xff, 0xff, 0xff],
        [0x80],
        [0x81, 0x00],
        [0x88, 1, 0, 0, 0, 0, 0, 0, 0],
        [0x82, 0x00, 0x01],
        [0x7f],
      ];
      const length = Buffer.from(pick(forms));
      return Buffer.concat([
        bytes.subarray(0, at),
        length,
        bytes.subarray(Math.min(bytes.length, at + 1 + (bytes[at] & 0x80 ? bytes[at] & 0x7f : 0))),
      ]);
    }
    case 7: {
      bytes[at] = pick([0x30, 0x31, 0x02, 0x03, 0x04, 0x05, 0x06, 0x0c, 0x13, 0x17, 0x18, 0x1f, 0xa0, 0xa3, 0xbf]);
      return bytes;
    }
    case 8: {
      // Deep nesting: hundreds of constructed wrappers.
      const depth = randomInt(50, 2000);
      const head = Buffer.alloc(depth * 2);
      for (let i = 0; i < depth; i++) {
        head[2 * i] = 0x30;
        head[2 * i + 1] = 0x80;
      }
      return Buffer.concat([bytes.subarray(0, at), head, bytes.subarray(at)]);
    }
    case 9: {
      const end = Math.min(bytes.length, at + randomInt(1, 8));
      for (let i = at; i < end; i++) bytes[i] = 0xff;
      return bytes;
    }
    case 10: {
      const other = bytes.subarray(randomInt(bytes.length));
      return Buffer.concat([bytes.subarray(0, at), other]);
    }
    default: {
      const n = randomInt(1, 4);
      for (let i = 0; i < n; i++) bytes[randomInt(bytes.length)] = randomInt(256);
      return bytes;
    }
  }
}

function toPem(label, der) {
  const body = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${body.join('\n')}\n-----END ${label}-----\n`;
}

function mutate(input, corpus) {
  const text = input.toString('latin1');
  const blocks = [...text.matchAll(PEM_BLOCK)];
  const choice = randomInt(10);
  if (blocks.length > 0 && choice < 5) {
    // Mutate the DER inside one block and wrap it again, so the base64 layer does not hide the damage.
    const block = pick(blocks);
    const der = Buffer.from(block[2].replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
    const replaced = toPem(block[1], derMutate(der));
    return Buffer.from(text.slice(0, block.index) + replaced + text.slice(block.index + block[0].length), 'latin1');
  }
  if (blocks.length > 0 && choice === 5) {
    // PEM-level damage: drop an END line, a BEGIN line, or break base64.
    const damage = [
      (t) => t.replace(/-----END [A-Z ]+-----/, ''),
      (t) => t.replace(/-----BEGIN [A-Z ]+-----/, ''),
      (t) => t.replace(/[A-Za-z0-9]/, '!'),
      (t) => t.replace(/\n/g, '\r\n'),
      (t) => t.replace(/\n(?=[A-Za-z0-9+/])/, '\n\n'),
    ];
    return Buffer.from(pick(damage)(text), 'latin1');
  }
  if (choice === 6) {
    // Splice with another corpus entry: blocks from two files, or halves of two DER blobs.
    const other = pick(corpus);
    return Buffer.concat([input.subarray(0, randomInt(input.length + 1)), other.subarray(randomInt(other.length + 1))]);
  }
  if (choice === 7 && blocks.length > 0) {
    // Many copies of a block: object-count and duplicate handling.
    return Buffer.from(blocks[0][0].repeat(randomInt(2, 300)), 'latin1');
  }
  return derMutate(input);
}

// ---------------------------------------------------------------- one input
/** Base64 lines of private keys in the input: none may come out again. */
function secretsIn(input) {
  const text = input.toString('latin1');
  const secrets = [];
  for (const block of text.matchAll(/-----BEGIN [A-Z ]*PRIVATE KEY-----([\s\S]*?)-----END/g)) {
    for (const line of block[1].split(/\r?\n/))
      if (/^[A-Za-z0-9+/=]{24,}$/.test(line.trim())) secrets.push(line.trim());
  }
  return secrets;
}

function judge(target, input) {
  const started = performance.now();
  let output;
  try {
    output = target.fuzzOne(input);
  } catch (error) {
    return { kind: 'exception', detail: String(error?.stack ?? error) };
  }
  const ms = performance.now() - started;
  if (ms > SLOW_MS) return { kind: 'slow', detail: `${ms.toFixed(0)} ms` };
  const leaked = secretsIn(input).find((secret) => output.includes(secret));
  if (leaked) return { kind: 'key-material', detail: `output contains ${leaked.slice(0, 12)}...` };
  return undefined;
}

async function loadTarget() {
  const target = await import(pathToFileURL(path.join(targetDir, 'index.js')).href);
  target.setUp(path.join(repo, '__tests__/fixtures/truststores/root-rsa-only.pem'));
  return target;
}

/** Delta debugging: drop chunks while the same kind of failure still happens (within a time budget). */
export function minimise(target, input, kind, budgetMs = 60_000) {
  const stop = Date.now() + budgetMs;
  let current = Buffer.from(input);
  for (let chunk = Math.max(1, current.length >> 1); chunk >= 1 && Date.now() < stop; chunk >>= 1) {
    for (let start = 0; start < current.length && Date.now() < stop;) {
      const candidate = Buffer.concat([current.subarray(0, start), current.subarray(start + chunk)]);
      if (candidate.length > 0 && judge(target, candidate)?.kind === kind) current = candidate;
      else start += chunk;
    }
  }
  return current;
}

// ---------------------------------------------------------------- worker
async function worker(id, deadline) {
  const target = await loadTarget();
  const { seeds } = JSON.parse(readFileSync(path.join(work, 'seeds.json'), 'utf8'));
  const corpus = seeds.map((file) => readFileSync(file));
  const session = new inspector.Session();
  session.connect();
  const post = (method, params) =>
    new Promise((resolve, reject) =>
      session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))),
    );
  await post('Profiler.enable');
  await post('Profiler.startPreciseCoverage', { callCount: false, detailed: true });
  // V8 block coverage in binary mode, reset by every take: an executed function reports its own range
  // with count 1 and only the blocks inside it that did NOT run (count 0). So a block is covered when its
  // function ran and it was not among that function's zero-count blocks.
  const blocksOf = new Map(); // function range key -> Set of block keys ever seen inside it
  const covered = new Set();
  const takeNew = async () => {
    const { result } = await post('Profiler.takePreciseCoverage');
    let fresh = 0;
    const mark = (key) => {
      if (!covered.has(key)) {
        covered.add(key);
        fresh++;
      }
    };
    for (const script of result) {
      if (!script.url.includes('/tmp/fuzz/target/')) continue;
      for (const fn of script.functions) {
        const [top, ...inner] = fn.ranges;
        const fnKey = `${top.startOffset}-${top.endOffset}`;
        let known = blocksOf.get(fnKey);
        if (!known) blocksOf.set(fnKey, (known = new Set()));
        for (const range of inner) known.add(`${range.startOffset}-${range.endOffset}`);
        if (top.count === 0) continue;
        mark(fnKey);
        const notRun = new Set(
          inner.filter((range) => range.count === 0).map((range) => `${range.startOffset}-${range.endOffset}`),
        );
        for (const block of known) if (!notRun.has(block)) mark(block);
      }
    }
    return fresh;
  };
  const allBlocks = () => {
    const all = new Set();
    for (const [fnKey, inner] of blocksOf) {
      all.add(fnKey);
      for (const block of inner) all.add(block);
    }
    return all;
  };
  for (const seed of corpus) {
    judge(target, seed);
    await takeNew();
  }
  const current = path.join(work, `current-${id}.bin`);
  let inputs = 0;
  let interesting = 0;
  const failures = [];
  while (Date.now() < deadline) {
    let input = pick(corpus);
    for (let n = randomInt(1, 5); n > 0; n--) input = mutate(input, corpus);
    if (input.length > MAX_INPUT) input = input.subarray(0, MAX_INPUT);
    writeFileSync(current, input);
    const failure = judge(target, input);
    inputs++;
    if (failure) {
      const name = `${failure.kind}-${createHash('sha256').update(input).digest('hex').slice(0, 12)}`;
      writeFileSync(path.join(work, 'failures', `${name}.bin`), input);
      writeFileSync(path.join(work, 'failures', `${name}.txt`), failure.detail);
      failures.push(name);
    }
    if ((await takeNew()) > 0) {
      corpus.push(input);
      interesting++;
    }
  }
  process.stdout.write(
    `${JSON.stringify({ id, inputs, interesting, corpus: corpus.length, covered: [...covered], blocks: [...allBlocks()], failures })}\n`,
  );
}

// ---------------------------------------------------------------- supervisor
async function supervise() {
  const seconds = Number(values.seconds);
  const workers = Number(values.workers);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(path.join(work, 'failures'), { recursive: true });
  mkdirSync(path.join(work, 'seed-files'), { recursive: true });
  execFileSync(
    process.execPath,
    [
      path.join(repo, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
      'build',
      path.join(repo, 'fuzz/target.ts'),
      '-o',
      targetDir,
      '--quiet',
      '--target',
      'es2022',
    ],
    { stdio: 'inherit', cwd: repo },
  );
  const { seeds, vectors } = loadSeeds();
  const seedFiles = seeds.map((seed, index) => {
    const file = path.join(work, 'seed-files', `${index}.bin`);
    writeFileSync(file, seed);
    return file;
  });
  writeFileSync(path.join(work, 'seeds.json'), JSON.stringify({ seeds: seedFiles }));
  console.log(
    `fuzz: ${seeds.length} seeds (${vectors} from Debian's cryptography vectors${vectors === 0 ? ': apt-get install python3-cryptography-vectors to add them' : ''}), ${workers} workers, ${seconds} s`,
  );
  const deadline = Date.now() + seconds * 1000;
  const stats = [];
  const crashes = [];
  const runWorker = (id) =>
    new Promise((resolve) => {
      const child = spawn(
        process.execPath,
        ['--stack-size=984', fileURLToPath(import.meta.url), '--worker', String(id), '--deadline', String(deadline)],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      let out = '';
      child.stdout.on('data', (chunk) => (out += chunk));
      child.on('close', (code, signal) => {
        const line = out.trim().split('\n').pop();
        if (code === 0 && line?.startsWith('{')) {
          stats.push(JSON.parse(line));
          return resolve();
        }
        // The process died: the input it was on is the crasher.
        const current = path.join(work, `current-${id}.bin`);
        if (existsSync(current)) {
          const name = `crash-${createHash('sha256').update(readFileSync(current)).digest('hex').slice(0, 12)}`;
          writeFileSync(path.join(work, 'failures', `${name}.bin`), readFileSync(current));
          writeFileSync(path.join(work, 'failures', `${name}.txt`), `process ended with ${signal ?? `code ${code}`}`);
          crashes.push(name);
        }
        if (Date.now() < deadline - 1000) runWorker(id).then(resolve);
        else resolve();
      });
    });
  await Promise.all(Array.from({ length: workers }, (_, id) => runWorker(id)));

  const covered = new Set(stats.flatMap((s) => s.covered));
  const blocks = new Set(stats.flatMap((s) => s.blocks));
  const inputs = stats.reduce((sum, s) => sum + s.inputs, 0);
  const failures = readdirSync(path.join(work, 'failures')).filter((f) => f.endsWith('.bin'));
  const summary = {
    seconds,
    inputs,
    inputsPerSecond: Math.round(inputs / seconds),
    corpus: stats.reduce((sum, s) => sum + s.corpus, 0),
    coverage: `${covered.size} of ${blocks.size} code blocks of the engine bundle (${((100 * covered.size) / Math.max(1, blocks.size)).toFixed(1)}%)`,
    failures: failures.length,
    crashes: crashes.length,
  };
  writeFileSync(path.join(work, 'summary.json'), JSON.stringify(summary, null, 2));
  console.log(`fuzz: ${JSON.stringify(summary)}`);
  if (failures.length === 0) return 0;
  const target = await loadTarget();
  mkdirSync(regressions, { recursive: true });
  for (const file of failures) {
    const input = readFileSync(path.join(work, 'failures', file));
    const kind = file.split('-')[0];
    const minimal = kind === 'crash' ? input : minimise(target, input, kind === 'key' ? 'key-material' : kind);
    const name = `${kind}-${createHash('sha256').update(minimal).digest('hex').slice(0, 12)}.bin`;
    writeFileSync(path.join(regressions, name), minimal);
    console.log(
      `fuzz: ${file} (${readFileSync(path.join(work, 'failures', file.replace(/\.bin$/, '.txt')), 'utf8').split('\n')[0]}) -> ${path.relative(repo, path.join(regressions, name))}`,
    );
  }
  return 1;
}

if (values.worker !== undefined) await worker(Number(values.worker), Number(values.deadline));
else process.exitCode = await supervise();
