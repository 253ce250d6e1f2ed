import type { Limits } from '../inventory/limits.js';
import type { FailOn } from '../report/report.js';
import type { RuleSeverity } from '../rules/severities.js';
import type { Suppression } from './settings.js';

/**
 * How a pull request's own configuration may change a setting at once: only
 * toward the stricter of its value and the base's (see base-policy.ts). Each
 * merge takes the base's value and the head's and returns what applies.
 */

const SEVERITY_RANK: Record<RuleSeverity, number> = { off: 0, notice: 1, warning: 2, error: 3 };
const FAIL_ON_RANK: Record<FailOn, number> = { never: 0, error: 1, warning: 2 };

/** A severity raised applies; one lowered (or a rule turned off) waits for the merge. */
export function stricterSeverities(
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

/** The base's suppressions that the head keeps as they are: removing one is stricter, adding or widening one is not. */
export function keptSuppressions(base: readonly Suppression[], head: readonly Suppression[]): Suppression[] {
  const kept = new Set(head.map((suppression) => JSON.stringify(suppression)));
  return base.filter((suppression) => kept.has(JSON.stringify(suppression)));
}

export function lowerLimits(base: Limits, head: Limits): Limits {
  const result = { ...base };
  for (const key of Object.keys(base) as Array<keyof Limits>) result[key] = Math.min(base[key], head[key]);
  return result;
}

export function stricterFailOn(base: FailOn, head: FailOn): FailOn {
  return FAIL_ON_RANK[head] > FAIL_ON_RANK[base] ? head : base;
}
