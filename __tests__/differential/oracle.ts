import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkInventory } from '../../src/engine.js';
import type { Profile } from '../../src/profiles/profile.js';
import { verifyArguments } from '../../src/rules/chain-rule.js';
import { memoryInventory, REPO } from '../helpers.js';
import { CASE_TIME, type DifferentialCase } from './scenarios.js';

export const REGRESSIONS = path.join(REPO, '__tests__/differential/regressions');

/** The tool's verdict on the case's client: the report's, computed in memory. */
export function toolAccepts(testCase: Pick<DifferentialCase, 'truststore' | 'client'>, profile: Profile): boolean {
  const report = checkInventory(memoryInventory(testCase.truststore, testCase.client), {
    profile,
    at: CASE_TIME,
    expiryWarningDays: 0,
    severities: {},
    suppressions: [],
  });
  return report.chains[0]?.accepted === true;
}

/** `openssl verify` with the profile's flags, at the case's time, away from the system's CA store. */
export function opensslAccepts(
  testCase: Pick<DifferentialCase, 'truststore' | 'client'>,
  profile: Profile,
  scratch: string,
): boolean {
  const truststore = path.join(scratch, 'truststore.pem');
  const client = path.join(scratch, 'client.pem');
  writeFileSync(truststore, testCase.truststore.join(''));
  writeFileSync(client, testCase.client.join(''));
  const [verify, ...rest] = verifyArguments(profile, { truststore, client });
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
export function minimise<T extends Pick<DifferentialCase, 'truststore' | 'client'>>(
  testCase: T,
  disagrees: (candidate: T) => boolean,
): T {
  let current = testCase;
  for (let changed = true; changed;) {
    changed = false;
    for (const field of ['truststore', 'client'] as const) {
      for (let i = field === 'client' ? 1 : 0; i < current[field].length; i++) {
        const smaller = { ...current, [field]: current[field].filter((_, index) => index !== i) };
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
  return (candidate: Pick<DifferentialCase, 'truststore' | 'client'>) =>
    toolAccepts(candidate, profile) !== opensslAccepts(candidate, profile, scratch);
}

export interface Regression extends DifferentialCase {
  profile: string;
  /** What openssl verify decided when the case was saved; the replay checks openssl still does. */
  openssl: 'accepted' | 'refused';
}

export function saveRegression(testCase: DifferentialCase, profile: Profile, openssl: boolean): string {
  mkdirSync(REGRESSIONS, { recursive: true });
  const file = path.join(REGRESSIONS, `${profile.id}-${testCase.id.replace(':', '-')}.json`);
  const regression: Regression = { ...testCase, profile: profile.id, openssl: openssl ? 'accepted' : 'refused' };
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
