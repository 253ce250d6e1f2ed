import type { Finding } from '../findings/finding.js';
import { SEVERITY_ICON } from '../findings/severity.js';
import { findRule } from '../rules/registry.js';
import { shorten } from '../text/shorten.js';
import { RULES_DOC_URL } from '../version.js';
import { escapeMarkdown } from './markdown-escape.js';
import { findingMessage, type Report } from './report.js';

/** How findings are placed on a page: their paths as the host knows them, and links where it can show a file. */
export interface FindingPlaces {
  repoPath?: (file: string) => string;
  linkTo?: (repoPath: string, line: number) => string | undefined;
}

/** A line of a finding in a list or table: its message at most this long (the JSON report has it whole). */
const MESSAGE_LENGTH = 400;

/**
 * Fingerprints and key identifiers (64 hex digits, 95 with colons) cannot wrap
 * and push a table past the page: on a page they are shortened to their ends;
 * the JSON report keeps them whole.
 */
export function shortenHexRuns(text: string): string {
  return text.replace(/\b(?:[0-9A-Fa-f]{2}:){11,}[0-9A-Fa-f]{2}\b|\b[0-9A-Fa-f]{32,}\b/g, (run) => {
    const digits = run.replace(/:/g, '');
    return `${digits.slice(0, 8)}…${digits.slice(-4)}`;
  });
}

/** The finding's words for a page: its target, shortened fingerprints, escaped, at most MESSAGE_LENGTH. */
export function pageMessage(report: Pick<Report, 'targets'>, finding: Finding): string {
  return escapeMarkdown(shorten(shortenHexRuns(findingMessage(report, finding)), MESSAGE_LENGTH));
}

/** `[path:line](link)`, or the bare place where the host shows no file. */
export function placeOf(finding: Finding, places: FindingPlaces): string {
  const path = places.repoPath?.(finding.file) ?? finding.file;
  const where = `${escapeMarkdown(path)}:${finding.line}`;
  const link = places.linkTo?.(path, finding.line);
  return link ? `[${where}](${link})` : where;
}

/** The rule id, linked to its documentation: it travels with the message instead of a narrow column of its own. */
export function ruleLink(ruleId: string): string {
  return findRule(ruleId) ? `[\`${ruleId}\`](${RULES_DOC_URL}#${ruleId})` : `\`${ruleId}\``;
}

/** One finding per line, as a list: what a reviewer must see without expanding anything. */
export function findingList(report: Report, findings: readonly Finding[], places: FindingPlaces): string[] {
  return findings.map(
    (finding) =>
      `- ${SEVERITY_ICON[finding.severity]} **${placeOf(finding, places)}** ${pageMessage(report, finding)} (${ruleLink(finding.ruleId)})`,
  );
}

/** Findings as a two-column table (where, and what with its rule), at most `limit` rows. */
export function findingTable(
  report: Report,
  findings: readonly Finding[],
  places: FindingPlaces,
  limit: number,
): string[] {
  if (findings.length === 0) return [];
  const rows = findings
    .slice(0, limit)
    .map(
      (finding) =>
        `| ${placeOf(finding, places)} | ${SEVERITY_ICON[finding.severity]} ${pageMessage(report, finding)} (${ruleLink(finding.ruleId)}) |`,
    );
  const more =
    findings.length > limit
      ? ['', `… and ${findings.length - limit} more: see the job summary or the JSON report.`]
      : [];
  return ['| where | finding |', '|---|---|', ...rows, ...more];
}

/** A collapsed section: its summary line shows, the rest opens on a click. */
export function collapsed(summary: string, body: readonly string[], open = false): string[] {
  if (body.length === 0) return [];
  return [`<details${open ? ' open' : ''}><summary>${summary}</summary>`, '', ...body, '', '</details>', ''];
}
