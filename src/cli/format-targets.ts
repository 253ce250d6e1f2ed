import type { Settings, Target } from '../config/settings.js';
import { plural } from '../findings/severity.js';

/** One target in words: what it checks, for which gateway, and where that came from. */
export function describeTarget(target: Target): string[] {
  const name = target.name || '(the only target)';
  const lines = [`${name} (${target.profile.id}): ${target.truststore.join(', ') || '(no truststore)'}`];
  const origin = target.origin;
  if (!origin) {
    lines.push('  from the configuration (flags, action inputs or .truststore-check.yml)');
  } else {
    lines.push(
      `  ${origin.format}: ${origin.resource}, ${origin.file}:${origin.line}${origin.baseOnly ? ' (at the base commit only)' : ''}`,
    );
    for (const via of origin.via) lines.push(`  ${via}`);
    lines.push(`  version served: ${origin.served}`);
  }
  if (target.crls.length > 0) lines.push(`  CRLs: ${target.crls.join(', ')}`);
  lines.push(
    target.clients.length > 0
      ? `  clients: ${target.clients.join(', ')}`
      : '  clients: not known (discovery does not say which clients use a gateway; give clients: to judge them)',
  );
  return lines;
}

/** `--list-targets`: what will be checked and why, then what discovery could not follow. */
export function formatTargets(settings: Settings, format: 'text' | 'json'): string {
  const notes = settings.discovery?.notes ?? [];
  if (format === 'json')
    return `${JSON.stringify(
      {
        targets: settings.targets.map((target) => ({
          name: target.name,
          profile: target.profile.id,
          truststore: target.truststore,
          bundle: target.truststoreIsBundle,
          clients: target.clients,
          crls: target.crls,
          ...(target.origin ? { origin: target.origin } : {}),
        })),
        notes,
      },
      null,
      2,
    )}\n`;
  const lines: string[] = [];
  const found = settings.targets.filter((target) => target.origin).length;
  lines.push(
    settings.targets.length === 0
      ? 'No truststore found in the infrastructure code.'
      : found > 0
        ? `${plural(found, 'target')} found in the infrastructure code${found < settings.targets.length ? `, ${settings.targets.length - found} configured` : ''}:`
        : `${plural(settings.targets.length, 'target')} from the configuration (explicit settings win over discovery):`,
  );
  for (const target of settings.targets) lines.push('', ...describeTarget(target));
  if (notes.length > 0) {
    lines.push('', 'What discovery has to say:');
    for (const note of notes) lines.push(`  ${note.file}:${note.line}  ${note.rule}  ${note.message}`);
  }
  return `${lines.join('\n')}\n`;
}
