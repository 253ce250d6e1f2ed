import type { Finding, Report } from './report.js';

/** Control characters from file names or messages must not move the cursor or forge lines. */
function inert(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** ESLint's "stylish" layout: findings grouped by file, then one summary line. */
export function formatText(report: Report): string {
  const lines: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const finding of report.findings) {
    const list = byFile.get(finding.file);
    if (list) list.push(finding);
    else byFile.set(finding.file, [finding]);
  }
  for (const [file, findings] of byFile) {
    lines.push(inert(file));
    const width = Math.max(...findings.map((finding) => String(finding.line).length));
    for (const finding of findings) {
      const where = finding.endLine > finding.line ? `${finding.line}-${finding.endLine}` : String(finding.line);
      lines.push(
        `  ${where.padEnd(width)}  ${finding.severity.padEnd(7)}  ${inert(finding.message)}  ${finding.ruleId}`,
      );
    }
    lines.push('');
  }
  const { summary } = report;
  const total = summary.errors + summary.warnings + summary.notices;
  const counts = `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.notices, 'notice')}`;
  lines.push(
    total === 0
      ? `✔ No problems in ${plural(summary.files, 'file')}, ${plural(summary.certificates, 'certificate')}.`
      : `✖ ${plural(total, 'problem')} (${counts}) in ${plural(summary.files, 'file')}, ${plural(summary.certificates, 'certificate')}.`,
  );
  if (report.chains.length > 0) {
    const valid = report.chains.filter((chain) => chain.valid).length;
    lines.push(
      `  Client chains: ${valid} of ${report.chains.length} client certificates chain to a root in the truststore.`,
    );
  }
  if (report.suppressed.length > 0)
    lines.push(`  ${plural(report.suppressed.length, 'finding')} suppressed by configuration.`);
  return `${lines.join('\n')}\n`;
}
