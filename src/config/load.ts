import { realPathInside } from '../inventory/containment.js';
import { withBasePolicy } from './base-policy.js';
import { globMatcher } from '../inventory/glob.js';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError, describeError } from '../errors.js';
import { DEFAULT_LIMITS, LIMIT_KEYS, type Limits } from '../inventory/limits.js';
import { FAIL_ON_VALUES, type FailOn } from '../report/report.js';
import { SEVERITIES } from '../findings/severity.js';
import { extendProfile, ProfileError } from '../profiles/customise.js';
import type { Profile } from '../profiles/profile.js';
import { BUILTIN_PROFILES, DEFAULT_PROFILE, findProfile } from '../profiles/registry.js';
import { findRule } from '../rules/registry.js';
import type { RuleSeverity } from '../rules/severities.js';
import {
  DEFAULT_CONFIG_FILE,
  DEFAULT_EXPIRY_WARNING_DAYS,
  type Settings,
  type SettingsOverrides,
  type Suppression,
  type Target,
} from './settings.js';

const FILE_KEYS = [
  'profile',
  'profile-options',
  'profiles',
  'truststore',
  'clients',
  'crls',
  'targets',
  'fail-on',
  'expiry-warning-days',
  'rules',
  'suppressions',
  'limits',
] as const;
const SUPPRESSION_KEYS = ['rule', 'target', 'path', 'fingerprint', 'reason', 'expires'] as const;
const TARGET_KEYS = ['name', 'profile', 'profile-options', 'truststore', 'clients', 'crls'] as const;
/** What a target says; at the top level of a configuration without `targets:`, the same keys make its one target. */
const TARGET_FILE_KEYS = ['profile', 'profile-options', 'truststore', 'clients', 'crls'] as const;

type Source = string; // where a value came from, for error messages

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkKeys(value: Record<string, unknown>, allowed: readonly string[], where: Source): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key))
      throw new UsageError(`${where}: unknown key "${key}" (expected one of: ${allowed.join(', ')})`);
  }
}

function globList(value: unknown, where: Source): string[] {
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || list.some((item) => typeof item !== 'string' || item.trim() === '')) {
    throw new UsageError(`${where}: expected a glob or a list of globs`);
  }
  return list.map((item: string) => item.trim());
}

/** The `truststore:` key: globs (each file its own truststore), or `{ bundle: [globs] }` (one bundle in that order). */
function parseTruststore(value: unknown, where: Source): { globs: string[]; bundle: boolean } {
  if (isRecord(value)) {
    checkKeys(value, ['bundle'], where);
    return { globs: globList(value.bundle, `${where}.bundle`), bundle: true };
  }
  return { globs: globList(value, where), bundle: false };
}

/** Profiles the configuration defines, each `extends` a built-in one with some facts changed. */
function parseProfileDefinitions(value: unknown, where: Source): Map<string, Profile> {
  if (!isRecord(value)) throw new UsageError(`${where}: expected a map of profile id to definition`);
  const defined = new Map<string, Profile>();
  for (const [id, definition] of Object.entries(value)) {
    const here = `${where}.${id}`;
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))
      throw new UsageError(`${here}: a profile id is lowercase words joined by "-"`);
    if (findProfile(id)) throw new UsageError(`${here}: "${id}" is a built-in profile; give yours another id`);
    if (!isRecord(definition)) throw new UsageError(`${here}: expected a map with extends and the facts to change`);
    const { extends: baseId, ...changes } = definition;
    const base = typeof baseId === 'string' ? findProfile(baseId) : undefined;
    if (!base) throw new UsageError(`${here}.extends: expected one of ${profileIds()}`);
    try {
      defined.set(id, extendProfile(base, id, changes, here));
    } catch (error) {
      if (error instanceof ProfileError) throw new UsageError(`${here}.${error.message}`);
      throw error;
    }
  }
  return defined;
}

function profileIds(extra: Iterable<string> = []): string {
  return [...BUILTIN_PROFILES.map((profile) => profile.id), ...extra].join(', ');
}

export function parseProfile(
  value: unknown,
  where: Source,
  defined: ReadonlyMap<string, Profile> = new Map(),
): Profile {
  const profile = typeof value === 'string' ? (defined.get(value) ?? findProfile(value)) : undefined;
  if (!profile) {
    throw new UsageError(
      `${where}: unknown profile "${String(value)}" (expected one of: ${profileIds(defined.keys())})`,
    );
  }
  return profile;
}

/** `profile-options:`: settings of the user's own gateway that the profile models (NGINX `ssl_verify_depth`). */
export function applyProfileOptions(profile: Profile, value: unknown, where: Source): Profile {
  if (!isRecord(value)) throw new UsageError(`${where}: expected a map of setting to value`);
  let result = profile;
  for (const [key, setting] of Object.entries(value)) {
    const option = profile.options?.find((candidate) => candidate.key === key);
    if (!option) {
      const known = profile.options?.map((candidate) => candidate.key).join(', ');
      throw new UsageError(
        `${where}: "${key}" is not a setting of profile ${profile.id} (${known ? `expected one of: ${known}` : 'it has none'})`,
      );
    }
    try {
      result = option.apply(result, setting);
    } catch (error) {
      if (error instanceof ProfileError) throw new UsageError(`${where}.${error.message}`);
      throw error;
    }
  }
  return result;
}

/** A target's name: short, and safe in every channel (a file name, a Markdown heading, a check-run title). */
function parseTargetName(value: unknown, where: Source): string {
  if (typeof value !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/.test(value))
    throw new UsageError(
      `${where}: a target name is 1 to 40 letters, digits, ".", "_" or "-", starting with a letter or digit`,
    );
  return value;
}

function parseTarget(
  value: Record<string, unknown>,
  name: string,
  where: (key: string) => Source,
  defined: ReadonlyMap<string, Profile>,
): Target {
  const truststore =
    value.truststore !== undefined
      ? parseTruststore(value.truststore, where('truststore'))
      : { globs: [], bundle: false };
  let profile = value.profile !== undefined ? parseProfile(value.profile, where('profile'), defined) : DEFAULT_PROFILE;
  if (value['profile-options'] !== undefined)
    profile = applyProfileOptions(profile, value['profile-options'], where('profile-options'));
  return {
    name,
    profile,
    truststore: truststore.globs,
    truststoreIsBundle: truststore.bundle,
    clients: value.clients !== undefined ? globList(value.clients, where('clients')) : [],
    crls: value.crls !== undefined ? globList(value.crls, where('crls')) : [],
  };
}

/** `targets:`: a list of named targets, each with its own profile, truststore, clients and CRLs. */
function parseTargets(value: unknown, where: Source, defined: ReadonlyMap<string, Profile>): Target[] {
  if (!Array.isArray(value) || value.length === 0) throw new UsageError(`${where}: expected a list of targets`);
  const names = new Set<string>();
  return value.map((entry, index) => {
    const here = `${where}[${index}]`;
    if (!isRecord(entry)) throw new UsageError(`${here}: expected a map with name, profile, truststore, clients, crls`);
    checkKeys(entry, TARGET_KEYS, here);
    const name = parseTargetName(entry.name, `${here}.name`);
    if (names.has(name)) throw new UsageError(`${here}.name: "${name}" names another target too`);
    names.add(name);
    return parseTarget(entry, name, (key) => `${here}.${key}`, defined);
  });
}

export function parseFailOn(value: unknown, where: Source): FailOn {
  if (!FAIL_ON_VALUES.includes(value as FailOn))
    throw new UsageError(`${where}: "${String(value)}" is not one of ${FAIL_ON_VALUES.join(', ')}`);
  return value as FailOn;
}

export function parseDays(value: unknown, where: Source): number {
  const text = String(value).trim();
  if (!/^\d+$/.test(text) || Number(text) > 36500)
    throw new UsageError(`${where}: "${String(value)}" is not a whole number of days (0 to 36500)`);
  return Number(text);
}

export function parseTime(value: unknown, where: Source): Date {
  const text = value instanceof Date ? value.toISOString() : String(value).trim();
  // A date alone means midnight UTC; anything else must carry a zone so runs are reproducible.
  const ok =
    /^\d{4}-\d{2}-\d{2}$/.test(text) ||
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text);
  const date = new Date(text);
  if (!ok || Number.isNaN(date.getTime())) {
    throw new UsageError(`${where}: "${text}" is not an ISO time such as 2027-01-31 or 2027-01-31T12:00:00Z`);
  }
  return date;
}

function parseSeverities(value: unknown, where: Source): Record<string, RuleSeverity> {
  if (!isRecord(value)) throw new UsageError(`${where}: expected a map of rule id to severity`);
  const result: Record<string, RuleSeverity> = {};
  for (const [id, severity] of Object.entries(value)) {
    const rule = findRule(id);
    if (!rule) throw new UsageError(`${where}: unknown rule id "${id}"`);
    const allowed = rule.mandatory ? ['error'] : [...SEVERITIES, 'off'];
    if (!allowed.includes(severity as string))
      throw new UsageError(
        rule.mandatory
          ? `${where}.${id}: it marks an incomplete check and is always an error`
          : `${where}.${id}: "${String(severity)}" is not one of ${allowed.join(', ')}`,
      );
    result[id] = severity as RuleSeverity;
  }
  return result;
}

export function normaliseFingerprint(value: string): string {
  return value.replace(/[:\s]/g, '').toUpperCase();
}

function parseSuppressions(value: unknown, where: Source): Suppression[] {
  if (!Array.isArray(value)) throw new UsageError(`${where}: expected a list`);
  return value.map((entry, index) => {
    const here = `${where}[${index}]`;
    if (!isRecord(entry)) throw new UsageError(`${here}: expected a map with rule, path or fingerprint, and reason`);
    checkKeys(entry, SUPPRESSION_KEYS, here);
    if (typeof entry.rule !== 'string' || !findRule(entry.rule))
      throw new UsageError(`${here}.rule: unknown rule id "${String(entry.rule)}"`);
    if (findRule(entry.rule)?.mandatory)
      throw new UsageError(`${here}.rule: ${entry.rule} marks an incomplete check and cannot be suppressed`);
    if (typeof entry.reason !== 'string' || entry.reason.trim() === '')
      throw new UsageError(`${here}.reason: a suppression needs a reason`);
    if (entry.path === undefined && entry.fingerprint === undefined)
      throw new UsageError(`${here}: give a path or a fingerprint (to turn a rule off everywhere, use rules:)`);
    const suppression: Suppression = { rule: entry.rule, reason: entry.reason.trim() };
    if (entry.target !== undefined) suppression.target = parseTargetName(entry.target, `${here}.target`);
    if (entry.path !== undefined) {
      if (typeof entry.path !== 'string' || entry.path.trim() === '')
        throw new UsageError(`${here}.path: expected a path or glob`);
      suppression.path = entry.path.trim();
      globMatcher(suppression.path, `${here}.path`); // refuses what it cannot match, here rather than mid-run
    }
    if (entry.fingerprint !== undefined) {
      const fingerprint = typeof entry.fingerprint === 'string' ? normaliseFingerprint(entry.fingerprint) : '';
      if (!/^[0-9A-F]{64}$/.test(fingerprint))
        throw new UsageError(`${here}.fingerprint: expected a SHA-256 fingerprint (64 hex digits, colons allowed)`);
      suppression.fingerprint = fingerprint;
    }
    if (entry.expires !== undefined) suppression.expires = parseTime(entry.expires, `${here}.expires`);
    return suppression;
  });
}

function parseLimits(value: unknown, where: Source): Limits {
  if (!isRecord(value)) throw new UsageError(`${where}: expected a map of limits`);
  checkKeys(value, Object.keys(LIMIT_KEYS), where);
  const limits: Limits = { ...DEFAULT_LIMITS };
  for (const [key, raw] of Object.entries(value)) {
    if (typeof raw !== 'number' || !Number.isSafeInteger(raw) || raw < 1)
      throw new UsageError(`${where}.${key}: expected a whole number above 0`);
    limits[LIMIT_KEYS[key]!] = raw;
  }
  return limits;
}

async function exists(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

async function readConfigFile(file: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read configuration ${file}: ${describeError(error)}`);
  }
  return parseConfigText(text, file);
}

async function parseConfigText(text: string, file: string): Promise<Record<string, unknown>> {
  let value: unknown;
  try {
    // Loaded only when there is a file to read: the YAML parser is a fifth of the action's start-up.
    const { parse: parseYaml } = await import('yaml');
    value = parseYaml(text);
  } catch (error) {
    throw new UsageError(`${file}: not valid YAML: ${describeError(error)}`);
  }
  if (value === null || value === undefined) return {};
  if (!isRecord(value)) throw new UsageError(`${file}: expected a map at the top level`);
  checkKeys(value, FILE_KEYS, file);
  return value;
}

/**
 * Merges caller overrides over the configuration file over the defaults,
 * validating everything: a bad value is a UsageError naming where it came from.
 */
export async function resolveSettings(
  rootArgument: string,
  overrides: SettingsOverrides,
  now = new Date(),
): Promise<Settings> {
  const root = path.resolve(rootArgument);
  try {
    if (!(await stat(root)).isDirectory()) throw new UsageError(`${rootArgument} is not a directory`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read the folder ${rootArgument}: ${describeError(error)}`);
  }
  let file: Record<string, unknown> = {};
  let fileName = '';
  if (overrides.config !== undefined) {
    fileName = path.resolve(overrides.config);
    file = await readConfigFile(fileName);
  } else if (await exists(path.join(root, DEFAULT_CONFIG_FILE))) {
    fileName = path.join(root, DEFAULT_CONFIG_FILE);
    // A committed link could point at any file on the machine, whose text a YAML error would then quote.
    if (!realPathInside(root, fileName))
      throw new UsageError(`${fileName} is a symbolic link to outside the folder checked; it is not read`);
    file = await readConfigFile(fileName);
  }
  const settings = settingsFrom(root, file, fileName, overrides, now);
  if (!overrides.policy) return settings;
  // A pull request's own configuration does not govern its check: the base's does, with only stricter changes taken.
  const base =
    overrides.policy.text === undefined
      ? undefined
      : await parseConfigText(overrides.policy.text, overrides.policy.source);
  return withBasePolicy(
    settings,
    file,
    base,
    (baseFile) => settingsFrom(root, baseFile, overrides.policy!.source, overrides, now),
    path.relative(root, fileName || path.join(root, DEFAULT_CONFIG_FILE)),
  );
}

function settingsFrom(
  root: string,
  file: Record<string, unknown>,
  fileName: string,
  overrides: SettingsOverrides,
  now: Date,
): Settings {
  const inFile = (key: string) => `${fileName}: ${key}`;
  const defined = file.profiles !== undefined ? parseProfileDefinitions(file.profiles, inFile('profiles')) : new Map();
  let targets: Target[];
  if (file.targets !== undefined) {
    const flags = (['truststore', 'bundle', 'clients', 'crls', 'profile'] as const).filter(
      (key) => overrides[key] !== undefined,
    );
    if (flags.length > 0)
      throw new UsageError(
        `${flags.join(', ')} cannot be given with targets: in ${fileName}; the targets say what to check`,
      );
    const stray = TARGET_FILE_KEYS.filter((key) => file[key] !== undefined);
    if (stray.length > 0)
      throw new UsageError(`${fileName}: ${stray.join(', ')} belong inside each target when targets: is given`);
    targets = parseTargets(file.targets, inFile('targets'), defined);
  } else {
    const fromFile = parseTarget(file, '', inFile, defined);
    let profile =
      overrides.profile !== undefined ? parseProfile(overrides.profile, 'profile', defined) : fromFile.profile;
    if (overrides.profile !== undefined && file['profile-options'] !== undefined)
      profile = applyProfileOptions(profile, file['profile-options'], inFile('profile-options'));
    targets = [
      {
        name: '',
        profile,
        truststore: overrides.truststore ?? fromFile.truststore,
        truststoreIsBundle:
          overrides.truststore !== undefined ? (overrides.bundle ?? false) : fromFile.truststoreIsBundle,
        clients: overrides.clients ?? fromFile.clients,
        crls: overrides.crls ?? fromFile.crls,
      },
    ];
  }

  return {
    root,
    targets,
    failOn:
      overrides.failOn !== undefined
        ? parseFailOn(overrides.failOn, 'fail-on')
        : file['fail-on'] !== undefined
          ? parseFailOn(file['fail-on'], inFile('fail-on'))
          : 'error',
    expiryWarningDays:
      overrides.expiryWarningDays !== undefined
        ? parseDays(overrides.expiryWarningDays, 'expiry-warning-days')
        : file['expiry-warning-days'] !== undefined
          ? parseDays(file['expiry-warning-days'], inFile('expiry-warning-days'))
          : DEFAULT_EXPIRY_WARNING_DAYS,
    at: overrides.at !== undefined ? parseTime(overrides.at, 'at') : now,
    severities: file.rules !== undefined ? parseSeverities(file.rules, inFile('rules')) : {},
    suppressions: file.suppressions !== undefined ? parseSuppressions(file.suppressions, inFile('suppressions')) : [],
    limits: file.limits !== undefined ? parseLimits(file.limits, inFile('limits')) : { ...DEFAULT_LIMITS },
  };
}
