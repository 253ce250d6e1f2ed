import type { Evidence, Profile } from './profile.js';

/** A value the repository's own configuration sets: authoritative about the user's own gateway. */
export function configured(where: string): Evidence {
  return { confidence: 'configuration', source: `Set in the repository's configuration (${where}).` };
}

/** A bad value in a profile definition; the configuration loader turns it into a usage error naming where. */
export class ProfileError extends Error {}

/** A setting's value as a whole number within bounds; a ProfileError naming the key otherwise. */
export function wholeNumber(value: unknown, key: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new ProfileError(`${key}: expected a whole number from ${min} to ${max}`);
  }
  return value;
}

/** The keys a profile definition may change, and how each changes the profile. */
const CHANGES: Record<
  string,
  { description: string; apply(profile: Profile, value: unknown, where: string): Profile }
> = {
  issuers: {
    description:
      "`truststore` (issuers only from the truststore) or `truststore-and-client` (the client's intermediates are used)",
    apply(profile, value, where) {
      if (value !== 'truststore' && value !== 'truststore-and-client') {
        throw new ProfileError('issuers: expected truststore or truststore-and-client');
      }
      const evidence = { ...profile.chain.evidence, issuers: configured(where) };
      return { ...profile, chain: { ...profile.chain, issuers: value, evidence } };
    },
  },
  'max-intermediates': {
    description: 'CA certificates allowed between the client certificate and the root (OpenSSL verify depth)',
    apply(profile, value, where) {
      const maxIntermediates = wholeNumber(value, 'max-intermediates', 0, 100);
      const depthLimit = `at most ${maxIntermediates} intermediate CA certificate${maxIntermediates === 1 ? '' : 's'} (configured)`;
      const evidence = { ...profile.chain.evidence, depth: configured(where) };
      return { ...profile, chain: { ...profile.chain, maxIntermediates, depthLimit, evidence } };
    },
  },
  'partial-chain': {
    description: '`true` when any truststore certificate may anchor a chain (OpenSSL -partial_chain)',
    apply(profile, value, where) {
      if (typeof value !== 'boolean') throw new ProfileError('partial-chain: expected true or false');
      const evidence = { ...profile.chain.evidence, anchor: configured(where) };
      return { ...profile, chain: { ...profile.chain, partialChain: value, evidence } };
    },
  },
  'max-certificates': {
    description: 'certificates accepted in one truststore',
    apply(profile, value, where) {
      const quota = {
        value: wholeNumber(value, 'max-certificates', 1, 1_000_000),
        adjustable: false,
        phase: 'upload' as const,
        evidence: configured(where),
      };
      return {
        ...profile,
        bundle: { ...profile.bundle, maxCertificates: { ...profile.bundle.maxCertificates, ...quota } },
      };
    },
  },
  'max-bytes': {
    description: 'bytes accepted in one truststore',
    apply(profile, value, where) {
      const quota = {
        value: wholeNumber(value, 'max-bytes', 1, 1 << 30),
        adjustable: false,
        phase: 'upload' as const,
        evidence: configured(where),
      };
      return { ...profile, bundle: { ...profile.bundle, maxBytes: { ...profile.bundle.maxBytes, ...quota } } };
    },
  },
};

export const PROFILE_CHANGE_KEYS = Object.keys(CHANGES);

/**
 * A profile that `extends` a built-in one with some of its facts changed by
 * the repository's configuration; each changed fact's evidence becomes that
 * configuration. Throws ProfileError for an unknown key or a bad value.
 */
export function extendProfile(
  base: Profile,
  id: string,
  changes: Readonly<Record<string, unknown>>,
  where: string,
): Profile {
  let profile: Profile = { ...base, id, name: `${base.name}, as configured in ${where}` };
  for (const [key, value] of Object.entries(changes)) {
    const change = CHANGES[key];
    if (!change)
      throw new ProfileError(`unknown key "${key}" (expected one of: extends, ${PROFILE_CHANGE_KEYS.join(', ')})`);
    profile = change.apply(profile, value, `${where}.${key}`);
  }
  return profile;
}
