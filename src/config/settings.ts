import type { DiscoveryFindings } from '../discovery/findings.js';
import type { TargetOrigin } from '../discovery/model.js';
import type { Limits } from '../inventory/limits.js';
import type { Profile } from '../profiles/profile.js';
import type { FailOn } from '../report/report.js';
import type { RuleSeverity } from '../rules/severities.js';
import type { DeferredPolicy } from '../rules/definitions/configuration-change-deferred.js';
import type { Suppression } from '../findings/resolve.js';

export type { DeferredPolicy, Suppression };

/**
 * One gateway the repository feeds: its profile, its truststore, the clients
 * judged against it and the CRLs it is given. A repository may have several
 * (an API Gateway domain and a load balancer), each checked on its own.
 */
export interface Target {
  /** Its name in reports; empty for the single target of a configuration without `targets:`. */
  name: string;
  profile: Profile;
  truststore: string[];
  /** The truststore files are one bundle, concatenated in the order of their globs (otherwise each file is a truststore). */
  truststoreIsBundle: boolean;
  clients: string[];
  crls: string[];
  /** Where the infrastructure code configures it, for a target discovery found. */
  origin?: TargetOrigin;
}

/** The profile a finding of the named target was judged by (the first target's for a finding without one). */
export type ProfileOf = (target: string | undefined) => Profile;

export function profileOf(targets: ReadonlyArray<Pick<Target, 'name' | 'profile'>>): ProfileOf {
  return (name) => (targets.find((target) => target.name === (name ?? '')) ?? targets[0]!).profile;
}

/** Everything a check needs, after flags and the configuration file are merged and validated. */
export interface Settings {
  root: string;
  targets: Target[];
  failOn: FailOn;
  expiryWarningDays: number;
  at: Date;
  severities: Record<string, RuleSeverity>;
  suppressions: Suppression[];
  limits: Limits;
  /** On a pull request: what its own configuration changes that waits for the merge (see base-policy.ts). */
  deferredPolicy?: DeferredPolicy;
  /** What discovery found in the infrastructure code (src/discovery/), for its rules and embedded files. */
  discovery?: DiscoveryFindings;
  /**
   * On a pull request whose base has no configuration file and whose inputs
   * name no file: why the base policy selects nothing. The check stops with it
   * unless the base's infrastructure code gives targets (see base-policy.ts).
   */
  emptyPolicy?: string;
}

/** What a caller (CLI flags, action inputs) may set; unset fields come from the file or the defaults. */
export interface SettingsOverrides {
  truststore?: string[];
  /** The truststore globs name one bundle. */
  bundle?: boolean;
  clients?: string[];
  crls?: string[];
  profile?: string;
  failOn?: string;
  expiryWarningDays?: string | number;
  at?: string;
  config?: string;
  /**
   * The configuration at the pull request's base commit, which governs the
   * check instead of the working tree's (`text` undefined: there was none).
   */
  policy?: { text?: string; source: string };
}

export const DEFAULT_EXPIRY_WARNING_DAYS = 30;
export const DEFAULT_CONFIG_FILE = '.truststore-check.yml';
