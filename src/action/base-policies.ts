import { resolveSettings } from '../config/load.js';
import type { Settings, SettingsOverrides } from '../config/settings.js';
import { runCheck } from '../engine.js';
import type { SignatureVerifier } from '../chain/signatures.js';
import { failsOn, type Report } from '../report/report.js';
import { readBaseConfig } from './base-config.js';
import type { RunContext } from './github-context.js';
import type { PolicyLocation } from './policy-location.js';
import { logLine } from './log.js';

/**
 * The targets the infrastructure code adds to settings resolved under a base
 * policy. `ownBase`: the policy is the change's own base (its tree is the one
 * reviewed); `withoutBaseConfig`: that base has no configuration file, so the
 * pull request chose the files and the base's discovered targets still count.
 */
export type Discover = (
  settings: Settings,
  policy: { ownBase: boolean; withoutBaseConfig?: boolean },
) => Promise<Settings>;

/** A check under one policy. */
export interface Judged {
  settings: Settings;
  report: Report;
  /** Lines for the reader when more than one base policy was applied. */
  notes: string[];
}

/** Orders results from laxest to strictest: a failing one first of all, then by errors, warnings and notices. */
function strictness({ settings, report }: Omit<Judged, 'notes'>): number[] {
  const { errors, warnings, notices } = report.summary;
  return [failsOn(report, settings.failOn) ? 1 : 0, errors, warnings, notices];
}

function stricter(a: Omit<Judged, 'notes'>, b: Omit<Judged, 'notes'>): boolean {
  const [x, y] = [strictness(a), strictness(b)];
  const index = x.findIndex((value, i) => value !== y[i]);
  return index >= 0 && x[index]! > y[index]!;
}

/**
 * The check of the files in `location.root` under the policy that governs
 * it: on a pull request, the base commit's configuration (and the inputs);
 * when the head commit is also the head of other open pull requests, under
 * each of their bases' too, keeping the strictest result (the check run on
 * that commit shows on every one of them, so the laxest base must not set
 * it). Elsewhere, the working tree's own configuration.
 */
export async function judgeUnderBasePolicies(
  location: PolicyLocation,
  overrides: SettingsOverrides,
  context: RunContext,
  token: string | undefined,
  verifier: SignatureVerifier,
  discover: Discover,
): Promise<Judged> {
  const settingsFor = async (baseSha?: string) => {
    if (!baseSha) return discover(await resolveSettings(location.root, overrides), { ownBase: true });
    const text = await readBaseConfig(context, location, baseSha, token);
    const policy = {
      ...(text !== undefined ? { text } : {}),
      source: `${location.configInRepo} at ${baseSha.slice(0, 12)}`,
    };
    const configured = await resolveSettings(location.root, { ...overrides, policy });
    return discover(configured, { ownBase: baseSha === context.baseSha, withoutBaseConfig: text === undefined });
  };
  const judge = async (baseSha?: string) => {
    const settings = await settingsFor(baseSha);
    return { settings, report: runCheck(settings, undefined, verifier) };
  };
  const own = await judge(context.baseSha);
  const others = (context.sharedWith ?? []).filter(
    (pull, index, all) =>
      pull.baseSha !== context.baseSha && all.findIndex((other) => other.baseSha === pull.baseSha) === index,
  );
  if (!context.baseSha || !context.sharedWith || context.sharedWith.length === 0) return { ...own, notes: [] };
  let strictest = { ...own, pullRequest: context.pullRequest };
  for (const pull of others) {
    const judged = { ...(await judge(pull.baseSha)), pullRequest: pull.number };
    if (stricter(judged, strictest)) strictest = judged;
  }
  const numbers = [context.pullRequest, ...context.sharedWith.map((pull) => pull.number)]
    .map((number) => `#${number}`)
    .join(', ');
  const note =
    `This commit is the head of ${context.sharedWith.length + 1} open pull requests (${numbers}), and its check shows on each: ` +
    `it was judged under each one's base configuration, and this is the strictest result (the base of #${strictest.pullRequest}).`;
  logLine(note);
  return { settings: strictest.settings, report: strictest.report, notes: [note] };
}
