import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { comparedProfile } from '../differential/oracle.js';
import {
  compare,
  freePort,
  listening,
  makePki,
  planCases,
  record,
  start,
  stop,
  type Running,
} from './gateway-harness.js';

/**
 * A real NGINX as the oracle for the `nginx` profile: one server block per
 * random case, chosen by SNI, with the case's truststore as
 * ssl_client_certificate, the profile's depth as ssl_verify_depth and the
 * case's CRLs as ssl_crl; a TLS client presents the case's certificate and
 * what it sends. HTTP 200 is accepted, 400 ("The SSL certificate error") is
 * refused, and the reason NGINX logs for each refusal (its error log names
 * the server) must be the one the tool quotes.
 */
const SEED = Number(process.env.NGINX_SEED ?? 20261203);
const PLAIN_CASES = Number(process.env.NGINX_PLAIN_CASES ?? 200);
const CRL_CASES = Number(process.env.NGINX_CRL_CASES ?? 150);
const REQUIRED_AGREEMENT = 0.99;

describe(`a real NGINX agrees with the nginx profile (seed ${SEED})`, () => {
  let nginx: Running | undefined;
  afterAll(() => stop(nginx));

  test(`${PLAIN_CASES + CRL_CASES} random PKIs: the same verdict from the tool and from NGINX on at least ${REQUIRED_AGREEMENT * 100}%, and the same logged reason`, async () => {
    // Installed by .ci/run; a missing nginx fails here, loudly, instead of skipping.
    const version = spawnSync('nginx', ['-v'], { encoding: 'utf8' }).stderr.trim();
    expect(version).toMatch(/^nginx version/);
    const pki = makePki('tsc-nginx-');
    const { work } = pki;
    const nginxAt = (depth: number) => ({
      profile: comparedProfile({ profile: 'nginx', options: { ssl_verify_depth: depth } }),
      setup: `ssl_verify_depth ${depth}`,
    });
    const served = planCases(
      pki,
      SEED,
      [
        // Depth 1 (NGINX's default) and 3 for chains, 5 for CRLs so that revocation decides.
        { count: PLAIN_CASES, crls: false, offset: 0, profile: (index) => nginxAt(index % 2 === 0 ? 1 : 3) },
        { count: CRL_CASES, crls: true, offset: 100_000, profile: () => nginxAt(5) },
      ],
      /a second later/,
    );

    const port = await freePort();
    const servers = served.map(({ serverName, profile, truststorePath, crlPath }) =>
      [
        '  server {',
        `    listen 127.0.0.1:${port} ssl;`,
        `    server_name ${serverName};`,
        `    ssl_certificate ${pki.serverCertificate};`,
        `    ssl_certificate_key ${pki.serverKey};`,
        `    ssl_client_certificate ${truststorePath};`,
        '    ssl_verify_client on;',
        `    ssl_verify_depth ${profile.chain.maxIntermediates};`,
        ...(crlPath ? [`    ssl_crl ${crlPath};`] : []),
        '    location / { return 200 "accepted\\n"; }',
        '  }',
      ].join('\n'),
    );
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
      `    ssl_certificate ${pki.serverCertificate};`,
      `    ssl_certificate_key ${pki.serverKey};`,
      '    return 404;',
      '  }',
      ...servers,
      '}',
    ].join('\n');
    writeFileSync(path.join(work, 'nginx.conf'), config);
    nginx = start('nginx', ['-p', work, '-c', path.join(work, 'nginx.conf')]);
    await listening(nginx, port, 'nginx');

    const { tally, answers } = await compare('nginx', SEED, served, port, pki.now, (answer) => answer === 200);

    // NGINX writes the reason to its error log before it answers 400; every answer is in.
    const reasons = new Map<string, string>();
    for (const line of readFileSync(path.join(work, 'logs', 'error.log'), 'utf8').split('\n')) {
      const found = /(client SSL certificate verify error: \(\d+:[^)]*\)).* server: ([^,]+)/.exec(line);
      if (found) reasons.set(found[2]!, found[1]!);
    }
    const mismatches: string[] = [];
    let refusals = 0;
    for (const { served: entry, answer, ours } of answers) {
      if (answer !== 400 || ours.accepted) continue;
      refusals++;
      const theirs = reasons.get(entry.serverName);
      if (theirs !== ours.logged)
        mismatches.push(
          `${entry.testCase.id} (${entry.setup}): nginx logs "${theirs ?? '(nothing)'}", tool quotes "${ours.logged ?? '(nothing)'}" [${entry.testCase.notes.join('; ')}]`,
        );
    }
    tally.logged = { refusals, matching: refusals - mismatches.length, mismatches };
    record({ ...tally, gateway: version }, 'nginx-agreement.json');

    // Only 200 and 400: a TLS failure would mean the harness, not the verdict, is being measured.
    expect(Object.keys(tally.outcomes).sort()).toEqual(['200', '400']);
    expect(tally.accepted).toBeGreaterThan(served.length * 0.1);
    expect(tally.accepted).toBeLessThan(served.length * 0.9);
    expect({ agreement: tally.agreement >= REQUIRED_AGREEMENT, disagreements: tally.disagreements }).toEqual({
      agreement: true,
      disagreements: expect.any(Array),
    });
    expect(refusals).toBeGreaterThan(served.length * 0.1);
    expect({ logged: (refusals - mismatches.length) / refusals >= REQUIRED_AGREEMENT, mismatches }).toEqual({
      logged: true,
      mismatches: expect.any(Array),
    });
  }, 600_000);
});
