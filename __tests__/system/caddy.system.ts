import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
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
 * A real Caddy (Go's crypto/tls and crypto/x509) as the oracle for the `go`
 * profile: one server whose TLS connection policies give every random case
 * its own name (SNI) with client_authentication require_and_verify and the
 * case's truststore as trusted_ca_certs_pem_files; a TLS client presents the
 * case's certificate and what it sends. HTTP 200 is accepted, a failed
 * handshake refused, and the line Go's HTTP server logs for it (at DEBUG, by
 * the client's port) must start with the one the tool quotes. Go takes no
 * CRLs. Besides the second-racing cases, those with a certificate expiring at
 * the planned moment are left out: Go counts the notAfter second as valid, so
 * the verdict hinges on the clock.
 */
const SEED = Number(process.env.CADDY_SEED ?? 20261205);
const CASES = Number(process.env.CADDY_CASES ?? 350);
const REQUIRED_AGREEMENT = 0.99;

describe(`a real Caddy agrees with the go profile (seed ${SEED})`, () => {
  let caddy: Running | undefined;
  afterAll(() => stop(caddy));

  test(`${CASES} random PKIs: the same verdict from the tool and from Caddy on at least ${REQUIRED_AGREEMENT * 100}%`, async () => {
    // Installed by .ci/run; a missing caddy fails here, loudly, instead of skipping.
    const version = spawnSync('caddy', ['version'], { encoding: 'utf8' }).stdout.trim();
    expect(version).toMatch(/^v?2\./);
    const pki = makePki('tsc-caddy-');
    const { work } = pki;
    const profile = { profile: findProfile('go')!, setup: 'require_and_verify' };
    const served = planCases(
      pki,
      SEED,
      // Half the cases also draw the variations where Go and OpenSSL part ways.
      [
        { count: Math.ceil(CASES / 2), crls: false, offset: 0, profile: () => profile },
        {
          count: Math.floor(CASES / 2),
          crls: false,
          offset: 100_000,
          goVariations: true,
          profile: () => ({ ...profile, setup: 'require_and_verify, Go variations' }),
        },
      ],
      /a second later|checked at its notAfter second/,
    );

    const port = await freePort();
    const config = {
      admin: { disabled: true },
      // Go's HTTP server logs each failed handshake at DEBUG (logger http.stdlib), naming the client's address.
      logging: { logs: { default: { level: 'DEBUG', include: ['http.stdlib'] } } },
      storage: { module: 'file_system', root: path.join(work, 'storage') },
      apps: {
        tls: { certificates: { load_files: [{ certificate: pki.serverCertificate, key: pki.serverKey }] } },
        http: {
          servers: {
            cases: {
              listen: [`127.0.0.1:${port}`],
              automatic_https: { disable: true },
              routes: [{ handle: [{ handler: 'static_response', status_code: 200, body: 'accepted' }] }],
              tls_connection_policies: served.map(({ serverName, truststorePath }) => ({
                match: { sni: [serverName] },
                client_authentication: { mode: 'require_and_verify', trusted_ca_certs_pem_files: [truststorePath] },
              })),
            },
          },
        },
      },
    };
    writeFileSync(path.join(work, 'caddy.json'), JSON.stringify(config));
    mkdirSync(path.join(work, 'home'), { recursive: true });
    const home = path.join(work, 'home');
    caddy = start('caddy', ['run', '--config', path.join(work, 'caddy.json')], {
      ...process.env,
      HOME: home,
      XDG_DATA_HOME: home,
      XDG_CONFIG_HOME: home,
    });
    await listening(caddy, port, 'caddy');

    const { tally, answers } = await compare('caddy', SEED, served, port, pki.now, (answer) => answer === 200);

    // The line Go logs starts with what the tool quotes; Go adds details (the times of an expired certificate, a hint
    // about a candidate issuer) that the tool leaves out.
    await stop(caddy);
    // The system can hand the same client port to a later connection: each port's lines are taken in order. The
    // harness's own probe (a TCP connection closed at once) is logged as EOF.
    const logged = new Map<number, string[]>();
    for (const line of caddy.output().split('\n')) {
      const found = /"msg":"(http: TLS handshake error from 127\.0\.0\.1:(\d+): [^"]*)"/.exec(line);
      if (found && !found[1]!.endsWith(': EOF'))
        logged.set(Number(found[2]), [...(logged.get(Number(found[2])) ?? []), found[1]!]);
    }
    const mismatches: string[] = [];
    let refusals = 0;
    for (const { served: entry, answer, ours, localPort } of answers) {
      if (answer === 200 || ours.accepted) continue;
      refusals++;
      const theirs = logged.get(localPort)?.shift();
      const quoted = ours.logged?.replace('CLIENT', `127.0.0.1:${localPort}`);
      if (!theirs || !quoted || !theirs.startsWith(quoted))
        mismatches.push(
          `${entry.testCase.id} (${entry.setup}): caddy logs "${theirs ?? '(nothing)'}", tool quotes "${quoted ?? '(nothing)'}" [${entry.testCase.notes.join('; ')}]`,
        );
    }
    tally.logged = { refusals, matching: refusals - mismatches.length, mismatches };
    record({ ...tally, gateway: `Caddy ${version}` }, 'caddy-agreement.json');

    // Only 200 and failed handshakes: another status would mean the harness, not the verdict, is being measured.
    expect(Object.keys(tally.outcomes).sort()).toEqual(['200', 'TLS error']);
    expect(tally.accepted).toBeGreaterThan(served.length * 0.1);
    expect(tally.accepted).toBeLessThan(served.length * 0.9);
    expect({ agreement: tally.agreement >= REQUIRED_AGREEMENT, disagreements: tally.disagreements }).toEqual({
      agreement: true,
      disagreements: expect.any(Array),
    });
    expect(refusals).toBeGreaterThan(served.length * 0.1);
    expect({ logged: tally.logged.matching / refusals >= REQUIRED_AGREEMENT, mismatches }).toEqual({
      logged: true,
      mismatches: expect.any(Array),
    });
  }, 600_000);
});
