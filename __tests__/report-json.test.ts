import { formatJson, jsonPieces } from '../src/report/format-json.js';
import type { Report } from '../src/report/report.js';
import { check } from './helpers.js';

describe('the JSON report in pieces', () => {
  it('is formatJson’s text, piece after piece', async () => {
    const report = await check({
      truststore: ['truststores/standard.pem'],
      clients: ['clients/**', 'chains/**', 'keys/**', 'files/**'],
    });
    expect(report.findings.length).toBeGreaterThan(10);
    expect([...jsonPieces(report)].join('')).toBe(formatJson(report));
  });

  it('cuts a long report into pieces of some tens of kilobytes', () => {
    const entry = { file: 'clients/x.pem', subject: 'CN=x'.repeat(100), accepted: true };
    const report = { version: 1, chains: Array.from({ length: 10_000 }, () => entry), findings: [] };
    const pieces = [...jsonPieces(report as unknown as Report)];
    expect(pieces.length).toBeGreaterThan(3);
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(64 * 1024);
    expect(pieces.join('')).toBe(formatJson(report as unknown as Report));
  });

  it('writes what JSON.stringify writes for empty and missing members', () => {
    for (const value of [{}, { a: [] }, { a: [1, null], b: { c: [] }, d: undefined, e: 'x\ny' }])
      expect([...jsonPieces(value as unknown as Report)].join('')).toBe(formatJson(value as unknown as Report));
  });
});
