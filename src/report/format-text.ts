import type { Finding } from '../findings/finding.js';
import { plural } from '../findings/severity.js';
import { describeImpact } from './impact.js';
import { targetLabel, type Report } from './report.js';

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
  const impact = describeImpact(report);
  if (impact) {
    // The reviewer's first question comes first: who can connect after this change.
    lines.push(inert(impact.headline), ...impact.details.map((detail) => `  ${inert(detail)}`));
    for (const step of impact.deploy)
      lines.push(`  To deploy (${step.profile}): ${step.step}.`, `    $ ${step.command}`);
    lines.push('');
  }
  const groups = new Map<string, Finding[]>();
  for (const finding of report.findings) {
    // With named targets, findings are grouped by target first, then by file.
    const key = JSON.stringify([finding.target ?? '', finding.file]);
    const list = groups.get(key);
    if (list) list.push(finding);
    else groups.set(key, [finding]);
  }
  let currentTarget: string | undefined;
  for (const [key, findings] of groups) {
    const [target, file] = JSON.parse(key) as [string, string];
    if (target !== '' && target !== currentTarget) {
      lines.push(`== ${inert(targetLabel(report, target))} ==`, '');
      currentTarget = target;
    }
    lines.push(inert(file));
    const span = (finding: Finding) =>
      finding.endLine > finding.line ? `${finding.line}-${finding.endLine}` : String(finding.line);
    // Commands and fixes line up under the messages.
    const width = Math.max(...findings.map((finding) => span(finding).length));
    for (const finding of findings) {
      const where = span(finding);
      lines.push(
        `  ${where.padEnd(width)}  ${finding.severity.padEnd(7)}  ${finding.new ? '(new) ' : ''}${inert(finding.message)}  ${finding.ruleId}`,
      );
      const indent = `  ${' '.repeat(width)}  ${' '.repeat(7)}  `;
      if (finding.command) lines.push(`${indent}$ ${inert(finding.command)}`);
      if (finding.fix) {
        const { fix } = finding;
        const span = fix.endLine > fix.line ? `lines ${fix.line}-${fix.endLine}` : `line ${fix.line}`;
        const place = fix.file === finding.file ? span : `${fix.file}, ${span}`;
        lines.push(`${indent}fix: ${inert(fix.description)} (${inert(place)})`);
      }
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
  if (summary.new) {
    const fresh = summary.new.errors + summary.new.warnings + summary.new.notices;
    lines.push(
      `${plural(fresh, 'finding')} new since the base (${plural(summary.new.errors, 'error')}); the rest were there before.`,
    );
  }
  lines.push(
    total === 0
      ? `✔ No problems in ${plural(summary.files, 'file')}, ${plural(summary.certificates, 'certificate')}.`
      : `✖ ${plural(total, 'problem')} (${counts}) in ${plural(summary.files, 'file')}, ${plural(summary.certificates, 'certificate')}.`,
  );
  for (const target of report.targets) {
    const { accepted, refused } = target.summary.clients;
    const which = target.name ? inert(targetLabel(report, target.name)) : target.profile.id;
    // A target found in the infrastructure code says where; its clients are known only if configured.
    if (target.origin)
      lines.push(
        `  ${which}: ${inert(target.origin.resource)} (${inert(target.origin.file)}:${target.origin.line}, ${target.origin.format})${target.origin.clients === 'not known' ? '; clients not known' : ''}.`,
      );
    if (accepted + refused === 0) continue;
    lines.push(`  Clients (${which}): ${accepted} accepted, ${refused} refused.`);
  }
  if (report.suppressed.length > 0)
    lines.push(`  ${plural(report.suppressed.length, 'finding')} suppressed by configuration.`);
  return `${lines.join('\n')}\n`;
}
