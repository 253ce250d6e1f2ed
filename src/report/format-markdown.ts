import type { Finding } from '../findings/finding.js';
import { describeImpact } from './impact.js';
import { plural } from '../findings/severity.js';
import { shorten } from '../text/shorten.js';
import { DAY_MS } from '../time.js';
import { verdictHeadline, worstFirst } from './headline.js';
import { escapeMarkdown, escapeMermaid } from './markdown-escape.js';
import { collapsed, findingList, findingTable, type FindingPlaces } from './markdown-findings.js';
import type { CertificateEntry, Report } from './report.js';
import { trustGraph } from './trust-graph.js';

export interface MarkdownOptions extends FindingPlaces {
  /** Heading, e.g. the check name. */
  title: string;
  /** The findings to show (normally all of the report's). */
  findings: readonly Finding[];
  /** Whether the check fails: the headline's mark, and whether the deploy step shows. */
  failed: boolean;
  /** The moment the report was judged at, for the expiry timeline. */
  at: Date;
  /** Certificates expiring within this many days are marked as expiring soon (the `expiry-warning-days` setting). */
  expiryWarningDays: number;
  /** Hard limit on the result's length; the content degrades to fit. */
  maxLength: number;
  /** Extra lines after the heading (a marker comment, a note). */
  preamble?: string[];
}

const MAX_TIMELINE_ROWS = 20;
/** New findings listed in the open before the rest are folded away. */
const MAX_LISTED = 100;

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

/** The truststore's certificates by expiry date, soonest first: a Mermaid timeline and a table. */
function expiryTimeline(report: Report, at: Date, warningDays: number, rows: number): string[] {
  const soon = warningDays * DAY_MS;
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
        : Date.parse(certificate.notAfter) - at.getTime() < soon
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
    const when = days < 0 ? `⛔ expired ${-days} days ago` : days < warningDays ? `⚠️ ${days} days` : `${days} days`;
    table.push(`| ${day(certificate.notAfter)} | ${when} | ${escapeMarkdown(shorten(certificate.subject))} |`);
  }
  const total = unique.size > rows ? [``, `Showing the ${rows} soonest of ${unique.size}.`] : [];
  return [...gantt, ...table, ...total];
}

/** What the change does, in detail (the headline says it in one line). */
function impactDetails(report: Report): string[] {
  const impact = describeImpact(report);
  if (!impact) return [];
  return collapsed('What the change does', [
    escapeMarkdown(impact.headline),
    '',
    ...impact.details.map((detail) => `- ${escapeMarkdown(shorten(detail, 600))}`),
  ]);
}

/** The longest command line that fits a pull request comment's code block at GitHub's 1280 px layout (about 90 columns). */
const COMMAND_COLUMNS = 72;

/**
 * A command as lines a reader can copy: one per API flavour, each option on a
 * line of its own, and a long option's value on the next (a code block that
 * scrolls sideways hides the end of the command).
 */
export function commandLines(command: string): string[] {
  const [main, comment] = command.split(/\s{2,}#\s*/, 2) as [string, string | undefined];
  const wrapped = (text: string) =>
    text
      .trim()
      .split(/ (?=--)/)
      .flatMap((option) => {
        const space = option.indexOf(' ');
        return option.length > COMMAND_COLUMNS && space > 0
          ? [option.slice(0, space), `  ${option.slice(space + 1)}`]
          : [option];
      })
      .join(' \\\n  ');
  const flavour = comment ? /^([^:]{1,40}):\s*(\S+ \S.*--.*)$/.exec(comment) : null;
  if (flavour) return [wrapped(main), `# ${flavour[1]}:`, wrapped(flavour[2]!)];
  return [wrapped(main), ...(comment ? [`# ${comment}`] : [])];
}

/** The gateway's deploy step: open when the change passes, folded away while it fails (it would lock clients out). */
function deployStep(report: Report, failed: boolean): string[] {
  const impact = describeImpact(report);
  if (!impact || impact.deploy.length === 0) return [];
  const body = impact.deploy.flatMap((step) => [
    `${escapeMarkdown(step.profile)}: ${escapeMarkdown(step.step)}.`,
    '',
    '```sh',
    ...commandLines(step.command),
    '```',
    '',
  ]);
  return failed ? collapsed('Deploy step (once the findings above are fixed)', body) : ['#### To deploy', '', ...body];
}

/**
 * The report as GitHub-flavoured Markdown (PR comment, check-run summary, job
 * summary): the verdict headline, then every new finding worst first, one
 * line each; older findings, counts, the trust graph and the expiry outlook
 * folded under <details>. Degrades step by step until it fits `maxLength`.
 */
export function formatMarkdown(report: Report, options: MarkdownOptions): string {
  const sorted = [...options.findings].sort(worstFirst(report));
  const comparing = report.summary.new !== undefined;
  const fresh = comparing ? sorted.filter((finding) => finding.new !== false) : sorted;
  const older = comparing ? sorted.filter((finding) => finding.new === false) : [];
  const head = [
    `### ${escapeMarkdown(options.title)}`,
    '',
    `**${escapeMarkdown(verdictHeadline(report, options.failed))}**`,
    '',
    ...(options.preamble ?? []),
  ];
  const listed = (limit: number, restRows = limit) => {
    if (fresh.length === 0) return [];
    const caption = comparing ? `New findings (${fresh.length})` : `Findings (${fresh.length})`;
    const shown = findingList(report, fresh.slice(0, limit), options);
    const rest = fresh.slice(limit);
    return [
      `#### ${caption}`,
      '',
      ...shown,
      '',
      ...collapsed(`${plural(rest.length, 'more finding')}`, findingTable(report, rest, options, restRows)),
    ];
  };
  const details = (rows: number, graph: boolean, timeline: number) => [
    ...deployStep(report, options.failed),
    ...impactDetails(report),
    ...collapsed(
      `Findings already there before this change (${older.length})`,
      findingTable(report, older, options, rows),
    ),
    ...collapsed('Counts', countsLine(report)),
    ...(graph ? collapsed('Trust chains', trustGraph(report) ?? []) : []),
    ...(timeline > 0
      ? collapsed('Truststore expiry', expiryTimeline(report, options.at, options.expiryWarningDays, timeline))
      : []),
  ];
  const attempts: Array<() => string[]> = [
    () => [...listed(MAX_LISTED, Infinity), ...details(Infinity, true, MAX_TIMELINE_ROWS)],
    () => [...listed(MAX_LISTED, 200), ...details(200, true, 10)],
    () => [...listed(MAX_LISTED), ...details(100, false, 10)],
    () => [...listed(30), ...details(30, false, 0)],
    () => listed(5),
  ];
  for (const attempt of attempts) {
    const text = [...head, ...attempt()].join('\n');
    if (text.length <= options.maxLength) return text;
  }
  const minimal = [...head, 'The details do not fit here: see the job summary or the JSON report.'].join('\n');
  return minimal.slice(0, options.maxLength);
}
