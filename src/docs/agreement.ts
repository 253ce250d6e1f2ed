/**
 * Recorded agreement runs, shown in docs/profiles.md: how often each
 * profile's verdict matched `openssl verify` with the profile's flags on
 * random PKIs (`npm run difftest`), and the nginx, haproxy and go profiles'
 * matched a real NGINX, HAProxy and Caddy (__tests__/system/*.system.ts, with
 * NGINX_SEED, HAPROXY_SEED, CADDY_SEED and the case counts in the environment).
 * Measurements, not data the engine uses: update them from those commands'
 * output when the model changes. CI re-measures smaller runs of both on every
 * build and requires 99%.
 */
export interface AgreementRun {
  /** What was compared with what. */
  subject: string;
  oracle: string;
  seed: number;
  cases: number;
  agreeing: number;
  /** How many the oracle accepted (both verdicts must be common for agreement to mean much). */
  accepted: number;
  /** Where the gateway's log line is compared: its refusals, and how many the tool quoted exactly. */
  logged?: { refusals: number; matching: number };
}

export const AGREEMENT_MEASURED =
  '2026-12-02 and (real servers) 2026-12-07, OpenSSL 3.0.19 (Debian 12), NGINX 1.22.1, HAProxy 2.6.12, Caddy 2.6.2 (go1.19.8)';

const OPENSSL = '`openssl verify` with the profile’s flags';
const difftest = (subject: string, cases: number, accepted: number): AgreementRun => ({
  subject,
  oracle: OPENSSL,
  seed: 424242,
  cases,
  agreeing: cases,
  accepted,
});

const NGINX = {
  subject: '`nginx` (600 cases at `ssl_verify_depth` 1 and 3, 400 with `ssl_crl` at depth 5)',
  oracle: 'a real NGINX 1.22.1 (`ssl_verify_client on`), by HTTP status; its error log for the reason',
};
const HAPROXY = {
  subject: '`haproxy` (600 cases, 400 with `crl-file`)',
  oracle: 'a real HAProxy 2.6.12 (`verify required`), by handshake; its connection log for the reason',
};
const CADDY = {
  subject: '`go` (1,000 cases, half with the variations where Go and OpenSSL part ways)',
  oracle:
    'a real Caddy 2.6.2 (`require_and_verify`, go1.19.8), by handshake; its debug log for the reason (the tool quotes the start of the line)',
};

/** Fresh seeds against the real servers: every verdict and every logged reason agreed. */
const REAL_SERVER_RUNS: readonly AgreementRun[] = [
  { ...NGINX, seed: 31337, cases: 1000, agreeing: 1000, accepted: 285, logged: { refusals: 715, matching: 715 } },
  { ...HAPROXY, seed: 31337, cases: 1000, agreeing: 1000, accepted: 424, logged: { refusals: 576, matching: 576 } },
  { ...CADDY, seed: 31337, cases: 1000, agreeing: 1000, accepted: 829, logged: { refusals: 171, matching: 171 } },
  { ...NGINX, seed: 271828, cases: 1000, agreeing: 1000, accepted: 283, logged: { refusals: 717, matching: 717 } },
  { ...HAPROXY, seed: 271828, cases: 1000, agreeing: 1000, accepted: 417, logged: { refusals: 583, matching: 583 } },
  { ...CADDY, seed: 271828, cases: 1000, agreeing: 1000, accepted: 823, logged: { refusals: 177, matching: 177 } },
];

export const AGREEMENT_RUNS: readonly AgreementRun[] = [
  difftest('`aws-api-gateway` (cases without purpose variations)', 1878, 858),
  difftest('`aws-alb` (cases without purpose variations)', 1878, 920),
  difftest('`aws-cloudfront` (cases without purpose variations)', 1878, 920),
  difftest('`azure-application-gateway`', 2000, 1131),
  difftest('`nginx`', 2000, 437),
  difftest('`envoy`', 2000, 1533),
  difftest('`openssl`', 2000, 1239),
  difftest('`openssl` with CRLs (`-crl_check_all`)', 2000, 480),
  difftest('`nginx` with CRLs (`ssl_crl`, `ssl_verify_depth 5`)', 2000, 429),
  difftest('`envoy` with CRLs', 2000, 81),
  difftest('`envoy` with CRLs, `only_verify_leaf_cert_crl`', 2000, 990),
  // Added with the haproxy profile, on the seed every profile was re-run on then (all 13 configurations agreed).
  { ...difftest('`haproxy`', 2000, 1173), seed: 8675309 },
  { ...difftest('`haproxy` with CRLs (`crl-file`)', 2000, 451), seed: 8675309 },
  ...REAL_SERVER_RUNS,
];
