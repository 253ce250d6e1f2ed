import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkInventory } from '../../src/engine.js';
import type { Profile } from '../../src/profiles/profile.js';
import { findProfile } from '../../src/profiles/registry.js';
import { verifyArguments } from '../../src/rules/chain-rule.js';
import { EXPLAINING_RULE_IDS } from '../../src/rules/explainers.js';
import { memoryInventory, REPO } from '../helpers.js';
import { CASE_TIME, type DifferentialCase } from './scenarios.js';

export const REGRESSIONS = path.join(REPO, '__tests__/differential/regressions');

/** The tool's verdict on the case's client: the report's, computed in memory. */
type Judged = Pick<DifferentialCase, 'truststore' | 'client' | 'crls'>;

/**
 * The model's verdict: every rule that explains a refusal is an error, so a
 * behaviour whose evidence is unconfirmed (a warning by default, the client
 * counted as accepted) still refuses, as `openssl verify` with the profile's
 * flags does.
 */
const MODEL_SEVERITIES = Object.fromEntries([...EXPLAINING_RULE_IDS].map((id) => [id, 'error' as const]));

export function toolAccepts(testCase: Judged, profile: Profile): boolean {
  const report = checkInventory(memoryInventory(testCase.truststore, testCase.client, testCase.crls), {
    profile,
    at: CASE_TIME,
    expiryWarningDays: 0,
    severities: MODEL_SEVERITIES,
    suppressions: [],
  });
  return report.chains[0]?.accepted === true;
}

/** `openssl verify` with the profile's flags, at the case's time, away from the system's CA store. */
export function opensslAccepts(testCase: Judged, profile: Profile, scratch: string): boolean {
  const truststore = path.join(scratch, 'truststore.pem');
  const client = path.join(scratch, 'client.pem');
  const crls = path.join(scratch, 'crls.pem');
  writeFileSync(truststore, testCase.truststore.join(''));
  writeFileSync(client, testCase.client.join(''));
  // No CRL at all is no revocation checking (a gateway not given ssl_crl), as the tool reads it.
  const given = testCase.crls !== undefined && testCase.crls.length > 0;
  if (given) writeFileSync(crls, testCase.crls!.join(''));
  const [verify, ...rest] = verifyArguments(profile, { truststore, client, ...(given ? { crls } : {}) });
  try {
    execFileSync('openssl', [verify!, '-attime', String(CASE_TIME.getTime() / 1000), ...rest], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

/**
 * The smallest case that still disagrees: certificates of the truststore and
 * of what the client sends are dropped one at a time while `disagrees` still
 * holds, so a saved regression shows the cause and little else.
 */
export function minimise<T extends Judged>(testCase: T, disagrees: (candidate: T) => boolean): T {
  let current = testCase;
  for (let changed = true; changed;) {
    changed = false;
    for (const field of ['truststore', 'client', 'crls'] as const) {
      for (let i = field === 'client' ? 1 : 0; i < (current[field]?.length ?? 0); i++) {
        const smaller = { ...current, [field]: current[field]!.filter((_, index) => index !== i) };
        if (disagrees(smaller)) {
          current = smaller;
          changed = true;
          i--;
        }
      }
    }
  }
  return current;
}

/** The tool and openssl verify decide differently on the case. */
export function disagreesWithOpenssl(profile: Profile, scratch: string) {
  return (candidate: Judged) => toolAccepts(candidate, profile) !== opensslAccepts(candidate, profile, scratch);
}

/** A profile the differential test compares, with the settings of the user's own gateway (profile-options). */
export interface Compared {
  label: string;
  profile: string;
  options?: Record<string, unknown>;
}

/** The profile of a compared entry, with its options applied. */
export function comparedProfile(compared: Pick<Compared, 'profile' | 'options'>): Profile {
  let profile = findProfile(compared.profile)!;
  for (const [key, value] of Object.entries(compared.options ?? {})) {
    profile = profile.options!.find((option) => option.key === key)!.apply(profile, value);
  }
  return profile;
}

export interface Regression extends DifferentialCase {
  profile: string;
  options?: Record<string, unknown>;
  /** What openssl verify decided when the case was saved; the replay checks openssl still does. */
  openssl: 'accepted' | 'refused';
}

export function saveRegression(testCase: DifferentialCase, compared: Compared, openssl: boolean): string {
  mkdirSync(REGRESSIONS, { recursive: true });
  const label = compared.label.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '');
  const file = path.join(REGRESSIONS, `${label}-${testCase.id.replace(':', '-')}.json`);
  const withoutKey: DifferentialCase = { ...testCase };
  delete withoutKey.clientKey;
  const regression: Regression = {
    ...withoutKey,
    profile: compared.profile,
    ...(compared.options ? { options: compared.options } : {}),
    openssl: openssl ? 'accepted' : 'refused',
  };
  writeFileSync(file, `${JSON.stringify(regression, null, 2)}\n`);
  return file;
}

export function loadRegressions(): Regression[] {
  let names: string[];
  try {
    names = readdirSync(REGRESSIONS).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
  return names.sort().map((name) => JSON.parse(readFileSync(path.join(REGRESSIONS, name), 'utf8')) as Regression);
}
