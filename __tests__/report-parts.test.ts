import type { Finding } from '../src/findings/finding.js';
import { commentableLines, removedLines } from '../src/action/diff.js';
import { SEVERITY_ICON } from '../src/findings/severity.js';
import { formatMarkdown } from '../src/report/format-markdown.js';
import type { Report } from '../src/report/report.js';
import { summarise } from '../src/report/report.js';

describe('commentableLines: where GitHub accepts a review comment', () => {
  test('added and context lines of every hunk count, removed lines do not', () => {
    const patch = [
      '@@ -1,3 +1,4 @@',
      ' first',
      '-old second',
      '+new second',
      '+added third',
      ' fourth',
      '@@ -20,2 +21,2 @@ function header',
      ' context',
      '-gone',
      '+here',
      '\\ No newline at end of file',
    ].join('\n');
    expect([...commentableLines(patch)].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 21, 22]);
  });

  test('a hunk without a line count, an empty context line that lost its space, and no patch at all', () => {
    expect([...commentableLines('@@ -5 +7 @@\n+only')]).toEqual([7]);
    expect([...commentableLines('@@ -1,3 +1,3 @@\n a\n\n c')]).toEqual([1, 2, 3]);
    expect(commentableLines(undefined).size).toBe(0);
    // Lines before the first hunk header (a binary file's note) are not lines of the file.
    expect(commentableLines('Binary files differ').size).toBe(0);
  });
});

describe('removedLines: where a comment on deleted lines (side LEFT) may go', () => {
  test('old-side numbers of deleted lines only, across hunks; context advances the old side, additions do not', () => {
    const patch = [
      '@@ -1,3 +1,4 @@',
      ' first',
      '-old second',
      '+new second',
      '+added third',
      ' fourth',
      '@@ -20,3 +21,1 @@ function header',
      '',
      '-gone',
      '-gone too',
      '\\ No newline at end of file',
    ].join('\n');
    expect([...removedLines(patch)].sort((a, b) => a - b)).toEqual([2, 21, 22]);
  });

  test('no patch, a binary note, and a hunk without a line count', () => {
    expect(removedLines(undefined).size).toBe(0);
    expect(removedLines('Binary files differ').size).toBe(0);
    expect([...removedLines('@@ -5 +4,0 @@\n-only')]).toEqual([5]);
  });
});

function finding(index: number): Finding {
  return {
    ruleId: 'weak-key',
    severity: 'error',
    message: `The client certificate number ${index} has a 1024-bit RSA key; the gateway accepts at least 2048.`,
    file: `clients/client-${index}.pem`,
    line: 1,
    endLine: 20,
    remedy: 'Re-issue it.',
  };
}

function reportWith(count: number): Report {
  const findings = Array.from({ length: count }, (_, index) => finding(index));
  const summary = summarise(findings, count, count, []);
  return {
    version: 1,
    profile: { id: 'aws-api-gateway', name: 'API Gateway' },
    targets: [{ name: '', profile: { id: 'aws-api-gateway', name: 'API Gateway' }, summary, truststores: [] }],
    summary,
    findings,
    certificates: [],
    chains: [],
    suppressed: [],
  };
}

describe('formatMarkdown shrinks to fit, step by step, and always says what it left out', () => {
  const options = (report: Report, maxLength: number) => ({
    title: 'truststore-check',
    findings: report.findings,
    failed: true,
    at: new Date('2026-01-15T00:00:00Z'),
    expiryWarningDays: 30,
    maxLength,
  });

  test('everything fits: every finding is listed', () => {
    const report = reportWith(3);
    const text = formatMarkdown(report, options(report, 65536));
    for (let i = 0; i < 3; i++) expect(text).toContain(`clients/client\\-${i}.pem:1`);
    expect(text).not.toContain('more: see');
  });

  test('as the limit shrinks, 500 findings become fewer lines, never over the limit, with a pointer to the rest', () => {
    const report = reportWith(500);
    const rowsAt = (limit: number) => {
      const text = formatMarkdown(report, options(report, limit));
      expect(text.length).toBeLessThanOrEqual(limit);
      const lines = text.split('\n');
      const listed = lines.filter((line) => line.startsWith(`- ${SEVERITY_ICON.error} `)).length;
      const rows = lines.filter((line) => line.startsWith('| ') && line.includes('clients/client')).length;
      if (listed + rows < 500)
        expect(text).toMatch(/… and \d+ more: see the job summary or the JSON report\.|The details do not fit here/);
      // The first hundred are listed in the open; the rest are a table under <details>.
      expect(listed).toBe(Math.min(listed, 100));
      return listed + rows;
    };
    const shown = [1_000_000, 60_000, 30_000, 20_000, 6_000, 2_000].map(rowsAt);
    expect(shown[0]).toBe(500);
    for (let i = 1; i < shown.length; i++) expect(shown[i]!).toBeLessThanOrEqual(shown[i - 1]!);
    expect(new Set(shown).size).toBeGreaterThanOrEqual(4);
  });

  test('when not even five rows fit, the heading and counts remain with a pointer', () => {
    const report = reportWith(500);
    const text = formatMarkdown(report, options(report, 400));
    expect(text.length).toBeLessThanOrEqual(400);
    expect(text).toContain('**❌ ');
    expect(text).toContain('The details do not fit here');
  });
});
