import type { Limits } from '../inventory/limits.js';
import type { FailOn } from '../report/report.js';
import type { RuleSeverity } from '../rules/severities.js';
import type { Settings } from './settings.js';

/**
 * A pull request may edit `.truststore-check.yml`, so on a pull request the
 * configuration at the base commit decides the check: what to check, the
 * rules, suppressions and limits. From the pull request's own version only
 * what makes the check stricter applies at once (a severity raised, a limit
 * lowered, a stricter fail-on, a longer expiry warning); everything else
 * takes effect after merge, and the report says what it would change.
 */

/** Keys that say what to check rather than how strictly: taken from the head only when the base has no file at all. */
const SELECTION_KEYS = ['truststore', 'bundle', 'clients', 'crls', 'profile', 'profile-options', 'profiles', 'targets'];

const SEVERITY_RANK: Record<RuleSeverity, number> = { off: 0, notice: 1, warning: 2, error: 3 };
const FAIL_ON_RANK: Record<FailOn, number> = { never: 0, error: 1, warning: 2 };

export interface DeferredPolicy {
  /** The configuration file, relative to the folder checked. */
  file: string;
  /** What the pull request's version changes that waits for the merge, one line each. */
  changes: string[];
}

function stricterSeverities(
  base: Record<string, RuleSeverity>,
  head: Record<string, RuleSeverity>,
): Record<string, RuleSeverity> {
  const result = { ...base };
  for (const [id, severity] of Object.entries(head)) {
    const current = base[id];
    // Without a base entry the profile's default decides, which only `error` is sure to be at least as strict as.
    if (current === undefined ? severity === 'error' : SEVERITY_RANK[severity] > SEVERITY_RANK[current])
      result[id] = severity;
  }
  return result;
}

function lowerLimits(base: Limits, head: Limits): Limits {
  const result = { ...base };
  for (const key of Object.keys(base) as Array<keyof Limits>) result[key] = Math.min(base[key], head[key]);
  return result;
}

/**
 * The settings a pull request is checked with: `settingsOf(baseFile)` (or,
 * when the base has no configuration file, the head's choice of files with
 * the default policy), tightened by whatever the head's file makes stricter.
 */
export function withBasePolicy(
  head: Settings,
  headFile: Record<string, unknown>,
  baseFile: Record<string, unknown> | undefined,
  settingsOf: (file: Record<string, unknown>) => Settings,
  configPath: string,
): Settings & { deferredPolicy?: DeferredPolicy } {
  const governing =
    baseFile ?? Object.fromEntries(Object.entries(headFile).filter(([key]) => SELECTION_KEYS.includes(key)));
  const base = settingsOf(governing);
  const effective: Settings = {
    ...base,
    severities: stricterSeverities(base.severities, head.severities),
    limits: lowerLimits(base.limits, head.limits),
    failOn: FAIL_ON_RANK[head.failOn] > FAIL_ON_RANK[base.failOn] ? head.failOn : base.failOn,
    expiryWarningDays: Math.max(base.expiryWarningDays, head.expiryWarningDays),
  };
  const changes: string[] = [];
  for (const key of new Set([...Object.keys(governing), ...Object.keys(headFile)])) {
    if (JSON.stringify(governing[key]) === JSON.stringify(headFile[key])) continue;
    const what = headFile[key] === undefined ? 'removed' : governing[key] === undefined ? 'added' : 'changed';
    changes.push(`\`${key}\` ${what}`);
  }
  if (changes.length === 0) return effective;
  return { ...effective, deferredPolicy: { file: configPath, changes } };
}
