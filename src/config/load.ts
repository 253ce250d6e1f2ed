import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError, describeError } from '../errors.js';
import { realPathInside } from '../inventory/containment.js';
import type { Profile } from '../profiles/profile.js';
import { DEFAULT_PROFILE } from '../profiles/registry.js';
import { withBasePolicy } from './base-policy.js';
import {
  applyProfileOptions,
  checkKeys,
  globList,
  isRecord,
  parseProfile,
  parseProfileDefinitions,
  parseTargetName,
  parseTruststore,
  type Source,
} from './parse.js';
import { choose, SETTINGS, type Setting, type SettingKey } from './schema.js';
import { DEFAULT_CONFIG_FILE, type Settings, type SettingsOverrides, type Target } from './settings.js';

const ENTRIES = Object.entries(SETTINGS) as Array<[SettingKey, Setting]>;
const FILE_KEYS = ENTRIES.filter(([, entry]) => entry.file).map(([, entry]) => entry.name);
/** What a target says; at the top level of a configuration without `targets:`, the same keys make its one target. */
const TARGET_FILE_KEYS = ENTRIES.filter(([, entry]) => entry.file === 'target').map(([, entry]) => entry.name);
const TARGET_KEYS = ['name', ...TARGET_FILE_KEYS];
/** The settings a flag or input may give that choose files or a profile, which `targets:` decides instead. */
const TARGET_OVERRIDES = ENTRIES.filter(([, entry]) => entry.file === 'target' || entry.name === 'bundle').filter(
  ([, entry]) => entry.flag || entry.input,
);

/**
 * A target from its keys (a `targets:` entry, or the top level), under the
 * overrides a caller gives for the only target. The `bundle` switch goes
 * with the truststore given beside it.
 */
function parseTarget(
  value: Record<string, unknown>,
  name: string,
  where: (key: string) => Source,
  defined: ReadonlyMap<string, Profile>,
  overrides: SettingsOverrides = {},
): Target {
  const truststore =
    overrides.truststore !== undefined
      ? { globs: overrides.truststore, bundle: overrides.bundle ?? false }
      : value.truststore !== undefined
        ? parseTruststore(value.truststore, where('truststore'))
        : { globs: [], bundle: false };
  const profileId = choose(SETTINGS.profile, overrides.profile, value, where);
  let profile =
    profileId !== undefined
      ? parseProfile(profileId, overrides.profile !== undefined ? 'profile' : where('profile'), defined)
      : DEFAULT_PROFILE;
  if (value['profile-options'] !== undefined)
    profile = applyProfileOptions(profile, value['profile-options'], where('profile-options'));
  const globs = (entry: Setting<string[]>, override: string[] | undefined) =>
    choose({ ...entry, parse: globList }, override, value, where) ?? [];
  return {
    name,
    profile,
    truststore: truststore.globs,
    truststoreIsBundle: truststore.bundle,
    clients: globs(SETTINGS.clients, overrides.clients),
    crls: globs(SETTINGS.crls, overrides.crls),
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
    const flags = TARGET_OVERRIDES.filter(([key]) => overrides[key as keyof SettingsOverrides] !== undefined);
    if (flags.length > 0)
      throw new UsageError(
        `${flags.map(([, entry]) => entry.name).join(', ')} cannot be given with targets: in ${fileName}; the targets say what to check`,
      );
    const stray = TARGET_FILE_KEYS.filter((key) => file[key] !== undefined);
    if (stray.length > 0)
      throw new UsageError(`${fileName}: ${stray.join(', ')} belong inside each target when targets: is given`);
    targets = parseTargets(file.targets, inFile('targets'), defined);
  } else {
    targets = [parseTarget(file, '', inFile, defined, overrides)];
  }
  const settings: Record<string, unknown> = { root, targets };
  for (const [key, entry] of ENTRIES) {
    if (entry.field) settings[entry.field] = choose(entry, overrides[key as keyof SettingsOverrides], file, inFile);
  }
  settings.at ??= now;
  return settings as unknown as Settings;
}
