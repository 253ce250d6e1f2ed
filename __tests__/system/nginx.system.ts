import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkInventory } from '../../src/engine.js';
import { memoryInventory, REPO } from '../helpers.js';
import { makeKeyPool, makeCertificate, name } from '../differential/certificates.js';
import { comparedProfile } from '../differential/oracle.js';
import { generateCase, type DifferentialCase } from '../differential/scenarios.js';

/**
 * A real NGINX as the oracle for the `nginx` profile: one server block per
 * random case, chosen by SNI, with the case's truststore as
 * ssl_client_certificate, the profile's depth as ssl_verify_depth and the
 * case's CRLs as ssl_crl; a TLS client presents the case's certificate and
 * what it sends. HTTP 200 is accepted, 400 ("The SSL certificate error") is
 * refused. NGINX judges at the real clock, so cases are planned around now,
 * and the two that hinge on one second are left out (they would race it).
 */
const SEED = Number(process.env.NGINX_SEED ?? 20261203);
const PLAIN_CASES = Number(process.env.NGINX_PLAIN_CASES ?? 200);
const CRL_CASES = Number(process.env.NGINX_CRL_CASES ?? 150);
const REQUIRED_AGREEMENT = 0.99;

interface Served {
  testCase: DifferentialCase;
  serverName: string;
  depth: number;
}

function freePort(): Promise<number> {
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

/** Resolves once NGINX accepts connections; rejects if it exits first. */
function listening(nginx: ChildProcess, port: number, log: () => string): Promise<void> {
  return new Promise((resolve, reject) => {
    let done = false;
    nginx.once('exit', (code) => {
      if (!done) reject(new Error(`nginx exited with ${code}: ${log()}`));
    });
    const attempt = (left: number) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        done = true;
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (left === 0) reject(new Error(`nginx is not listening on ${port}: ${log()}`));
        else setImmediate(() => attempt(left - 1));
      });
    };
    attempt(100_000);
  });
}

/** The HTTP status NGINX answers a client presenting the case's files with, or the TLS error. */
function ask(port: number, served: Served): Promise<number | string> {
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
        agent: false,
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    req.on('error', (error) => resolve(`error: ${error.message}`));
    req.end();
  });
}

describe(`a real NGINX agrees with the nginx profile (seed ${SEED})`, () => {
  let nginx: ChildProcess | undefined;
  afterAll(() => {
    nginx?.kill('SIGTERM');
  });

  test(`${PLAIN_CASES + CRL_CASES} random PKIs: the same verdict from the tool and from NGINX on at least ${REQUIRED_AGREEMENT * 100}%`, async () => {
    // Installed by .ci/run; a missing nginx fails here, loudly, instead of skipping.
    const version = execFileSync('nginx', ['-v'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(version).toBeDefined();
    const work = mkdtempSync(path.join(tmpdir(), 'tsc-nginx-'));
    const keys = makeKeyPool(24, 2);
    const now = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
    // A server certificate for every name, and a CA in every truststore that no case uses (NGINX needs one).
    const serverKey = keys[0]!;
    const serverCertificate = makeCertificate({
      subject: name(['2.5.4.3', 'nginx.test']),
      issuer: name(['2.5.4.3', 'nginx.test']),
      serial: 1n,
      notBefore: new Date(now.getTime() - 86_400_000),
      notAfter: new Date(now.getTime() + 86_400_000),
      key: serverKey,
      signer: serverKey,
      extensions: [],
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

    // One second either way would race the clock: leave those cases out.
    const racy = (testCase: DifferentialCase) => testCase.notes.some((note) => /a second later/.test(note));
    const served: Served[] = [];
    const plan = (count: number, crls: boolean, depth: (index: number) => number, offset: number) => {
      for (let index = 0; served.filter((s) => !!s.testCase.crls === crls).length < count; index++) {
        const testCase = generateCase(SEED, offset + index, keys, { crls, at: now });
        if (racy(testCase)) continue;
        testCase.truststore.push(placeholder);
        served.push({ testCase, serverName: `case-${served.length}.test`, depth: depth(index) });
      }
    };
    // Depth 1 (NGINX's default) and 3 for chains, 5 for CRLs so that revocation decides.
    plan(PLAIN_CASES, false, (index) => (index % 2 === 0 ? 1 : 3), 0);
    plan(CRL_CASES, true, () => 5, 100_000);

    const port = await freePort();
    const servers = served.map(({ testCase, serverName, depth }, index) => {
      writeFileSync(path.join(work, `ca-${index}.pem`), testCase.truststore.join(''));
      const crl = testCase.crls && testCase.crls.length > 0;
      if (crl) writeFileSync(path.join(work, `crl-${index}.pem`), testCase.crls!.join(''));
      return [
        '  server {',
        `    listen 127.0.0.1:${port} ssl;`,
        `    server_name ${serverName};`,
        `    ssl_certificate ${work}/server.pem;`,
        `    ssl_certificate_key ${work}/server.key;`,
        `    ssl_client_certificate ${work}/ca-${index}.pem;`,
        '    ssl_verify_client on;',
        `    ssl_verify_depth ${depth};`,
        ...(crl ? [`    ssl_crl ${work}/crl-${index}.pem;`] : []),
        '    location / { return 200 "accepted\\n"; }',
        '  }',
      ].join('\n');
    });
    mkdirSync(path.join(work, 'logs'), { recursive: true });
    const config = [
      'daemon off;',
      'master_process off;',
      'error_log logs/error.log info;',
      `pid ${work}/nginx.pid;`,
      'events { worker_connections 64; }',
      'http {',
      '  access_log off;',
      `  client_body_temp_path ${work}/body;`,
      `  proxy_temp_path ${work}/proxy;`,
      `  fastcgi_temp_path ${work}/fastcgi;`,
      `  uwsgi_temp_path ${work}/uwsgi;`,
      `  scgi_temp_path ${work}/scgi;`,
      // The default server: SNI picks the case's own.
      '  server {',
      `    listen 127.0.0.1:${port} ssl default_server;`,
      `    ssl_certificate ${work}/server.pem;`,
      `    ssl_certificate_key ${work}/server.key;`,
      '    return 404;',
      '  }',
      ...servers,
      '}',
    ].join('\n');
    writeFileSync(path.join(work, 'nginx.conf'), config);
    let log = '';
    nginx = spawn('nginx', ['-p', work, '-c', path.join(work, 'nginx.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
    nginx.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    await listening(nginx, port, () => log);

    const disagreements: string[] = [];
    const outcomes = new Map<string, number>();
    let accepted = 0;
    for (const entry of served) {
      const answer = await ask(port, entry);
      outcomes.set(String(answer), (outcomes.get(String(answer)) ?? 0) + 1);
      const theirs = answer === 200;
      if (theirs) accepted++;
      const profile = comparedProfile({ profile: 'nginx', options: { ssl_verify_depth: entry.depth } });
      const { testCase } = entry;
      const report = checkInventory(memoryInventory(testCase.truststore, testCase.client, testCase.crls), {
        profile,
        at: now,
        expiryWarningDays: 0,
        severities: {},
        suppressions: [],
      });
      const ours = report.chains[0]?.accepted === true;
      if (ours !== theirs)
        disagreements.push(
          `${testCase.id} (depth ${entry.depth}${testCase.crls ? ', CRLs' : ''}): nginx ${String(answer)}, tool ${ours ? 'accepts' : `refuses (${report.chains[0]?.reasons?.[0] ?? '?'})`} [${testCase.notes.join('; ')}]`,
        );
    }
    const agreement = (served.length - disagreements.length) / served.length;
    const figures = {
      nginx: version.trim() || 'nginx',
      seed: SEED,
      cases: served.length,
      agreement,
      accepted,
      outcomes: Object.fromEntries(outcomes),
      disagreements,
    };
    mkdirSync(path.join(REPO, 'tmp'), { recursive: true });
    writeFileSync(path.join(REPO, 'tmp/nginx-agreement.json'), `${JSON.stringify(figures, null, 2)}\n`);
    console.log(
      `nginx: ${served.length - disagreements.length} of ${served.length} agree (${(agreement * 100).toFixed(2)}%), nginx accepts ${accepted}; answers ${JSON.stringify(figures.outcomes)}`,
    );
    // Only 200 and 400: a TLS failure would mean the harness, not the verdict, is being measured.
    expect([...outcomes.keys()].sort()).toEqual(['200', '400']);
    expect(accepted).toBeGreaterThan(served.length * 0.1);
    expect(accepted).toBeLessThan(served.length * 0.9);
    expect({ agreement: agreement >= REQUIRED_AGREEMENT, disagreements }).toEqual({
      agreement: true,
      disagreements: expect.any(Array),
    });
  }, 600_000);
});
