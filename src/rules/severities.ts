import { capSeverity, type Severity } from '../findings/severity.js';
import { isConfirmed } from '../profiles/policy.js';
import type { Profile } from '../profiles/profile.js';
import { RULES } from './registry.js';
import type { Rule } from './rule.js';

export type RuleSeverity = Severity | 'off';

/**
 * A rule's severity under a profile before any configuration: off where the
 * profile does not have the behaviour, capped at warning where the evidence
 * for it is a third party's or missing (unconfirmed behaviour never becomes
 * an error by default).
 */
export function profileSeverity(rule: Rule, profile: Profile): RuleSeverity {
  const application = rule.appliesTo(profile);
  if (!application) return 'off';
  if (application.evidence && !isConfirmed(application.evidence.confidence)) {
    return capSeverity(rule.defaultSeverity, 'warning');
  }
  return rule.defaultSeverity;
}

/** Every rule's severity under the profile, with the configuration's overrides applied. */
export function resolveSeverities(
  profile: Profile,
  overrides: Readonly<Record<string, RuleSeverity>>,
): ReadonlyMap<string, RuleSeverity> {
  return new Map(RULES.map((rule) => [rule.id, overrides[rule.id] ?? profileSeverity(rule, profile)]));
}
