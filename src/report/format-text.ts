import { plural } from '../findings/severity.js';
import type { Finding, Report } from './report.js';

/** Control characters from file names or messages must not move the cursor or forge lines. */
function inert(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/**
 * ESLint's "stylish" layout: findings grouped by file, each with the command
 * that shows it where there is one; then how to fix each rule that fired,
 * once; then the summary.
 */
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
      if (finding.command) lines.push(`  ${' '.repeat(width)}  ${' '.repeat(7)}  $ ${inert(finding.command)}`);
    }
    lines.push('');
  }
  const remedies = new Map(report.findings.map((finding) => [finding.ruleId, finding.remedy]));
  if (remedies.size > 0) {
    lines.push('How to fix:');
    for (const [ruleId, remedy] of remedies) lines.push(`  ${ruleId}: ${inert(remedy)}`);
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
  const { accepted, refused } = summary.clients;
  if (accepted + refused > 0) {
    lines.push(`  Clients (${report.profile.id}): ${accepted} accepted, ${refused} refused.`);
  }
  if (report.suppressed.length > 0)
    lines.push(`  ${plural(report.suppressed.length, 'finding')} suppressed by configuration.`);
  return `${lines.join('\n')}\n`;
}
