import { plural } from '../findings/severity.js';
import type { Profile } from '../profiles/profile.js';
import { findProfile } from '../profiles/registry.js';
import type { ClientChange } from './report.js';
import type { Report } from './report.js';

/** Clients (and CAs) named before "and N more": the rest are in the JSON report. */
const NAMED = 10;

export interface Impact {
  /** One sentence: what the change does to who can connect, and to the truststores. */
  headline: string;
  /** The clients behind each count, named. */
  details: string[];
  /** What must happen at the gateway for the change to take effect, per profile, with the command. */
  deploy: Array<{ profile: string; step: string; command: string }>;
}

/** The profile of a target of the report (the report's own when it has no targets by name). */
function profileOf(report: Report, target: string | undefined): Profile | undefined {
  return findProfile(report.targets.find((entry) => entry.name === (target ?? ''))?.profile.id ?? report.profile.id);
}

function named(clients: readonly ClientChange[]): string {
  const names = clients.slice(0, NAMED).map((client) => client.file);
  const more = clients.length - names.length;
  return more > 0 ? `${names.join(', ')} and ${more} more` : names.join(', ');
}

/**
 * The impact of a change in the reviewer's terms: "This change refuses 11
 * clients that are accepted today, admits 2, removes 1 CA, adds 1 CA used
 * by no client". Undefined when the report was not compared with a base.
 */
export function describeImpact(report: Report): Impact | undefined {
  const changes = report.changes;
  if (!changes) return undefined;
  const lockedOut = changes.clients.filter((client) => client.before === 'accepted' && client.after === 'refused');
  const admitted = changes.clients.filter((client) => client.before === 'refused' && client.after === 'accepted');
  const newRefused = changes.clients.filter((client) => client.before === 'absent' && client.after === 'refused');
  const newAccepted = changes.clients.filter((client) => client.before === 'absent' && client.after === 'accepted');
  const gone = changes.clients.filter((client) => client.after === 'absent');
  const { added, removed, renewed, unused } = changes.truststore;
  const unusedAdded = added.filter((ca) => unused.some((entry) => entry.sha256 === ca.sha256));

  const parts: string[] = [];
  if (lockedOut.length > 0)
    parts.push(
      `refuses ${plural(lockedOut.length, 'client')} that ${lockedOut.length === 1 ? 'is' : 'are'} accepted today`,
    );
  if (admitted.length > 0) parts.push(`admits ${plural(admitted.length, 'client')} refused today`);
  if (newRefused.length > 0) parts.push(`adds ${plural(newRefused.length, 'client')} the gateway would refuse`);
  if (newAccepted.length > 0) parts.push(`adds ${plural(newAccepted.length, 'client')} the gateway accepts`);
  if (gone.length > 0) parts.push(`removes ${plural(gone.length, 'client file')}`);
  if (removed.length > 0) parts.push(`removes ${plural(removed.length, 'CA')} from the truststore`);
  if (added.length > 0)
    parts.push(
      `adds ${plural(added.length, 'CA')}${unusedAdded.length > 0 ? ` (${unusedAdded.length} used by no client in the repository)` : ''}`,
    );
  if (renewed.length > 0) parts.push(`renews ${plural(renewed.length, 'CA')}`);
  // A changed truststore that the infrastructure code keeps from the gateway (see truststore-version-pinned).
  const unserved = report.findings.filter((finding) => finding.ruleId === 'truststore-version-pinned');
  if (unserved.length > 0)
    parts.push(`changes ${plural(unserved.length, 'truststore')} that the gateway will not serve as it stands`);
  const headline =
    parts.length === 0
      ? `This change does not change who can connect or what the truststores hold (compared with ${changes.base.slice(0, 12)}).`
      : `This change ${parts.join(', ')}.`;

  const details: string[] = [];
  if (lockedOut.length > 0) {
    // The gateway's consequence, when all of them are behind gateways that say it the same way.
    const refusals = new Set(lockedOut.map((client) => profileOf(report, client.target)?.wording.refusal));
    const [refusal] = refusals;
    const consequence = refusals.size === 1 && refusal ? ` (${refusal} once the new truststore is deployed)` : '';
    details.push(`Refused from now on${consequence}: ${named(lockedOut)}.`);
  }
  if (admitted.length > 0) details.push(`Accepted from now on: ${named(admitted)}.`);
  for (const finding of unserved) details.push(`Not served (${finding.file}:${finding.line}): ${finding.message}`);
  if (newRefused.length > 0) details.push(`New and refused: ${named(newRefused)}.`);
  const listed = <T>(items: readonly T[], line: (item: T) => string, rest: string) => {
    for (const item of items.slice(0, NAMED)) details.push(line(item));
    if (items.length > NAMED) details.push(`${plural(items.length - NAMED, `more ${rest}`)} in the JSON report.`);
  };
  listed(removed, (ca) => `Removed CA: ${ca.subject} (SHA-256 ${ca.sha256}).`, 'removed CA');
  listed(added, (ca) => `Added CA: ${ca.subject} (SHA-256 ${ca.sha256}).`, 'added CA');
  listed(
    renewed,
    (pair) => `Renewed CA: ${pair.new.subject}, valid until ${pair.old.notAfter} before and ${pair.new.notAfter} now.`,
    'renewed CA',
  );

  const deploy: Impact['deploy'] = [];
  if (changes.bundles.length > 0) {
    const profiles = new Set(changes.bundles.map((bundle) => profileOf(report, bundle.target)));
    for (const profile of profiles) {
      if (profile) deploy.push({ profile: profile.wording.gateway, ...profile.wording.deploy });
    }
  }
  return { headline, details, deploy };
}
