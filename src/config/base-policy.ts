import { SETTINGS, type Setting } from './schema.js';
import type { DeferredPolicy, Settings } from './settings.js';

/**
 * A pull request may edit `.truststore-check.yml`, so on a pull request the
 * base commit's configuration and the workflow's inputs decide the check:
 * every setting of the check (schema.ts). With no configuration file at the
 * base, the inputs and the defaults are that policy. From the pull request's
 * own version only what a setting's `tighten` allows applies at once (a
 * severity raised, a limit lowered, a suppression removed, a stricter
 * fail-on, a longer expiry warning); everything else takes effect after
 * merge, and the report says what it would change.
 */

/** Whether any target names files to check. */
export function selectsFiles(settings: Pick<Settings, 'targets'>): boolean {
  return settings.targets.some((target) => target.truststore.length > 0 || target.clients.length > 0);
}

/**
 * The settings a pull request is checked with: `settingsOf(baseFile)` (the
 * base's configuration file, or none: the inputs and defaults alone),
 * tightened by whatever the head's file makes stricter.
 */
export function withBasePolicy(
  head: Settings,
  headFile: Record<string, unknown>,
  baseFile: Record<string, unknown> | undefined,
  settingsOf: (file: Record<string, unknown>) => Settings,
  configPath: string,
): Settings & { deferredPolicy?: DeferredPolicy } {
  const governing = baseFile ?? {};
  const base = settingsOf(governing);
  const effective: Settings = { ...base };
  // Nothing selected at the base: the base's infrastructure code may still say what to check (discovery runs
  // later); if it does not, the check stops with this rather than take the pull request's own choice of files.
  if (!baseFile && !selectsFiles(base))
    effective.emptyPolicy = `the base commit has no configuration file and no truststore or client-certificates input was given, so its policy checks nothing${
      Object.keys(headFile).length > 0 ? `; the ${configPath} this pull request adds applies once it is merged` : ''
    }. Give the truststore and client-certificates inputs in the workflow, or merge the configuration first`;
  // What the schema lets the head tighten, it tightens; everything else is the base's.
  for (const entry of Object.values(SETTINGS) as Setting[]) {
    if (!entry.field || !entry.tighten) continue;
    const field = entry.field;
    (effective as unknown as Record<string, unknown>)[field] = entry.tighten.merge(base[field], head[field]);
  }
  const changes: string[] = [];
  for (const key of new Set([...Object.keys(governing), ...Object.keys(headFile)])) {
    if (JSON.stringify(governing[key]) === JSON.stringify(headFile[key])) continue;
    const what = headFile[key] === undefined ? 'removed' : governing[key] === undefined ? 'added' : 'changed';
    changes.push(`\`${key}\` ${what}`);
  }
  if (changes.length === 0) return effective;
  return { ...effective, deferredPolicy: { file: configPath, changes } };
}
