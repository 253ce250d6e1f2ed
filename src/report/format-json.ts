import type { Report } from './report.js';

/** The stable JSON report (version 1): see docs/report-format.md. */
export function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
