import * as core from '@actions/core';
import type { SettingsOverrides } from '../config/settings.js';
import { UsageError } from '../errors.js';
import { ACTION_OPTIONS, SHARED_OPTIONS } from '../config/run-options.js';
import { overridesFrom, type Setting } from '../config/schema.js';

/** The settings a workflow may give (as text), and what the action does with the result. */
export interface ActionInputs extends Pick<
  SettingsOverrides,
  'truststore' | 'bundle' | 'clients' | 'crls' | 'profile' | 'failOn' | 'config'
> {
  expiryWarningDays?: string;
  /** Only findings the change's base does not have count toward fail-on. */
  failOnNew: boolean;
  workingDirectory: string;
  checkName: string;
  /** Runner annotations: `auto`, only where no check run carries the findings. */
  annotations: 'auto' | 'true' | 'false';
  checkRun: boolean;
  prReview: boolean;
  prComment: boolean;
  summary: boolean;
  /** On schedule and workflow_dispatch: keep one open issue listing what expires. */
  expiryIssue: boolean;
  sarifFile?: string;
  githubToken?: string;
  /** Publish this report (annotations and job summary only) instead of checking. */
  reportFile?: string;
  pullRequest?: number;
  headSha?: string;
}

function optional(name: string): string | undefined {
  const value = core.getInput(name);
  return value === '' ? undefined : value;
}

/** One glob per line; blank lines and `#` comments ignored. */
function globs(name: string): string[] | undefined {
  const lines = core.getMultilineInput(name).filter((line) => !line.startsWith('#'));
  return lines.length > 0 ? lines : undefined;
}

/** YAML 1.2 booleans, as the toolkit reads them (true/True/TRUE, false/False/FALSE). */
function flag(name: string): boolean {
  try {
    return core.getBooleanInput(name);
  } catch {
    throw new UsageError(`input ${name}: "${core.getInput(name)}" is not true or false`);
  }
}

/** An entry's input, read by its kind; a bad value is a UsageError naming the input. */
function read(entry: Setting): unknown {
  const name = entry.input!.name ?? entry.name;
  // A setting of the check left empty is the configuration file's or the default, which the loader decides.
  const fallback = entry.scope === 'run' ? entry.fallback : undefined;
  if (entry.input!.kind === 'lines') return globs(name) ?? fallback;
  if (entry.input!.kind === 'boolean') return core.getInput(name) === '' ? fallback : flag(name);
  const value = optional(name);
  if (value === undefined) return fallback;
  // A setting of the check is read by the loader, which names its source; an option of the run is read here.
  return entry.scope === 'run' && entry.parse ? entry.parse(value, `input ${name}`) : value;
}

/** Reads and checks the inputs action.yml declares (from the settings schema). */
export function readInputs(): ActionInputs {
  const token = optional('github-token');
  // The runner masks secrets it passes in; a token given any other way is masked here before anything is logged.
  if (token) core.setSecret(token);
  const run = Object.entries({ ...SHARED_OPTIONS, ...ACTION_OPTIONS }).map(([key, entry]) => [key, read(entry)]);
  return {
    ...overridesFrom((entry) => (entry.input ? read(entry) : undefined)),
    ...Object.fromEntries(run.filter(([, value]) => value !== undefined)),
  } as ActionInputs;
}
