import { UsageError } from '../errors.js';
import { SEVERITIES } from '../findings/severity.js';
import { globMatcher } from '../inventory/glob.js';
import { DEFAULT_LIMITS, LIMIT_KEYS, type Limits } from '../inventory/limits.js';
import { extendProfile, ProfileError } from '../profiles/customise.js';
import type { Profile } from '../profiles/profile.js';
import { BUILTIN_PROFILES, findProfile } from '../profiles/registry.js';
import { FAIL_ON_VALUES, type FailOn } from '../report/report.js';
import { findRule } from '../rules/registry.js';
import type { RuleSeverity } from '../rules/severities.js';
import type { Suppression } from './settings.js';

const SUPPRESSION_KEYS = ['rule', 'target', 'path', 'fingerprint', 'reason', 'expires'] as const;

/**
 * Readers of setting values, from the configuration file, a flag or an
 * input: each checks its value and throws a UsageError naming `where` it
 * came from. The settings schema (schema.ts) says which reader each setting uses.
 */

export type Source = string; // where a value came from, for error messages

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function checkKeys(value: Record<string, unknown>, allowed: readonly string[], where: Source): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key))
      throw new UsageError(`${where}: unknown key "${key}" (expected one of: ${allowed.join(', ')})`);
  }
}

export function globList(value: unknown, where: Source): string[] {
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || list.some((item) => typeof item !== 'string' || item.trim() === '')) {
    throw new UsageError(`${where}: expected a glob or a list of globs`);
  }
  return list.map((item: string) => item.trim());
}

/** The `truststore:` key: globs (each file its own truststore), or `{ bundle: [globs] }` (one bundle in that order). */
export function parseTruststore(value: unknown, where: Source): { globs: string[]; bundle: boolean } {
  if (isRecord(value)) {
    checkKeys(value, ['bundle'], where);
    return { globs: globList(value.bundle, `${where}.bundle`), bundle: true };
  }
  return { globs: globList(value, where), bundle: false };
}

/** Profiles the configuration defines, each `extends` a built-in one with some facts changed. */
export function parseProfileDefinitions(value: unknown, where: Source): Map<string, Profile> {
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
export function parseTargetName(value: unknown, where: Source): string {
  if (typeof value !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/.test(value))
    throw new UsageError(
      `${where}: a target name is 1 to 40 letters, digits, ".", "_" or "-", starting with a letter or digit`,
    );
  return value;
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

export function parseSeverities(value: unknown, where: Source): Record<string, RuleSeverity> {
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

export function parseSuppressions(value: unknown, where: Source): Suppression[] {
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

export function parseLimits(value: unknown, where: Source): Limits {
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
