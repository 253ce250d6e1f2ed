import { DEFAULT_LIMITS, type Limits } from '../inventory/limits.js';
import { BUILTIN_PROFILES, DEFAULT_PROFILE } from '../profiles/registry.js';
import { FAIL_ON_VALUES } from '../report/report.js';
import { parseDays, parseFailOn, parseLimits, parseSeverities, parseSuppressions, parseTime } from './parse.js';
import { keptSuppressions, lowerLimits, stricterFailOn, stricterSeverities } from './stricter.js';
import type { RuleSeverity } from '../rules/severities.js';
import {
  DEFAULT_CONFIG_FILE,
  DEFAULT_EXPIRY_WARNING_DAYS,
  type SettingsOverrides,
  type Suppression,
} from './settings.js';

/**
 * Every setting, once: where it can be given (a key of .truststore-check.yml,
 * a command-line flag, an action input), how its value is read, its default,
 * and how a pull request's own configuration may change it. The loader
 * (load.ts), the CLI's parseArgs and help, the action's inputs and action.yml,
 * the base policy (base-policy.ts) and docs/settings.md are derived from it.
 * A new setting is one entry here; a test fails when action.yml, the help
 * text or the docs lack it.
 */

/** A command-line flag, `--<name>`. */
export interface Flag {
  /** The value's placeholder in the help (`GLOB`); none: a switch. */
  value?: string;
  short?: string;
  /** May be given more than once; the values are a list. */
  repeatable?: true;
}

/** An action input. */
export interface Input {
  /** Its name, when not the setting's. */
  name?: string;
  /** `lines`: one value per line (`#` lines ignored); `boolean`: true or false as YAML 1.2 writes them. */
  kind: 'text' | 'lines' | 'boolean';
  /** action.yml's default (empty: the configuration file's value, or the setting's default). */
  default?: string;
  /** The input's description, when the action says more than the help text. */
  description?: string;
}

/** A function type checked as a method is, so a table can hold settings of every value type. */
type Bivariant<F extends (...args: never[]) => unknown> = { method(...args: Parameters<F>): ReturnType<F> }['method'];

export interface Setting<T = unknown> {
  name: string;
  /** What it does, in one line: the help text and the docs say this. */
  summary: string;
  /**
   * `check`: decides the check's verdicts (the loader reads it, and on a pull
   * request the base's value governs); `run`: how this run reports (never
   * from the configuration file).
   */
  scope: 'check' | 'run';
  /** The field of Settings it sets, for a setting of the whole check (a target's are assembled in load.ts). */
  field?: 'failOn' | 'expiryWarningDays' | 'at' | 'severities' | 'suppressions' | 'limits';
  /** A key of .truststore-check.yml: `top`, at the top level; `target`, of each target (and of the top level without `targets:`). */
  file?: 'top' | 'target';
  flag?: Flag;
  input?: Input;
  /** The default, in words. */
  default?: string;
  /** The value when nothing gives one. */
  fallback?: T;
  /** Reads a value from the file, a flag or an input; `where` names the source in errors. */
  parse?: Bivariant<(value: unknown, where: string) => T>;
  /**
   * How a pull request's own configuration may change it at once: to the
   * stricter of its value and the base's. Without it, the base's value
   * governs and the pull request's change waits for the merge.
   */
  tighten?: { how: string; merge: Bivariant<(base: T, head: T) => T> };
}

/** An entry, typed by its value. */
export const setting = <T>(entry: Setting<T>): Setting<T> => entry;

const profileIds = BUILTIN_PROFILES.map((profile) => profile.id);

export const SETTINGS = {
  truststore: setting<string[]>({
    name: 'truststore',
    scope: 'check',
    summary: 'truststore file(s), each its own truststore',
    file: 'target',
    flag: { value: 'GLOB', repeatable: true },
    input: {
      kind: 'lines',
      description: `Truststore bundle glob(s), one per line, relative to working-directory. Empty means the truststore key of ${DEFAULT_CONFIG_FILE}; with none anywhere, the truststores the infrastructure code uploads (docs/infrastructure.md).`,
    },
  }),
  bundle: setting<boolean>({
    name: 'bundle',
    scope: 'check',
    summary: 'the truststore files are one bundle, concatenated in the order of the globs',
    flag: {},
    input: {
      kind: 'boolean',
      default: '',
      description:
        'The truststore files are one bundle, concatenated in the order of the globs (as the deploy step does). Otherwise each file is a truststore of its own.',
    },
  }),
  clients: setting<string[]>({
    name: 'clients',
    scope: 'check',
    summary: 'client certificate files',
    file: 'target',
    flag: { value: 'GLOB', repeatable: true },
    input: {
      name: 'client-certificates',
      kind: 'lines',
      description: `Client certificate glob(s), one per line. The first certificate of a file is the client's, further ones are intermediates it sends. Empty means the clients key of ${DEFAULT_CONFIG_FILE}.`,
    },
  }),
  crls: setting<string[]>({
    name: 'crls',
    scope: 'check',
    summary: 'certificate revocation lists the gateway is given',
    file: 'target',
    flag: { value: 'GLOB', repeatable: true },
    input: {
      kind: 'lines',
      description: `Certificate revocation list glob(s) the gateway is given (PEM X509 CRL or DER), one per line, for profiles whose gateway takes CRLs (aws-alb, nginx, envoy, openssl). Empty means the crls key of ${DEFAULT_CONFIG_FILE}.`,
    },
  }),
  profile: setting<string>({
    name: 'profile',
    scope: 'check',
    summary: 'gateway profile (see --list-profiles)',
    file: 'target',
    flag: { value: 'ID' },
    default: DEFAULT_PROFILE.id,
    input: {
      kind: 'text',
      description: `Gateway profile: ${profileIds.slice(0, -1).join(', ')} or ${profileIds.at(-1)} (see docs/profiles.md). Empty means the configuration file's value, or ${DEFAULT_PROFILE.id}. Not with targets: in the configuration.`,
    },
  }),
  profileOptions: setting({
    name: 'profile-options',
    scope: 'check',
    summary: "settings of your own gateway that the profile models (NGINX's ssl_verify_depth)",
    file: 'target',
  }),
  profiles: setting({
    name: 'profiles',
    scope: 'check',
    summary: 'profiles of your own, each extends a built-in one with some facts changed',
    file: 'top',
  }),
  targets: setting({
    name: 'targets',
    scope: 'check',
    summary: 'several gateways, each with its name, profile, truststore, clients and CRLs',
    file: 'top',
  }),
  failOn: setting({
    name: 'fail-on',
    scope: 'check',
    field: 'failOn',
    summary: `fail on findings of this severity or worse: ${FAIL_ON_VALUES.join(', ')}`,
    file: 'top',
    flag: { value: 'LEVEL' },
    input: { kind: 'text' },
    default: 'error',
    fallback: 'error',
    parse: parseFailOn,
    tighten: { how: 'a stricter level', merge: stricterFailOn },
  }),
  expiryWarningDays: setting({
    name: 'expiry-warning-days',
    scope: 'check',
    field: 'expiryWarningDays',
    summary: 'warn this many days before a certificate or CRL expires',
    file: 'top',
    flag: { value: 'N' },
    input: { kind: 'text' },
    default: String(DEFAULT_EXPIRY_WARNING_DAYS),
    fallback: DEFAULT_EXPIRY_WARNING_DAYS,
    parse: parseDays,
    tighten: { how: 'a longer warning', merge: Math.max },
  }),
  at: setting({
    name: 'at',
    scope: 'check',
    field: 'at',
    summary: 'judge validity at this moment (2027-01-31 or 2027-01-31T12:00:00Z)',
    flag: { value: 'ISO-TIME' },
    default: 'now',
    parse: parseTime,
  }),
  rules: setting<Record<string, RuleSeverity>>({
    name: 'rules',
    scope: 'check',
    field: 'severities',
    summary: 'severity per rule id: error, warning, notice or off',
    file: 'top',
    fallback: {},
    parse: parseSeverities,
    tighten: { how: 'a severity raised', merge: stricterSeverities },
  }),
  suppressions: setting<Suppression[]>({
    name: 'suppressions',
    scope: 'check',
    field: 'suppressions',
    summary: 'findings set aside by rule id and path glob or certificate SHA-256, each with a reason',
    file: 'top',
    fallback: [],
    parse: parseSuppressions,
    tighten: { how: 'a suppression removed', merge: keptSuppressions },
  }),
  limits: setting<Limits>({
    name: 'limits',
    scope: 'check',
    field: 'limits',
    summary: 'bounds on what one run reads (see Limits in the README)',
    file: 'top',
    fallback: DEFAULT_LIMITS,
    parse: parseLimits,
    tighten: { how: 'a limit lowered', merge: lowerLimits },
  }),
  config: setting<string>({
    name: 'config',
    scope: 'check',
    summary: 'configuration file',
    flag: { value: 'FILE' },
    default: `<root>/${DEFAULT_CONFIG_FILE}`,
    input: {
      kind: 'text',
      description: `Path of the configuration file, relative to the workspace; no symbolic link on its path. On a pull request it is read at the base commit. Empty means working-directory/${DEFAULT_CONFIG_FILE} when it exists.`,
    },
  }),
};

/** A setting of the check, by its name in SettingsOverrides. */
export type SettingKey = keyof typeof SETTINGS;

/** Every field of SettingsOverrides is a setting here (a compile error otherwise). */
type Unlisted = Exclude<keyof SettingsOverrides, SettingKey | 'policy'>;
export const EVERY_OVERRIDE_IS_A_SETTING: Unlisted extends never ? true : Unlisted = true;

/**
 * The one rule of precedence: a flag or an input, else the configuration
 * file (`file`, read from `where(name)`), else the default.
 */
export function choose<T>(
  entry: Setting<T>,
  override: unknown,
  file: Readonly<Record<string, unknown>>,
  where: (key: string) => string,
): T | undefined {
  const read = (value: unknown, source: string) => (entry.parse ? entry.parse(value, source) : (value as T));
  if (override !== undefined) return read(override, entry.name);
  if (entry.file && file[entry.name] !== undefined) return read(file[entry.name], where(entry.name));
  // A copy: a default object is never shared between two runs' settings.
  return structuredClone(entry.fallback);
}

/** The overrides a caller gives, read setting by setting (a flag's value, an input's). */
export function overridesFrom(read: (entry: Setting, key: SettingKey) => unknown): SettingsOverrides {
  const overrides: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(SETTINGS) as Array<[SettingKey, Setting]>) {
    const value = read(entry, key);
    if (value !== undefined) overrides[key] = value;
  }
  return overrides;
}
