import type { Finding } from '../findings/finding.js';
import { bySeverity, plural } from '../findings/severity.js';
import { findRule } from '../rules/registry.js';
import { shorten } from '../text/shorten.js';
import { targetKey, type ChainEntry, type Report } from './report.js';

/** Clients (or files, or CAs) named in the headline before "and N more". */
const NAMED = 3;
/** A CA's subject in the headline, which is also a check run's title: cut shorter than in a message. */
const CA_NAME_LENGTH = 80;
const PRIVATE_KEY_RULE = 'private-key-in-repository';

/**
 * The one-line verdict every channel opens with (summary comment, check-run
 * title, job summary, review body): what the change does to clients first
 * (locked out, with the removed CAs that lock them out; new and refused;
 * without a base, refused), then a committed
 * key, then whatever else is new. Counts come from the one verdict per
 * client (`chains[]`, `changes.clients`), never from the findings.
 */
export function verdictHeadline(report: Report, failed: boolean): string {
  const { errors, warnings } = report.summary.new ?? report.summary;
  const icon = failed ? '❌' : errors + warnings > 0 ? '⚠️' : '✅';
  const parts: string[] = [];
  const fresh = report.findings.filter((finding) => finding.new !== false);
  const why = reasonOf(report.findings);
  const named = (chains: readonly Pick<ChainEntry, 'file' | 'target'>[]) => {
    const shown = chains.slice(0, NAMED).map((chain) => `${baseName(chain.file)}: ${why(chain)}`);
    const more = chains.length - shown.length;
    return ` (${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''})`;
  };
  const changes = report.changes;
  if (changes) {
    const refusedNow = (before: string) =>
      changes.clients.filter((client) => client.before === before && client.after === 'refused');
    const lockedOut = refusedNow('accepted');
    const added = refusedNow('absent');
    if (lockedOut.length > 0) parts.push(`${plural(lockedOut.length, 'client')} locked out${named(lockedOut)}`);
    // The CAs whose removal locks those clients out: the cause, which the clients' own reason (an issuer not found)
    // does not name.
    const locked = new Set(lockedOut.map((client) => targetKey(client.target, client.file)));
    const causes = changes.truststore.removed.filter((ca) =>
      ca.clients.some((file) => locked.has(targetKey(ca.target, file))),
    );
    if (causes.length > 0) {
      const shown = causes.slice(0, NAMED).map((ca) => shorten(ca.subject, CA_NAME_LENGTH));
      const more = causes.length - shown.length;
      parts.push(
        `${causes.length === 1 ? 'CA' : 'CAs'} removed: ${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}`,
      );
    }
    if (added.length > 0) parts.push(`${plural(added.length, 'new client')} refused${named(added)}`);
  } else {
    const refused = report.chains.filter((chain) => !chain.accepted);
    if (refused.length > 0) parts.push(`${plural(refused.length, 'client')} refused${named(refused)}`);
  }
  const keys = [...new Set(fresh.filter((f) => f.ruleId === PRIVATE_KEY_RULE).map((f) => baseName(f.file)))];
  if (keys.length > 0)
    parts.push(
      `${keys.length === 1 ? 'a private key' : `${keys.length} private keys`} committed (${keys.slice(0, NAMED).join(', ')}${keys.length > NAMED ? ', …' : ''})`,
    );
  const clientFiles = new Set(report.chains.map((chain) => chain.file));
  const others = fresh.filter(
    (finding) => finding.severity === 'error' && finding.ruleId !== PRIVATE_KEY_RULE && !clientFiles.has(finding.file),
  );
  for (const [rule, count] of countBy(others.map((finding) => ruleWords(finding.ruleId))))
    parts.push(count === 1 ? rule : `${rule} ×${count}`);
  if (parts.length === 0) {
    const { accepted } = report.summary.clients;
    const left = errors + warnings;
    parts.push(
      `${accepted > 0 ? `${plural(accepted, 'client')} accepted, ` : ''}${left > 0 ? `${plural(left, report.summary.new ? 'new finding' : 'finding')} to look at` : report.summary.new ? 'nothing new' : 'nothing to fix'}`,
    );
  }
  return `${icon} ${parts.join(' · ')}`;
}

/** A client's reason in a few words: the title of the worst rule on its file. */
function reasonOf(findings: readonly Finding[]): (chain: Pick<ChainEntry, 'file' | 'target'>) => string {
  const worst = new Map<string, Finding>();
  for (const finding of [...findings].sort((a, b) => bySeverity(a.severity, b.severity))) {
    const key = targetKey(finding.target, finding.file);
    if (!worst.has(key) && finding.severity === 'error') worst.set(key, finding);
  }
  return (chain) => {
    const finding = worst.get(targetKey(chain.target, chain.file));
    return finding ? ruleWords(finding.ruleId) : 'refused';
  };
}

function ruleWords(ruleId: string): string {
  const title = findRule(ruleId)?.title ?? ruleId;
  return `${title[0]!.toLowerCase()}${title.slice(1)}`;
}

function baseName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}

function countBy(items: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

/**
 * The order a reviewer reads findings in: errors before warnings before
 * notices, a committed key first of all, then findings that refuse a client,
 * then by file and line.
 */
export function worstFirst(report: Pick<Report, 'chains'>): (a: Finding, b: Finding) => number {
  const clients = new Set(report.chains.map((chain) => chain.file));
  const rank = (finding: Finding) => (finding.ruleId === PRIVATE_KEY_RULE ? 0 : clients.has(finding.file) ? 1 : 2);
  return (a, b) =>
    bySeverity(a.severity, b.severity) || rank(a) - rank(b) || a.file.localeCompare(b.file) || a.line - b.line;
}
