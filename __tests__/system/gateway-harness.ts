import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkInventory } from '../../src/engine.js';
import type { Profile } from '../../src/profiles/profile.js';
import { memoryInventory, REPO } from '../helpers.js';
import { makeKeyPool, makeCertificate, name, type KeyPair } from '../differential/certificates.js';
import { generateCase, type DifferentialCase } from '../differential/scenarios.js';

/**
 * What the system tests of real gateways share: random PKIs from the
 * differential generator planned around the real clock, one server process
 * per gateway holding every case (each case is a name the client asks for by
 * SNI), a TLS client presenting the case's certificate and what it sends, and
 * the tally of verdicts. A gateway judges at the real clock, so cases are
 * planned a minute in the past, and those that hinge on one second are left
 * out (they would race it).
 */

/** One case as a gateway serves it: its files, the name that selects it, and the profile it is compared with. */
export interface Served {
  testCase: DifferentialCase;
  serverName: string;
  profile: Profile;
  /** How the case's gateway is set up, for messages (`depth 3, CRLs`). */
  setup: string;
  /** Where its files are written. */
  truststorePath: string;
  crlPath?: string;
}

export interface Pki {
  work: string;
  keys: KeyPair[];
  /** The moment cases are planned around and the tool judges at. */
  now: Date;
  /** A server certificate for `*.test` (every case's name) and its key, as files. */
  serverCertificate: string;
  serverKey: string;
  /** A root no case uses: some gateways need one CA at least. */
  placeholder: string;
}

/** Keys, a server certificate and a work directory for one gateway's run. */
export function makePki(prefix: string): Pki {
  const work = mkdtempSync(path.join(tmpdir(), prefix));
  const keys = makeKeyPool(24, 2);
  const now = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
  const serverKey = keys[0]!;
  const serverName = name(['2.5.4.3', 'gateway.test']);
  const serverCertificate = makeCertificate({
    subject: serverName,
    issuer: serverName,
    serial: 1n,
    notBefore: new Date(now.getTime() - 86_400_000),
    notAfter: new Date(now.getTime() + 86_400_000),
    key: serverKey,
    signer: serverKey,
    // Go's TLS server picks a certificate by the name asked for: one for every case's name.
    extensions: [{ oid: '2.5.29.17', value: Buffer.from('300882062a2e74657374', 'hex') }],
  });
  const placeholder = makeCertificate({
    subject: name(['2.5.4.3', 'Unrelated Placeholder Root']),
    issuer: name(['2.5.4.3', 'Unrelated Placeholder Root']),
    serial: 2n,
    notBefore: new Date(now.getTime() - 86_400_000),
    notAfter: new Date(now.getTime() + 86_400_000),
    key: keys[1]!,
    signer: keys[1]!,
    extensions: [],
  });
  writeFileSync(path.join(work, 'server.pem'), serverCertificate);
  writeFileSync(path.join(work, 'server.key'), serverKey.privateKey.export({ type: 'pkcs8', format: 'pem' }));
  return {
    work,
    keys,
    now,
    serverCertificate: path.join(work, 'server.pem'),
    serverKey: path.join(work, 'server.key'),
    placeholder,
  };
}

export interface Plan {
  count: number;
  crls: boolean;
  /** The profile the case is compared with, by its index among the cases of this plan. */
  profile: (index: number) => { profile: Profile; setup: string };
  /** Seed offset of the plan's cases, so that plans draw different PKIs. */
  offset: number;
  /** Draw the variations that separate Go from OpenSSL too. */
  goVariations?: boolean;
}

/**
 * The cases of a run: each plan's count of random PKIs from `seed`, each
 * truststore with the placeholder root appended, its files written.
 * `excluded`: notes of variations this gateway cannot be compared on.
 */
export function planCases(pki: Pki, seed: number, plans: readonly Plan[], excluded: RegExp): Served[] {
  const served: Served[] = [];
  for (const plan of plans) {
    let planned = 0;
    for (let index = 0; planned < plan.count; index++) {
      const testCase = generateCase(seed, plan.offset + index, pki.keys, {
        crls: plan.crls,
        at: pki.now,
        ...(plan.goVariations ? { goVariations: true } : {}),
      });
      if (testCase.notes.some((note) => excluded.test(note))) continue;
      testCase.truststore.push(pki.placeholder);
      const number = served.length;
      const truststorePath = path.join(pki.work, `ca-${number}.pem`);
      writeFileSync(truststorePath, testCase.truststore.join(''));
      let crlPath: string | undefined;
      if (testCase.crls && testCase.crls.length > 0) {
        crlPath = path.join(pki.work, `crl-${number}.pem`);
        writeFileSync(crlPath, testCase.crls.join(''));
      }
      served.push({
        testCase,
        serverName: `case-${number}.test`,
        ...plan.profile(planned),
        truststorePath,
        ...(crlPath ? { crlPath } : {}),
      });
      planned++;
    }
  }
  return served;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** A gateway process started by a test, with what it printed (for failures and logs). */
export interface Running {
  process: ChildProcess;
  output: () => string;
}

export function start(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Running {
  let output = '';
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { process: child, output: () => output };
}

/** Resolves once the gateway accepts connections on `port`; rejects if it exits first. */
export function listening(running: Running, port: number, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let done = false;
    running.process.once('exit', (code) => {
      if (!done) reject(new Error(`${name} exited with ${code}: ${running.output()}`));
    });
    const attempt = (left: number) => {
      if (done) return;
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        done = true;
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (left === 0) reject(new Error(`${name} is not listening on ${port}: ${running.output()}`));
        else setImmediate(() => attempt(left - 1));
      });
    };
    attempt(200_000);
  });
}

/** Stops a gateway the test started and waits for it to go and for the last of what it printed. */
export function stop(running: Running | undefined): Promise<void> {
  if (!running || running.process.exitCode !== null || running.process.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    running.process.once('close', () => resolve());
    running.process.kill('SIGTERM');
  });
}

/** The HTTP status the gateway answers a client presenting the case's files with, or the TLS error. */
export function ask(port: number, served: Served, onConnect?: (localPort: number) => void): Promise<number | string> {
  return new Promise((resolve) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        servername: served.serverName,
        // NGINX routes the request by Host: the same name as SNI, or it answers 421.
        headers: { host: served.serverName },
        path: '/',
        key: served.testCase.clientKey,
        cert: served.testCase.client.join(''),
        rejectUnauthorized: false,
        // The client must be able to send what a case holds (a SHA-1 signature): the gateway judges it, not the client.
        ciphers: 'DEFAULT@SECLEVEL=0',
        agent: false,
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    req.on('error', (error) => resolve(`error: ${error.message}`));
    // The client's port names the connection in logs that name no server (HAProxy's).
    req.on('socket', (socket) => socket.once('connect', () => onConnect?.(socket.localPort ?? 0)));
    req.end();
  });
}

/** The tool's verdict on the case under its profile, at the moment the case was planned around. */
export function judge(served: Served, now: Date): { accepted: boolean; reason?: string; logged?: string } {
  const { testCase } = served;
  const report = checkInventory(memoryInventory(testCase.truststore, testCase.client, testCase.crls), {
    profile: served.profile,
    at: now,
    expiryWarningDays: 0,
    severities: {},
    suppressions: [],
  });
  const chain = report.chains[0];
  return {
    accepted: chain?.accepted === true,
    ...(chain?.reasons?.[0] ? { reason: chain.reasons[0] } : {}),
    ...(chain?.logged ? { logged: chain.logged } : {}),
  };
}

/** One case asked: the gateway's answer, the tool's verdict, and the client's port. */
export interface Answer {
  served: Served;
  answer: number | string;
  ours: ReturnType<typeof judge>;
  localPort: number;
}

export interface Tally {
  gateway: string;
  seed: number;
  cases: number;
  agreement: number;
  accepted: number;
  outcomes: Record<string, number>;
  disagreements: string[];
  /** Where the gateway's log line is compared: refusals compared, and those whose line the tool quotes exactly. */
  logged?: { refusals: number; matching: number; mismatches: string[] };
}

/**
 * Asks the gateway about every case in turn and compares its verdict with the
 * tool's: `accepted(answer)` reads the gateway's answer. The figures go to
 * tmp/<file> and the console.
 */
export async function compare(
  gateway: string,
  seed: number,
  served: readonly Served[],
  port: number,
  now: Date,
  accepted: (answer: number | string) => boolean,
): Promise<{ tally: Tally; answers: Answer[] }> {
  const disagreements: string[] = [];
  const outcomes = new Map<string, number>();
  const answers: Answer[] = [];
  let acceptedCount = 0;
  for (const entry of served) {
    let localPort = 0;
    const answer = await ask(port, entry, (used) => (localPort = used));
    const key = typeof answer === 'number' ? String(answer) : 'TLS error';
    outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    const theirs = accepted(answer);
    if (theirs) acceptedCount++;
    const ours = judge(entry, now);
    answers.push({ served: entry, answer, ours, localPort });
    if (ours.accepted !== theirs)
      disagreements.push(
        `${entry.testCase.id} (${entry.setup}): ${gateway} ${theirs ? 'accepts' : `refuses (${String(answer)})`}, tool ${ours.accepted ? 'accepts' : `refuses (${ours.reason ?? '?'})`} [${entry.testCase.notes.join('; ')}]`,
      );
  }
  const tally: Tally = {
    gateway,
    seed,
    cases: served.length,
    agreement: (served.length - disagreements.length) / served.length,
    accepted: acceptedCount,
    outcomes: Object.fromEntries(outcomes),
    disagreements,
  };
  return { tally, answers };
}

/** Writes the figures to tmp/ and prints the one-line summary. */
export function record(tally: Tally, file: string): void {
  mkdirSync(path.join(REPO, 'tmp'), { recursive: true });
  writeFileSync(path.join(REPO, 'tmp', file), `${JSON.stringify(tally, null, 2)}\n`);
  const agreeing = tally.cases - tally.disagreements.length;
  const logged = tally.logged
    ? `; logged reason matched for ${tally.logged.matching} of ${tally.logged.refusals} refusals`
    : '';
  console.log(
    `${tally.gateway} (seed ${tally.seed}): ${agreeing} of ${tally.cases} agree (${(tally.agreement * 100).toFixed(2)}%), the gateway accepts ${tally.accepted}; answers ${JSON.stringify(tally.outcomes)}${logged}`,
  );
}
