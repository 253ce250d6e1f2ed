// npm run bench:crl [-- --rounds N] : reading a 500,000-entry CRL (and a 1,000,000-entry one, about
// Application Load Balancer's 50 MB file limit), by the whole check and by three readers side by side:
// truststore-check's own DER reader, pkijs and @peculiar/x509, with openssl as the reference.
// Not part of the tests: nothing here asserts a time. Writes its section of BENCHMARKS.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { rounds: { type: 'string', default: '3' }, 'dry-run': { type: 'boolean', default: false } },
});
const ROUNDS = Number(values.rounds);
const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const cli = path.join(repo, 'dist/cli/index.js');
if (!existsSync(cli)) throw new Error('dist/ is missing: run npm run build first');
const cache = path.join(repo, '.bench-cache', 'crl-v1');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const SIZES = [1_000, 50_000, 500_000, 1_000_000];
/** A reader that takes longer than this is stopped and reported as not finishing. */
const READER_TIMEOUT_MS = 60_000;
const FIRST_SERIAL = 0x100000;

const openssl = (...args) => execFileSync('openssl', args, { cwd: cache, stdio: ['ignore', 'pipe', 'pipe'] });

/** The CA, two clients (one revoked, one not) and the CRLs, made once by openssl ca from an index of revocations. */
function ensureCorpus() {
  if (SIZES.every((size) => existsSync(path.join(cache, `crl-${size}.pem`)))) return;
  rmSync(cache, { recursive: true, force: true });
  mkdirSync(cache, { recursive: true });
  openssl(
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-keyout',
    'ca.key',
    '-subj',
    '/O=Bench/CN=Bench CRL CA',
    '-days',
    '3650',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
    '-out',
    'ca.pem',
  );
  for (const [name, serial] of [
    ['revoked', FIRST_SERIAL + 500],
    ['current', 0x10],
  ]) {
    openssl(
      'req',
      '-new',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-keyout',
      `${name}.key`,
      '-subj',
      `/CN=${name} client`,
      '-out',
      `${name}.csr`,
    );
    openssl(
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-set_serial',
      String(serial),
      '-days',
      '365',
      '-out',
      `${name}.pem`,
    );
  }
  writeFileSync(
    path.join(cache, 'ca.cnf'),
    '[ca]\ndefault_ca=c\n[c]\ndatabase=index.txt\ncrlnumber=crlnumber\ndefault_md=sha256\n[crl_ext]\nauthorityKeyIdentifier=keyid:always\n',
  );
  for (const size of SIZES) {
    const lines = [];
    for (let i = 0; i < size; i++) {
      const serial = (FIRST_SERIAL + i).toString(16).toUpperCase().padStart(8, '0');
      lines.push(`R\t350101000000Z\t251201000000Z,keyCompromise\t${serial}\tunknown\t/CN=client ${i}`);
    }
    writeFileSync(path.join(cache, 'index.txt'), `${lines.join('\n')}\n`);
    writeFileSync(path.join(cache, 'crlnumber'), '01\n');
    openssl(
      'ca',
      '-batch',
      '-config',
      'ca.cnf',
      '-gencrl',
      '-cert',
      'ca.pem',
      '-keyfile',
      'ca.key',
      '-crl_lastupdate',
      '20260101000000Z',
      '-crl_nextupdate',
      '20300101000000Z',
      '-crlexts',
      'crl_ext',
      '-out',
      `crl-${size}.pem`,
    );
  }
}

/** The three readers, bundled once with ncc from bench/crl-target.ts. */
function ensureReaders() {
  const out = path.join(cache, 'readers');
  if (!existsSync(path.join(out, 'index.js'))) {
    execFileSync(
      process.execPath,
      [
        path.join(repo, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
        'build',
        '--quiet',
        '--target',
        'es2022',
        path.join(repo, 'bench/crl-target.ts'),
        '-o',
        out,
      ],
      { stdio: 'inherit' },
    );
  }
  return path.join(out, 'index.js');
}

/** Runs a command once: wall time in ms and peak RSS in MB (GNU time), and its stdout. */
function measure(command, args, timeout) {
  const rssFile = path.join(cache, 'rss');
  rmSync(rssFile, { force: true });
  const [file, argv] = TIME ? [TIME, ['-f', '%M', '-o', rssFile, command, ...args]] : [command, args];
  const started = process.hrtime.bigint();
  const result = spawnSync(file, argv, {
    cwd: cache,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    timeout,
    killSignal: 'SIGKILL',
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.error && result.error.code !== 'ETIMEDOUT') throw result.error;
  const rss = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) / 1024 : NaN;
  const timedOut = result.error?.code === 'ETIMEDOUT';
  return {
    ms,
    rssMb: Number.isNaN(rss) ? undefined : rss,
    status: timedOut ? 'timeout' : result.status,
    stdout: result.stdout,
    stderr: result.stderr,
  };
}

/** Why a reader gave no answer: the error it threw, or the time it was stopped at. */
function failure(result) {
  if (result.status === 'timeout') return `stopped after ${READER_TIMEOUT_MS / 1000} s`;
  const line = result.stderr.split('\n').find((text) => /^\w*Error: |heap out of memory/.test(text));
  return `fails: ${(line ?? `exit ${result.status}`)
    .replace(/^\w*Error: /, '')
    .trim()
    .slice(0, 80)}`;
}

ensureCorpus();
const readers = ensureReaders();
const READER_NAMES = ['truststore-check (own DER reader)', 'pkijs', '@peculiar/x509'];
const revokedSerial = (FIRST_SERIAL + 500).toString(16);

const scenarios = [];
for (const size of SIZES) {
  const crl = `crl-${size}.pem`;
  const label = `${size.toLocaleString('en-US')} entries (${(statSync(path.join(cache, crl)).size / 1e6).toFixed(1)} MB PEM)`;
  if (size < 500_000) {
    // Small lists compare the readers only; the whole check is measured on the large ones.
  } else
    scenarios.push({
      name: `check ${size}`,
      label: `truststore-check, whole check (\`--profile aws-alb\`, 2 clients, the CRL), ${label}`,
      run: () =>
        measure(process.execPath, [
          cli,
          '.',
          '--profile',
          'aws-alb',
          '--truststore',
          'ca.pem',
          '--clients',
          'revoked.pem',
          '--clients',
          'current.pem',
          '--crls',
          crl,
          '--format',
          'json',
          '--fail-on',
          'never',
        ]),
      verify: (result) => {
        const report = JSON.parse(result.stdout);
        const verdicts = report.chains
          .map((chain) => `${chain.file}:${chain.accepted}`)
          .sort()
          .join(' ');
        if (verdicts !== 'current.pem:true revoked.pem:false') throw new Error(`unexpected verdicts ${verdicts}`);
      },
    });
  for (const reader of READER_NAMES) {
    const script = `const m = await import(${JSON.stringify(pathToFileURL(readers).href)}); const { readFileSync } = await import('node:fs');
const t = performance.now(); const r = m.READERS[${JSON.stringify(reader)}](readFileSync(${JSON.stringify(crl)}), ${JSON.stringify(revokedSerial)});
console.log(JSON.stringify({ ms: performance.now() - t, ...r }));`;
    scenarios.push({
      name: `${reader} ${size}`,
      label: `${reader}: read the CRL and look up one serial, ${label}`,
      run: () => measure(process.execPath, ['--input-type=module', '-e', script], READER_TIMEOUT_MS),
      verify: (result) => {
        if (result.status !== 0) return; // a library that cannot read the list is a result, reported as such
        const out = JSON.parse(result.stdout);
        if (out.entries !== size || out.revoked !== true)
          throw new Error(`${reader}: ${result.stdout}${result.stderr}`);
      },
      inner: (result) => (result.status === 0 ? JSON.parse(result.stdout).ms : undefined),
    });
  }
  if (size >= 500_000)
    scenarios.push({
      name: `openssl crl ${size}`,
      label: `\`openssl crl -noout\` (parse only), ${label}`,
      run: () => measure('openssl', ['crl', '-in', crl, '-noout']),
    });
  if (size >= 500_000)
    scenarios.push({
      name: `openssl verify ${size}`,
      label: `\`openssl verify -crl_check -CRLfile\` on the revoked client, ${label}`,
      run: () =>
        measure('openssl', [
          'verify',
          '-no-CApath',
          '-no-CAstore',
          '-CAfile',
          'ca.pem',
          '-crl_check',
          '-CRLfile',
          crl,
          'revoked.pem',
        ]),
    });
}

const samples = new Map(scenarios.map((scenario) => [scenario.name, []]));
for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 === 0 ? scenarios : [...scenarios].reverse();
  for (const scenario of order) {
    // A reader that failed or was stopped once is not run again: its result is known, and it costs a minute.
    const earlier = samples.get(scenario.name).find((s) => s.status !== 0 && scenario.inner);
    if (earlier) {
      samples.get(scenario.name).push(earlier);
      continue;
    }
    const result = scenario.run();
    scenario.verify?.(result);
    samples.get(scenario.name).push({ ...result, inner: scenario.inner?.(result) });
  }
  process.stdout.write(`round ${round + 1}/${ROUNDS} done\n`);
}
const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const rows = scenarios.map((scenario) => {
  const list = samples.get(scenario.name);
  const wall = median(list.map((s) => s.ms));
  const failed = list.find((s) => s.status !== 0 && scenario.inner);
  if (failed)
    return `| ${scenario.label} | ${failure(failed)} (${fmt(wall)}) | — | ${failed.rssMb ? `${failed.rssMb.toFixed(0)} MB` : 'n/a'} |`;
  const inner = scenario.inner ? fmt(median(list.map((s) => s.inner))) : '—';
  const rss = list.every((s) => s.rssMb !== undefined)
    ? `${Math.max(...list.map((s) => s.rssMb)).toFixed(0)} MB`
    : 'n/a';
  return `| ${scenario.label} | ${fmt(wall)} | ${inner} | ${rss} |`;
});
const check500k = median(samples.get('check 500000').map((s) => s.ms));
const section = [
  '## Certificate revocation lists',
  '',
  `Measured by \`npm run bench:crl\` (bench/crl.mjs) on ${new Date().toISOString().slice(0, 10)}: ${ROUNDS} rounds, medians; same machine as above. CRLs made by \`openssl ca -gencrl\` (P-256 CA, every entry with a reason code), cached in .bench-cache/. "Read" is the time inside the process for reading and one lookup; the wall time includes starting Node. pkijs is given asn1js limits raised to what a 50 MB list needs (its own \`fromBER\` keeps asn1js 4's defaults of 10,000 nodes and 16 MiB, which refuse any CRL past about 1,600 entries); @peculiar/x509 offers no way to raise them. A reader still running after ${READER_TIMEOUT_MS / 1000} s is stopped.`,
  '',
  '| scenario | wall (median) | read | peak RSS |',
  '|---|---|---|---|',
  ...rows,
  '',
  `Target: a 500,000-entry CRL checked in under 5 s: ${fmt(check500k)}, ${check500k < 5000 ? 'met' : '**not met**'}.`,
  '',
].join('\n');
console.log(`\n${section}`);
if (!values['dry-run']) {
  const file = path.join(repo, 'BENCHMARKS.md');
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf('\n## Certificate revocation lists');
  const end = start === -1 ? -1 : text.indexOf('\n## ', start + 1);
  const notes = text.indexOf('\n## Notes');
  const updated =
    start !== -1
      ? `${text.slice(0, start)}\n${section}${end === -1 ? '' : text.slice(end)}`
      : notes !== -1
        ? `${text.slice(0, notes)}\n${section}${text.slice(notes)}`
        : `${text}\n${section}`;
  writeFileSync(file, updated);
  console.log(`Wrote ${file}`);
}
void os;
