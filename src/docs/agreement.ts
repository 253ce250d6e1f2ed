/**
 * Recorded agreement runs, shown in docs/profiles.md: how often each
 * profile's verdict matched `openssl verify` with the profile's flags on
 * random PKIs (`npm run difftest`), and the nginx profile's matched a real
 * NGINX (__tests__/system/nginx.system.ts). Measurements, not data the engine
 * uses: update them from those commands' output when the model changes. CI
 * re-measures smaller runs of both on every build and requires 99%.
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
}

export const AGREEMENT_MEASURED = '2026-12-02, OpenSSL 3.0.19 (Debian 12), NGINX 1.22.1';

const OPENSSL = '`openssl verify` with the profile’s flags';
const difftest = (subject: string, cases: number, accepted: number): AgreementRun => ({
  subject,
  oracle: OPENSSL,
  seed: 424242,
  cases,
  agreeing: cases,
  accepted,
});

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
  {
    subject: '`nginx` (600 cases at `ssl_verify_depth` 1 and 3, 400 with `ssl_crl` at depth 5)',
    oracle: 'a real NGINX 1.22.1 (`ssl_verify_client on`), by HTTP status',
    seed: 777,
    cases: 1000,
    agreeing: 1000,
    accepted: 269,
  },
];
