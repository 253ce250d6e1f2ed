import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findProfile } from '../../src/profiles/registry.js';
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
 * A real HAProxy as the oracle for the `haproxy` profile: one `bind` whose
 * crt-list gives every random case its own name (SNI) with `verify required`,
 * the case's truststore as `ca-file` and its CRLs as `crl-file`; a TLS client
 * presents the case's certificate and what it sends. HTTP 200 is accepted; an
 * aborted handshake (HAProxy's answer to a client it refuses) is refused, and
 * the connection error HAProxy logs for it (by the client's port) must be the
 * one the tool quotes.
 */
const SEED = Number(process.env.HAPROXY_SEED ?? 20261204);
const PLAIN_CASES = Number(process.env.HAPROXY_PLAIN_CASES ?? 200);
const CRL_CASES = Number(process.env.HAPROXY_CRL_CASES ?? 150);
const REQUIRED_AGREEMENT = 0.99;

describe(`a real HAProxy agrees with the haproxy profile (seed ${SEED})`, () => {
  let haproxy: Running | undefined;
  afterAll(() => stop(haproxy));

  test(`${PLAIN_CASES + CRL_CASES} random PKIs: the same verdict from the tool and from HAProxy on at least ${REQUIRED_AGREEMENT * 100}%`, async () => {
    // Installed by .ci/run; a missing haproxy fails here, loudly, instead of skipping.
    const version = spawnSync('haproxy', ['-v'], { encoding: 'utf8' }).stdout.split('\n')[0]!.trim();
    expect(version).toMatch(/^HAProxy version/);
    const pki = makePki('tsc-haproxy-');
    const { work } = pki;
    const profile = { profile: findProfile('haproxy')!, setup: 'verify required' };
    const served = planCases(
      pki,
      SEED,
      [
        { count: PLAIN_CASES, crls: false, offset: 0, profile: () => profile },
        { count: CRL_CASES, crls: true, offset: 100_000, profile: () => ({ ...profile, setup: 'crl-file' }) },
      ],
      /a second later/,
    );

    // HAProxy's crt takes the certificate and its key in one file.
    const crt = path.join(work, 'server-and-key.pem');
    writeFileSync(crt, readFileSync(pki.serverCertificate, 'utf8') + readFileSync(pki.serverKey, 'utf8'));
    const crtList = [
      // The first line is the default: no client certificate asked for.
      crt,
      ...served.map(
        ({ serverName, truststorePath, crlPath }) =>
          `${crt} [verify required ca-file ${truststorePath}${crlPath ? ` crl-file ${crlPath}` : ''}] ${serverName}`,
      ),
    ].join('\n');
    writeFileSync(path.join(work, 'crt-list.txt'), `${crtList}\n`);
    const port = await freePort();
    const config = [
      'global',
      '  log stderr format raw local0 info',
      'defaults',
      '  mode http',
      '  log global',
      '  option httplog',
      '  timeout connect 5s',
      '  timeout client 5s',
      '  timeout server 5s',
      'frontend cases',
      `  bind 127.0.0.1:${port} ssl crt-list ${path.join(work, 'crt-list.txt')}`,
      '  http-request return status 200 content-type text/plain string accepted',
      '',
    ].join('\n');
    writeFileSync(path.join(work, 'haproxy.cfg'), config);
    haproxy = start('haproxy', ['-db', '-f', path.join(work, 'haproxy.cfg')]);
    await listening(haproxy, port, 'haproxy');

    const { tally, answers } = await compare('haproxy', SEED, served, port, pki.now, (answer) => answer === 200);
    // HAProxy logs a refused handshake as a connection error naming the client's address and port.
    await stop(haproxy);
    // The system can hand the same client port to a later connection: each port's lines are taken in order.
    const logged = new Map<number, string[]>();
    for (const line of haproxy.output().split('\n')) {
      const found = /^127\.0\.0\.1:(\d+) \[[^\]]*\] cases\/\d+: (.+)$/.exec(line);
      // The harness's own probe (a TCP connection closed at once) is logged too.
      if (found && found[2] !== 'Connection closed during SSL handshake')
        logged.set(Number(found[1]), [...(logged.get(Number(found[1])) ?? []), found[2]!]);
    }
    const mismatches: string[] = [];
    let refusals = 0;
    for (const { served: entry, answer, ours, localPort } of answers) {
      if (answer === 200 || ours.accepted) continue;
      refusals++;
      const theirs = logged.get(localPort)?.shift();
      if (theirs !== ours.logged)
        mismatches.push(
          `${entry.testCase.id} (${entry.setup}): haproxy logs "${theirs ?? '(nothing)'}", tool quotes "${ours.logged ?? '(nothing)'}" [${entry.testCase.notes.join('; ')}]`,
        );
    }
    tally.logged = { refusals, matching: refusals - mismatches.length, mismatches };
    record({ ...tally, gateway: version }, 'haproxy-agreement.json');

    // Only 200 and aborted handshakes: another status would mean the harness, not the verdict, is being measured.
    expect(Object.keys(tally.outcomes).sort()).toEqual(['200', 'TLS error']);
    expect(tally.accepted).toBeGreaterThan(served.length * 0.1);
    expect(tally.accepted).toBeLessThan(served.length * 0.9);
    expect({ agreement: tally.agreement >= REQUIRED_AGREEMENT, disagreements: tally.disagreements }).toEqual({
      agreement: true,
      disagreements: expect.any(Array),
    });
    expect({ logged: tally.logged.matching / refusals >= REQUIRED_AGREEMENT, mismatches }).toEqual({
      logged: true,
      mismatches: expect.any(Array),
    });
  }, 600_000);
});
