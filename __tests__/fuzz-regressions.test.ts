import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkInventory } from '../src/engine.js';
import { awsApiGateway } from '../src/profiles/builtin/aws-api-gateway.js';
import type { SourceFile } from '../src/inventory/inventory.js';
import { DEFAULT_LIMITS } from '../src/inventory/limits.js';
import { readObjects } from '../src/inventory/objects.js';
import { formatJson } from '../src/report/format-json.js';
import { formatMarkdown } from '../src/report/format-markdown.js';
import { formatSarif } from '../src/report/format-sarif.js';
import { formatText } from '../src/report/format-text.js';
import { parseReport } from '../src/report/read-report.js';
import { FIXTURES } from './helpers.js';
import { fuzzOne, setUp } from '../fuzz/target.js';

const folder = path.join(FIXTURES, 'fuzz-regressions');
const inputs = readdirSync(folder).filter((file) => file !== 'README.md');
const AT = new Date('2026-01-15T00:00:00Z');

function sourceFile(file: string, role: SourceFile['role'], bytes: Uint8Array): SourceFile {
  const { objects } = readObjects(bytes, DEFAULT_LIMITS.maxObjectsPerFile);
  return { path: file, role, size: bytes.length, objects };
}

describe('inputs that once broke the engine are handled', () => {
  beforeAll(() => setUp(path.join(FIXTURES, 'truststores/root-rsa-only.pem')));

  test('the folder holds regressions to replay', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(4);
  });

  test.each(inputs)('%s: a report in every format, no exception, bounded messages', (name) => {
    const bytes = readFileSync(path.join(folder, name));
    const truststore = sourceFile(
      'truststore.pem',
      'truststore',
      readFileSync(path.join(FIXTURES, 'truststores/root-rsa-only.pem')),
    );
    const inputTruststore = sourceFile('input-truststore.pem', 'truststore', bytes);
    const report = checkInventory(
      {
        root: '/replay',
        files: [truststore, inputTruststore, sourceFile('client.pem', 'client', bytes)],
        bundles: [[truststore], [inputTruststore]],
      },
      { profile: awsApiGateway, at: AT, expiryWarningDays: 30, severities: {}, suppressions: [] },
    );
    // Every input is accounted for: a certificate read from it or a finding about it.
    for (const file of ['input-truststore.pem', 'client.pem']) {
      const accounted =
        report.certificates.some((c) => c.file === file) || report.findings.some((f) => f.file === file);
      expect({ file, accounted }).toEqual({ file, accounted: true });
    }
    expect(report.findings.filter((f) => f.ruleId === 'internal-error')).toEqual([]);
    for (const finding of report.findings) expect(finding.message.length).toBeLessThan(2000);
    const json = formatJson(report);
    expect(parseReport(json).findings).toHaveLength(report.findings.length);
    expect(formatText(report).length).toBeGreaterThan(0);
    expect(JSON.parse(formatSarif(report, awsApiGateway)).runs[0].results).toHaveLength(report.findings.length);
    expect(
      formatMarkdown(report, {
        title: 't',
        findings: report.findings,
        failed: true,
        at: AT,
        expiryWarningDays: 30,
        maxLength: 65536,
      }).length,
    ).toBeLessThanOrEqual(65536);
    // And everything the fuzzer itself drives, as it drives it.
    expect(fuzzOne(bytes).length).toBeGreaterThan(0);
  });
});
