// npm run bench [-- --rounds N --large-rounds N --large false --write false --action-node PATH|none] : the
// full check against openssl, side by side, at 10,000 clients and at 100,000; the 10,000-client check and
// the action's cold start also on the action's runtime (Node 24, fetched by scripts/node-from-registry.sh).
// Not part of the tests: nothing here asserts a time. Writes BENCHMARKS.md.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  CLIENT_FILES,
  CLIENTS_PER_FOLDER,
  ensureCorpus,
  ensureLargeCorpus,
  LARGE_CLIENT_FILES,
  TRUSTSTORE_SIZE,
} from './corpus.mjs';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    // The 100,000-client pair takes about a minute and a half a round (openssl most of it).
    'large-rounds': { type: 'string', default: '3' },
    large: { type: 'string', default: 'true' },
    'loop-sample': { type: 'string', default: '50' },
    write: { type: 'string', default: 'true' },
    // The Node that runs the action (action.yml: node24): scripts/node-from-registry.sh's unless a path is given.
    'action-node': { type: 'string' },
  },
});
const ROUNDS = Number(values.rounds);
const LARGE = values.large !== 'false';
const LARGE_ROUNDS = LARGE ? Number(values['large-rounds']) : 0;
const WRITE = values.write !== 'false';
const LOOP_SAMPLE = Number(values['loop-sample']);
const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const cli = path.join(repo, 'dist/cli/index.js');
const action = path.join(repo, 'dist/index.js');
if (!existsSync(cli) || !existsSync(action)) throw new Error('dist/ is missing: run npm run build first');
// Its real path: git names the corpus's repository by it, and --base compares paths with it (.bench-cache may be a link).
mkdirSync(path.join(repo, '.bench-cache'), { recursive: true });
const cache = realpathSync(path.join(repo, '.bench-cache'));
const corpus = await ensureCorpus(cache);
const large = LARGE ? await ensureLargeCorpus(cache) : undefined;
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
/** The action's runtime, and this machine's Node (which runs the CLI's scenarios): both, as their versions say. */
const actionNode =
  values['action-node'] === 'none'
    ? undefined
    : (values['action-node'] ??
      execFileSync('bash', [path.join(repo, 'scripts/node-from-registry.sh'), '24'], { encoding: 'utf8' }).trim());
const versionOf = (node) => execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
const actionNodeVersion = actionNode ? versionOf(actionNode) : undefined;
const major = (version) => `Node ${version.slice(1).split('.')[0]}`;
/** What the action's cold start is timed on: the action's runtime, or this machine's Node without one. */
const actionRuntime = { node: actionNode ?? process.execPath, label: major(actionNodeVersion ?? process.version) };

const clientsOf = (paths) =>
  readdirSync(paths.clients)
    .sort()
    .flatMap((folder) =>
      readdirSync(path.join(paths.clients, folder))
        .sort()
        .map((file) => path.join(paths.clients, folder, file)),
    );
const allClients = clientsOf(corpus);
/** The large corpus's clients relative to its root, in groups that fit a command line (ARG_MAX is about 2 MB). */
const largeGroups = [];
if (large) {
  const relative = clientsOf(large).map((file) => path.relative(large.root, file));
  for (let i = 0; i < relative.length; i += 20_000) largeGroups.push(relative.slice(i, i + 20_000));
}
const loopSample = allClients
  .filter((_, index) => index % Math.floor(CLIENT_FILES / LOOP_SAMPLE) === 0)
  .slice(0, LOOP_SAMPLE);
const scratch = mkdtempSync(path.join(os.tmpdir(), 'tsc-bench-'));
const emptyFolder = path.join(scratch, 'none');

/** Runs a command once: wall time in ms (hrtime around the process) and peak RSS in MB (GNU time), when available. */
function measure(command, args, options = {}) {
  const measured = run(command, args, options);
  // A failed check must not be timed as if it were one (openssl verify exits 2 on the corpus's broken clients).
  if ((command === process.execPath || command === actionNode) && measured.status !== 0)
    throw new Error(`${args.join(' ')} exited ${measured.status}: ${measured.stderr}`);
  return measured;
}

/** Several processes one after the other, measured as one: their times added, the largest peak. */
function measureAll(runs) {
  const each = runs.map(([command, args, options]) => measure(command, args, options));
  return { ms: each.reduce((sum, one) => sum + one.ms, 0), rssMb: Math.max(...each.map((one) => one.rssMb ?? 0)) };
}

function run(command, args, options) {
  const rssFile = path.join(scratch, 'rss');
  const [file, argv] = TIME ? [TIME, ['-f', '%M', '-o', rssFile, command, ...args]] : [command, args];
  const started = process.hrtime.bigint();
  const result = spawnSync(file, argv, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30, ...options });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.error) throw result.error;
  const rssMb = TIME ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) / 1024 : undefined;
  return { ms, rssMb, status: result.status, stderr: result.stderr.toString().slice(0, 2000) };
}

const check = (truststore, clients, root = corpus.root) => [
  cli,
  root,
  '--truststore',
  path.relative(root, truststore),
  ...(clients ? ['--clients', clients] : []),
  '--format',
  'json',
  '--fail-on',
  'never',
];
// --base needs the corpus to be a repository of its own (it sits in an ignored folder of this one).
if (!existsSync(path.join(corpus.root, '.git'))) {
  const git = (...args) =>
    execFileSync('git', args, {
      cwd: corpus.root,
      stdio: 'ignore',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'bench',
        GIT_AUTHOR_EMAIL: 'bench@example.invalid',
        GIT_COMMITTER_NAME: 'bench',
        GIT_COMMITTER_EMAIL: 'bench@example.invalid',
      },
    });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'corpus');
}
const oneThread = { env: { ...process.env, TRUSTSTORE_CHECK_THREADS: '1' } };
const scenarios = {
  full10k: () => measure(process.execPath, check(corpus.truststore, 'clients/**/*.pem')),
  ...(actionNode ? { full10kActionNode: () => measure(actionNode, check(corpus.truststore, 'clients/**/*.pem')) } : {}),
  full10kOneThread: () => measure(process.execPath, check(corpus.truststore, 'clients/**/*.pem'), oneThread),
  // The base is the same commit: both sides hold all 10,000 clients, the most work a change review does.
  change10k: () => measure(process.execPath, [...check(corpus.truststore, 'clients/**/*.pem'), '--base', 'HEAD']),
  openssl10k: () =>
    measure('openssl', [
      'verify',
      '-no-CApath',
      '-no-CAstore',
      '-CAfile',
      corpus.truststore,
      '-untrusted',
      corpus.intermediates,
      ...allClients,
    ]),
  full1k: () => measure(process.execPath, check(corpus.truststore, 'clients/00/*.pem')),
  full1kSmall: () => measure(process.execPath, check(corpus.smallTruststore, 'clients/00/*.pem')),
  truststoreOnly: () => measure(process.execPath, check(corpus.truststore)),
  smallTruststoreOnly: () => measure(process.execPath, check(corpus.smallTruststore)),
  shellLoop: () =>
    measure('bash', [
      '-c',
      'for f in "$@"; do openssl x509 -noout -text -in "$f" | grep -q "Signature Algorithm"; openssl verify -CAfile "$0" "$f" >/dev/null 2>&1; done',
      corpus.truststore,
      ...loopSample,
    ]),
  actionColdStart: () =>
    measure(actionRuntime.node, [action], {
      cwd: path.join(repo, 'examples'),
      env: {
        PATH: process.env.PATH,
        GITHUB_WORKSPACE: path.join(repo, 'examples'),
        'INPUT_FAIL-ON': 'never',
        RUNNER_TEMP: scratch,
      },
    }),
  nodeBaseline: () => measure(actionRuntime.node, ['-e', '0']),
};
void emptyFolder;
/** The 100,000-client pair, run fewer rounds. openssl takes the files in groups (one command line cannot hold them all). */
const largeScenarios = large
  ? {
      full100k: () => measure(process.execPath, check(large.truststore, 'clients/**/*.pem', large.root)),
      openssl100k: () =>
        measureAll(
          largeGroups.map((group) => [
            'openssl',
            [
              'verify',
              '-no-CApath',
              '-no-CAstore',
              '-CAfile',
              large.truststore,
              '-untrusted',
              large.intermediates,
              ...group,
            ],
            { cwd: large.root },
          ]),
        ),
    }
  : {};

const samples = Object.fromEntries(
  [...Object.keys(scenarios), ...Object.keys(largeScenarios)].map((name) => [name, []]),
);
/** Warms the file cache (by default, a run of each), then alternates the order every round so no scenario always runs first. */
function runRounds(set, rounds, label, warm = () => Object.values(set).forEach((scenario) => scenario())) {
  const names = Object.keys(set);
  if (rounds === 0 || names.length === 0) return;
  warm();
  for (let round = 0; round < rounds; round++) {
    const order = names.map((_, i) => names[(i + round) % names.length]);
    for (const name of order) samples[name].push(set[name]());
    process.stdout.write(`${label} round ${round + 1}/${rounds} done\n`);
  }
}
runRounds(scenarios, ROUNDS, '10,000 clients:');
// Warmed by reading the files: a run of each would take minutes.
runRounds(largeScenarios, LARGE_ROUNDS, '100,000 clients:', () =>
  largeGroups.flat().forEach((file) => readFileSync(path.join(large.root, file))),
);
rmSync(scratch, { recursive: true, force: true });
const names = Object.keys(samples).filter((name) => samples[name].length > 0);

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const stats = Object.fromEntries(
  names.map((name) => {
    const ms = samples[name].map((s) => s.ms);
    const rss = samples[name].map((s) => s.rssMb).filter((v) => v !== undefined);
    return [
      name,
      {
        median: median(ms),
        min: Math.min(...ms),
        max: Math.max(...ms),
        rss: rss.length ? Math.max(...rss) : undefined,
      },
    ];
  }),
);

const m = (name) => stats[name].median;
const loopPerCert = m('shellLoop') / loopSample.length;
const loopExtrapolated = loopPerCert * CLIENT_FILES;
const perClientLarge = (m('full1k') - m('truststoreOnly')) / CLIENTS_PER_FOLDER;
const perClientSmall = (m('full1kSmall') - m('smallTruststoreOnly')) / CLIENTS_PER_FOLDER;
const coldStartOver = m('actionColdStart') - m('nodeBaseline');
const ratio = (a, b) => m(a) / m(b);
const peak = (name) => stats[name]?.rss;
const megabytes = (name) => (peak(name) !== undefined ? `${peak(name).toFixed(0)} MB` : 'n/a (no /usr/bin/time)');
// [what, measured, goal, met]; a row without a goal only informs.
const targets = [
  ...(actionNode
    ? [
        [
          `Full check (10,000 clients) vs openssl verify alone, on the action's runtime (${major(actionNodeVersion)})`,
          `${ratio('full10kActionNode', 'openssl10k').toFixed(2)}×`,
          '≤ 0.40×',
          ratio('full10kActionNode', 'openssl10k') <= 0.4,
        ],
      ]
    : []),
  [
    `Full check (10,000 clients) vs openssl verify alone, on this machine's ${major(process.version)} (the CLI)`,
    `${ratio('full10k', 'openssl10k').toFixed(2)}×`,
    '≤ 0.40×',
    ratio('full10k', 'openssl10k') <= 0.4,
  ],
  [
    'Full check (10,000 clients), one thread vs every core',
    `${ratio('full10kOneThread', 'full10k').toFixed(2)}× the time`,
  ],
  [
    'Full check vs per-file shell loop (extrapolated)',
    `${(loopExtrapolated / m('full10k')).toFixed(1)}× faster`,
    '≥ 20× faster',
    loopExtrapolated / m('full10k') >= 20,
  ],
  [
    '10,000 clients vs 1,000 clients',
    `${ratio('full10k', 'full1k').toFixed(2)}×`,
    '≤ 11×',
    ratio('full10k', 'full1k') <= 11,
  ],
  [
    'Per-client cost, 1,000- vs 100-certificate truststore',
    `${(perClientLarge / perClientSmall).toFixed(2)}× (${(perClientLarge * 1000).toFixed(0)} vs ${(perClientSmall * 1000).toFixed(0)} µs)`,
    '≤ 1.30×',
    perClientLarge / perClientSmall <= 1.3,
  ],
  ...(actionNode
    ? [
        [
          `Peak resident memory, 10,000 clients, on the action's runtime (${major(actionNodeVersion)})`,
          megabytes('full10kActionNode'),
          '≤ 250 MB',
          peak('full10kActionNode') <= 250,
        ],
      ]
    : []),
  [
    `Peak resident memory, 10,000 clients, on this machine's ${major(process.version)} (the CLI)`,
    megabytes('full10k'),
    '≤ 250 MB',
    peak('full10k') <= 250,
  ],
  ...(large
    ? [
        [
          '100,000 clients vs 10,000 clients',
          `${ratio('full100k', 'full10k').toFixed(2)}×`,
          '≤ 12×',
          ratio('full100k', 'full10k') <= 12,
        ],
        ['Peak resident memory, 100,000 clients', megabytes('full100k'), '≤ 600 MB', peak('full100k') <= 600],
        ['Full check (100,000 clients) vs openssl verify alone', `${ratio('full100k', 'openssl100k').toFixed(2)}×`],
      ]
    : []),
  [
    'Change review (`--base`, 10,000 clients at both sides) vs one check',
    `${ratio('change10k', 'full10k').toFixed(2)}×`,
    '≤ 1.60×',
    ratio('change10k', 'full10k') <= 1.6,
  ],
  ['Peak resident memory, change review', megabytes('change10k'), '≤ 300 MB', peak('change10k') <= 300],
  [
    `Action cold start on examples/ over \`node -e 0\` (${actionRuntime.label})`,
    `+${coldStartOver.toFixed(0)} ms`,
    '≤ +150 ms',
    coldStartOver <= 150,
  ],
];

const fmt = (ms) =>
  ms >= 120_000
    ? `${(ms / 60_000).toFixed(1)} min`
    : ms >= 1000
      ? `${(ms / 1000).toFixed(2)} s`
      : `${ms.toFixed(0)} ms`;
const rows = [
  [
    'full10k',
    `truststore-check, 10,000 clients × ${TRUSTSTORE_SIZE.toLocaleString('en-US')}-certificate truststore (all rules and chains, JSON)`,
  ],
  ...(actionNode
    ? [
        [
          'full10kActionNode',
          `the same check on the action's runtime, ${major(actionNodeVersion)} (${actionNodeVersion})`,
        ],
      ]
    : []),
  [
    'openssl10k',
    '`openssl verify -CAfile truststore -untrusted intermediates <10,000 files>` (one process, chains only)',
  ],
  ['full10kOneThread', 'truststore-check, the same 10,000 clients on one thread (`TRUSTSTORE_CHECK_THREADS=1`)'],
  ...(large
    ? [
        [
          'full100k',
          `truststore-check, ${LARGE_CLIENT_FILES.toLocaleString('en-US')} clients × ${TRUSTSTORE_SIZE.toLocaleString('en-US')}-certificate truststore (the large corpus)`,
        ],
        [
          'openssl100k',
          `\`openssl verify\` over the same ${LARGE_CLIENT_FILES.toLocaleString('en-US')} files (${largeGroups.length} processes of ${(20_000).toLocaleString('en-US')}: one command line cannot hold them all; times added)`,
        ],
      ]
    : []),
  // `\\|`: a bare pipe would end the table cell.
  [
    'shellLoop',
    `per-file shell loop (\`openssl x509 -text \\| grep\` + \`openssl verify\`), ${loopSample.length} files`,
  ],
  ['change10k', 'truststore-check --base HEAD, the same 10,000 clients read from the working tree and from git'],
  ['full1k', 'truststore-check, 1,000 clients × 1,000-certificate truststore'],
  ['full1kSmall', 'truststore-check, 1,000 clients × 100-certificate truststore'],
  ['truststoreOnly', 'truststore-check, 1,000-certificate truststore alone'],
  ['smallTruststoreOnly', 'truststore-check, 100-certificate truststore alone'],
  ['actionColdStart', `\`node dist/index.js\` on examples/ (no GitHub API), ${actionRuntime.label}`],
  ['nodeBaseline', `\`node -e 0\`, ${actionRuntime.label}`],
];
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const opensslVersion = execFileSync('openssl', ['version'], { encoding: 'utf8' }).trim();
const certificatesPerSecond = (CLIENT_FILES + TRUSTSTORE_SIZE) / (m('full10k') / 1000);
const lines = [
  '# Benchmarks',
  '',
  `Measured by \`npm run bench\` (bench/run.mjs) on ${new Date().toISOString().slice(0, 10)}: ${ROUNDS} rounds${large ? ` (the ${LARGE_CLIENT_FILES.toLocaleString('en-US')}-client pair ${LARGE_ROUNDS})` : ''}, scenarios alternating, medians with min–max.`,
  `Machine: ${cpu}, ${os.cpus().length} cores (${os.availableParallelism()} available: the threads a large check uses), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version} (every scenario but those named for the action's runtime${actionNodeVersion ? `, Node ${actionNodeVersion}` : ''}); ${opensslVersion}.`,
  `Corpus (bench/corpus.mjs, cached in .bench-cache/10k/): a ${TRUSTSTORE_SIZE.toLocaleString('en-US')}-certificate truststore (300 roots, 700 intermediates; RSA-2048/3072, P-256/P-384), ${CLIENT_FILES.toLocaleString('en-US')} client files (P-256, RSA-2048, P-384; a fifth carry their intermediate; 2% broken: SHA-1 signature, RSA-1024 key, foreign issuer, expired), and a 100-certificate truststore the first 1,000 clients chain to.${large ? ` The large corpus (.bench-cache/100k/, a repository of its own) is built the same way with ${LARGE_CLIENT_FILES.toLocaleString('en-US')} client files under its own ${TRUSTSTORE_SIZE.toLocaleString('en-US')}-certificate truststore, and raises limits.max-files in its configuration.` : ''}`,
  '',
  '| scenario | median | min – max | peak RSS |',
  '|---|---|---|---|',
  ...rows.map(
    ([name, label]) =>
      `| ${label} | ${fmt(stats[name].median)} | ${fmt(stats[name].min)} – ${fmt(stats[name].max)} | ${stats[name].rss !== undefined ? `${stats[name].rss.toFixed(0)} MB` : 'n/a'} |`,
  ),
  '',
  `Throughput of the full check: ${Math.round(certificatesPerSecond).toLocaleString('en-US')} certificates per second. Shell loop: ${fmt(loopPerCert)} per file, so about ${fmt(loopExtrapolated)} for 10,000 files.`,
  `Per-client cost = (run with 1,000 clients − run with the truststore alone) / 1,000.`,
  '',
  '| target | measured | goal | met |',
  '|---|---|---|---|',
  ...targets.map(
    ([what, measured, goal, met]) =>
      `| ${what} | ${measured} | ${goal ?? '—'} | ${goal === undefined ? '—' : met ? 'yes' : '**no**'} |`,
  ),
  '',
];
const table = lines.join('\n');
console.log(`\n${table}`);
if (WRITE) {
  const file = path.join(repo, 'BENCHMARKS.md');
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  // Keep what follows the generated part: the CRL section (npm run bench:crl) and the hand-written notes.
  const rest = previous.indexOf('\n## ');
  const notes = rest === -1 ? '' : previous.slice(rest);
  writeFileSync(file, `${table}${notes}`);
  // Here rather than in package.json after `&&`: there, `npm run bench -- --rounds 1` handed the flags to prettier.
  execFileSync(process.execPath, [path.join(repo, 'node_modules/prettier/bin/prettier.cjs'), '--write', file], {
    stdio: 'ignore',
  });
  console.log(`Wrote ${file}`);
}
