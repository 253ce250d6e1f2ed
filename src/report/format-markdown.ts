import { describeImpact } from './impact.js';
import { plural, SEVERITY_ICON } from '../findings/severity.js';
import { findRule } from '../rules/registry.js';
import { shorten } from '../rules/rule.js';
import { DAY_MS } from '../time.js';
import { RULES_DOC_URL } from '../version.js';
import { escapeMarkdown, escapeMermaid } from './markdown-escape.js';
import type { CertificateEntry, Finding, Report } from './report.js';

export interface MarkdownOptions {
  /** Heading, e.g. the check name. */
  title: string;
  /** Which findings to list in the table (all, or those a review could not place on the diff). */
  findings: readonly Finding[];
  /** Caption for the findings table. */
  findingsCaption: string;
  /** Repository-relative path of a report path (the check may run in a subfolder). */
  repoPath?: (file: string) => string;
  /** A link to a file and line, when the host can show one. */
  linkTo?: (repoPath: string, line: number) => string | undefined;
  /** The moment the report was judged at, for the expiry timeline. */
  at: Date;
  /** Hard limit on the result's length; the content degrades to fit. */
  maxLength: number;
  /** Extra lines after the heading (a marker comment, a note). */
  preamble?: string[];
}

const MAX_GRAPH_FAILING_CLIENTS = 20;
const MAX_TIMELINE_ROWS = 20;

function countsLine(report: Report): string[] {
  const { summary } = report;
  const { accepted, refused } = summary.clients;
  const chains =
    accepted + refused > 0 && !hasNamedTargets(report)
      ? `; ${plural(accepted, 'client')} accepted and ${refused} refused (\`${report.profile.id}\`)`
      : '';
  const line = `**${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.notices, 'notice')}** in ${plural(summary.files, 'file')} and ${plural(summary.certificates, 'certificate')}${chains}.`;
  if (!hasNamedTargets(report)) return [line];
  // Targets found in the infrastructure code say where (clients are known only when configured).
  const found = report.targets.some((target) => target.origin);
  const origin = (target: Report['targets'][number]) =>
    !found
      ? ''
      : target.origin
        ? ` ${escapeMarkdown(`${target.origin.resource} (${target.origin.file}:${target.origin.line})`)} |`
        : ' configuration |';
  const clients = (target: Report['targets'][number], count: number) =>
    target.origin?.clients === 'not known' ? 'not known' : String(count);
  const rows = report.targets.map(
    (target) =>
      `| ${escapeMarkdown(target.name)} | \`${target.profile.id}\` |${origin(target)} ${target.summary.errors} | ${target.summary.warnings} | ${target.summary.notices} | ${clients(target, target.summary.clients.accepted)} | ${clients(target, target.summary.clients.refused)} |`,
  );
  return [
    line,
    '',
    `| target | profile |${found ? ' configured in |' : ''} errors | warnings | notices | clients accepted | clients refused |`,
    `|---|---|${found ? '---|' : ''}---|---|---|---|---|`,
    ...rows,
  ];
}

function hasNamedTargets(report: Pick<Report, 'targets'>): boolean {
  return report.targets.some((target) => target.name !== '');
}

/** The part of the report about one target, for the pictures drawn per gateway. */
function targetPart(report: Report, name: string): Report {
  const mine = <T extends { target?: string }>(entry: T) => (entry.target ?? '') === name;
  return {
    ...report,
    findings: report.findings.filter(mine),
    certificates: report.certificates.filter(mine),
    chains: report.chains.filter(mine),
  };
}

function findingsTable(
  findings: readonly Finding[],
  options: MarkdownOptions & { report: Report },
  limit: number,
): string[] {
  if (findings.length === 0) return [];
  const repoPath = options.repoPath ?? ((file: string) => file);
  const byTarget = hasNamedTargets(options.report);
  const rows = findings.slice(0, limit).map((finding) => {
    const path = repoPath(finding.file);
    const where = `${escapeMarkdown(path)}:${finding.line}`;
    const link = options.linkTo?.(path, finding.line);
    const rule = findRule(finding.ruleId)
      ? `[\`${finding.ruleId}\`](${RULES_DOC_URL}#${finding.ruleId})`
      : `\`${finding.ruleId}\``;
    const target = byTarget ? ` ${escapeMarkdown(finding.target ?? '')} |` : '';
    return `| ${SEVERITY_ICON[finding.severity]} ${finding.severity} |${target} ${link ? `[${where}](${link})` : where} | ${rule} | ${escapeMarkdown(finding.message)} |`;
  });
  const more =
    findings.length > limit
      ? [``, `… and ${findings.length - limit} more: see the job summary or the JSON report.`]
      : [];
  return [
    `#### ${options.findingsCaption}`,
    '',
    byTarget ? '| severity | target | where | rule | finding |' : '| severity | where | rule | finding |',
    byTarget ? '|---|---|---|---|---|' : '|---|---|---|---|',
    ...rows,
    ...more,
    '',
  ];
}

function nodeId(sha256: string): string {
  return `c${sha256.slice(0, 12)}`;
}

/**
 * A Mermaid graph: truststore roots and intermediates, and under each issuer
 * the client certificates that chain through it. Healthy clients are counted,
 * failing ones drawn one by one (up to a limit), so the picture stays
 * readable at thousands of clients.
 */
function trustGraphs(report: Report): string[] {
  if (!hasNamedTargets(report)) return trustGraph(report, '#### Trust chains');
  return report.targets.flatMap((target) =>
    trustGraph(
      targetPart(report, target.name),
      `#### Trust chains: ${escapeMarkdown(target.name)} (\`${target.profile.id}\`)`,
    ),
  );
}

function trustGraph(report: Report, heading: string): string[] {
  const truststore = report.certificates.filter((c) => c.role === 'truststore');
  if (truststore.length === 0) return [];
  const failingFiles = new Set(report.findings.filter((f) => f.severity === 'error').map((f) => f.file));
  const lines = [
    '```mermaid',
    'flowchart TD',
    '  classDef failing fill:#ffe0e0,stroke:#c00,color:#600',
    '  classDef healthy fill:#e6ffe6,stroke:#080,color:#030',
  ];
  const seen = new Set<string>();
  const bySubject = new Map<string, CertificateEntry[]>();
  for (const certificate of truststore) {
    if (seen.has(certificate.sha256)) continue;
    seen.add(certificate.sha256);
    const list = bySubject.get(certificate.subject) ?? [];
    list.push(certificate);
    bySubject.set(certificate.subject, list);
    const kind = certificate.selfSigned ? 'root' : certificate.isCA ? 'intermediate' : 'not a CA';
    const bad = report.findings.some((f) => f.severity === 'error' && f.certificate?.sha256 === certificate.sha256);
    lines.push(
      `  ${nodeId(certificate.sha256)}["${escapeMermaid(shorten(certificate.subject, 80))}<br/>${kind}"]${bad ? ':::failing' : ''}`,
    );
  }
  for (const certificate of truststore) {
    if (certificate.selfSigned) continue;
    for (const issuer of bySubject.get(certificate.issuer) ?? []) {
      if (issuer.sha256 !== certificate.sha256)
        lines.push(`  ${nodeId(issuer.sha256)} --> ${nodeId(certificate.sha256)}`);
    }
  }
  // Clients: grouped under the truststore certificate their path reaches first.
  const healthyUnder = new Map<string, number>();
  let failingDrawn = 0;
  let failingHidden = 0;
  for (const chain of report.chains) {
    const anchor = chain.path.slice(1).find((step) => seen.has(step.sha256));
    const failing = !chain.accepted || failingFiles.has(chain.file);
    if (!failing && anchor) {
      healthyUnder.set(anchor.sha256, (healthyUnder.get(anchor.sha256) ?? 0) + 1);
      continue;
    }
    if (failingDrawn >= MAX_GRAPH_FAILING_CLIENTS) {
      failingHidden++;
      continue;
    }
    failingDrawn++;
    const id = `f${failingDrawn}`;
    lines.push(
      `  ${id}["${escapeMermaid(shorten(chain.subject, 80))}<br/>${escapeMermaid(shorten(chain.file, 80))}"]:::failing`,
    );
    if (anchor) lines.push(`  ${nodeId(anchor.sha256)} --> ${id}`);
    else lines.push(`  missing${failingDrawn}(["issuer not in truststore"]) -.-> ${id}`);
  }
  for (const [sha256, count] of healthyUnder) {
    lines.push(
      `  h${nodeId(sha256)}(["${plural(count, 'client')} OK"]):::healthy`,
      `  ${nodeId(sha256)} --> h${nodeId(sha256)}`,
    );
  }
  if (failingHidden > 0) lines.push(`  more(["${failingHidden} more failing clients"]):::failing`);
  lines.push('```', '');
  return [heading, '', ...lines];
}

/** The truststore's certificates by expiry date, soonest first: a Mermaid timeline and a table. */
function expiryTimeline(report: Report, at: Date, rows: number): string[] {
  const unique = new Map<string, CertificateEntry>();
  for (const certificate of report.certificates)
    if (certificate.role === 'truststore') unique.set(certificate.sha256, certificate);
  const sorted = [...unique.values()].sort((a, b) => a.notAfter.localeCompare(b.notAfter)).slice(0, rows);
  if (sorted.length === 0) return [];
  const day = (iso: string) => iso.slice(0, 10);
  const gantt = [
    '```mermaid',
    'gantt',
    '  title Truststore certificates, soonest expiry first',
    '  dateFormat YYYY-MM-DD',
    '  axisFormat %Y-%m',
  ];
  sorted.forEach((certificate, index) => {
    const state =
      certificate.notAfter < at.toISOString()
        ? 'crit, '
        : Date.parse(certificate.notAfter) - at.getTime() < 90 * DAY_MS
          ? 'active, '
          : '';
    gantt.push(
      `  ${escapeMermaid(shorten(certificate.subject, 60)) || 'unnamed'} :${state}t${index}, ${day(certificate.notBefore)}, ${day(certificate.notAfter)}`,
    );
  });
  gantt.push('```', '');
  const table = ['| expires | in | certificate |', '|---|---|---|'];
  for (const certificate of sorted) {
    const days = Math.floor((Date.parse(certificate.notAfter) - at.getTime()) / DAY_MS);
    const when = days < 0 ? `⛔ expired ${-days} days ago` : days < 90 ? `⚠️ ${days} days` : `${days} days`;
    table.push(`| ${day(certificate.notAfter)} | ${when} | ${escapeMarkdown(shorten(certificate.subject))} |`);
  }
  const total = unique.size > rows ? [``, `Showing the ${rows} soonest of ${unique.size}.`] : [];
  return ['#### Truststore expiry', '', ...gantt, ...table, ...total, ''];
}

/**
 * The report as GitHub-flavoured Markdown (PR comment, check-run summary, job
 * summary), degrading step by step until it fits `maxLength`.
 */
/** What the change does, first: the reviewer's question is who can connect after it. */
function impactSection(report: Report): string[] {
  const impact = describeImpact(report);
  if (!impact) return [];
  const lines = [`**${escapeMarkdown(impact.headline)}**`, ''];
  for (const detail of impact.details) lines.push(`- ${escapeMarkdown(detail)}`);
  for (const step of impact.deploy)
    lines.push(
      '',
      `To deploy (${escapeMarkdown(step.profile)}): ${escapeMarkdown(step.step)}.`,
      '',
      '```sh',
      step.command,
      '```',
    );
  return [...lines, ''];
}

function newCountsLine(report: Report): string[] {
  const fresh = report.summary.new;
  if (!fresh) return [];
  const total = fresh.errors + fresh.warnings + fresh.notices;
  return [
    `${plural(total, 'finding')} new in this change (${plural(fresh.errors, 'error')}); the rest were there before.`,
    '',
  ];
}

export function formatMarkdown(report: Report, options: MarkdownOptions): string {
  const head = [
    `### ${escapeMarkdown(options.title)}`,
    '',
    ...impactSection(report),
    ...(options.preamble ?? []),
    ...countsLine(report),
    '',
    ...newCountsLine(report),
  ];
  const table = (limit: number) => findingsTable(options.findings, { ...options, report }, limit);
  const attempts: Array<() => string[]> = [
    () => [...table(Infinity), ...trustGraphs(report), ...expiryTimeline(report, options.at, MAX_TIMELINE_ROWS)],
    () => [...table(200), ...trustGraphs(report), ...expiryTimeline(report, options.at, 10)],
    () => [...table(100), ...expiryTimeline(report, options.at, 10)],
    () => table(30),
    () => table(5),
  ];
  for (const attempt of attempts) {
    const text = [...head, ...attempt()].join('\n');
    if (text.length <= options.maxLength) return text;
  }
  const minimal = [...head, 'The details do not fit here: see the job summary or the JSON report.'].join('\n');
  return minimal.slice(0, options.maxLength);
}
