import type { Finding } from '../../src/findings/finding.js';
import { expiryIssue } from '../../src/action/github/expiry-issue.js';
import { summarise, type CertificateEntry, type Report } from '../../src/report/report.js';

const AT = new Date('2026-12-03T00:00:00Z');
const DAY = 86_400_000;

/** `count` certificates expiring one day apart (the last ones first in the report), split between two targets. */
function reportWith(count: number): Report {
  const findings: Finding[] = [];
  const certificates: CertificateEntry[] = [];
  for (let index = count - 1; index >= 0; index--) {
    const target = index % 2 === 0 ? 'api' : 'lb';
    const sha256 = index.toString(16).padStart(64, '0');
    const file = `clients/c-${index}.pem`;
    findings.push({
      target,
      ruleId: index === 0 ? 'certificate-expired' : 'certificate-expiring-soon',
      severity: index === 0 ? 'error' : 'warning',
      message: 'expires',
      file,
      line: 1,
      endLine: 10,
      certificate: { subject: `CN=client ${index}`, sha256 },
      remedy: '',
    });
    certificates.push({
      target,
      file,
      line: 1,
      endLine: 10,
      sha256,
      notAfter: new Date(AT.getTime() + (index - 1) * DAY + 3_600_000).toISOString(),
    } as CertificateEntry);
  }
  const summary = summarise(findings, count, count, []);
  const profile = { id: 'aws-api-gateway', name: 'API Gateway' };
  return {
    version: 1,
    profile,
    targets: [
      { name: 'api', profile, summary, truststores: [] },
      { name: 'lb', profile: { id: 'aws-alb', name: 'Application Load Balancer' }, summary, truststores: [] },
    ],
    summary,
    findings,
    certificates,
    chains: [],
    suppressed: [],
  };
}

const options = {
  check: 'truststore-check',
  at: AT,
  expiryWarningDays: 365,
  repoPath: (file: string) => `certs/${file}`,
  linkTo: (file: string, line: number) => `https://github.test/blob/${file}#L${line}`,
};

describe('the expiry issue', () => {
  test('nothing expiring: no issue', () => {
    expect(expiryIssue({ ...reportWith(3), findings: [] }, options)).toBeUndefined();
  });

  test('soonest first within each target, counted in the title, at most 200 rows with the rest counted', () => {
    const issue = expiryIssue(reportWith(250), options)!;
    expect(issue.title).toBe('truststore-check: 1 expired, 249 expiring within 365 days');
    const rows = issue.body.split('\n').filter((line) => line.startsWith('| 20'));
    expect(rows).toHaveLength(200);
    expect(issue.body).toContain('And 50 more: see the run');
    // Targets are headed with their gateway; the expired certificate (day -1) leads its target's table.
    const api = issue.body.indexOf('#### api (API Gateway)');
    const lb = issue.body.indexOf('#### lb (Application Load Balancer)');
    expect(api).toBeGreaterThan(-1);
    expect(lb).toBeGreaterThan(api);
    expect(issue.body.slice(api).split('\n')[4]).toBe(
      '| 2026-12-02 | -1 | [certs/clients/c\\-0.pem:1](https://github.test/blob/certs/clients/c-0.pem#L1) | CN\\=client 0 |',
    );
    expect(issue.body.endsWith('<!-- truststore-check:expiry-issue check=truststore-check -->')).toBe(true);
  });
});
