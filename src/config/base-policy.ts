import type { Limits } from '../inventory/limits.js';
import type { FailOn } from '../report/report.js';
import type { RuleSeverity } from '../rules/severities.js';
import type { DeferredPolicy, Settings, Suppression } from './settings.js';
import { UsageError } from '../errors.js';

/**
 * A pull request may edit `.truststore-check.yml`, so on a pull request the
 * base commit's configuration and the workflow's inputs decide the check:
 * everything that changes a verdict (profile, profiles and what they extend,
 * profile options, targets and the files they check, rules, suppressions,
 * limits, fail-on). With no configuration file at the base, the inputs and
 * the defaults are that policy. From the pull request's own version only what
 * makes the check stricter applies at once (a severity raised, a limit
 * lowered, a suppression removed, a stricter fail-on, a longer expiry
 * warning); everything else takes effect after merge, and the report says
 * what it would change.
 */

const SEVERITY_RANK: Record<RuleSeverity, number> = { off: 0, notice: 1, warning: 2, error: 3 };
const FAIL_ON_RANK: Record<FailOn, number> = { never: 0, error: 1, warning: 2 };

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

/** The base's suppressions that the head keeps as they are: removing one is stricter, adding or widening one is not. */
function keptSuppressions(base: readonly Suppression[], head: readonly Suppression[]): Suppression[] {
  const kept = new Set(head.map((suppression) => JSON.stringify(suppression)));
  return base.filter((suppression) => kept.has(JSON.stringify(suppression)));
}

function lowerLimits(base: Limits, head: Limits): Limits {
  const result = { ...base };
  for (const key of Object.keys(base) as Array<keyof Limits>) result[key] = Math.min(base[key], head[key]);
  return result;
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
  if (!baseFile && base.targets.every((target) => target.truststore.length === 0 && target.clients.length === 0))
    throw new UsageError(
      `the base commit has no configuration file and no truststore or client-certificates input was given, so its policy checks nothing${
        Object.keys(headFile).length > 0 ? `; the ${configPath} this pull request adds applies once it is merged` : ''
      }. Give the truststore and client-certificates inputs in the workflow, or merge the configuration first`,
    );
  const effective: Settings = {
    ...base,
    severities: stricterSeverities(base.severities, head.severities),
    suppressions: keptSuppressions(base.suppressions, head.suppressions),
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
