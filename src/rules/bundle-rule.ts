import type { Truststore } from '../chain/truststore.js';
import type { Profile, Quota } from '../profiles/profile.js';

/** "The truststore" for one file, "The truststore made of a.pem, b.pem" for a bundle of several. */
export function bundleName(truststore: Truststore): string {
  return truststore.files.length === 1
    ? 'The truststore'
    : `The truststore made of ${truststore.files.map((file) => file.path).join(', ')} (concatenated in that order)`;
}

/** What the gateway does when a quota is passed: refuses the bundle at upload, or takes it with a warning. */
export function quotaWording(profile: Profile, quota: Quota | undefined): string {
  if (!quota) return `None: ${profile.wording.gateway} has no such quota.`;
  return quota.phase === 'upload' ? `${profile.wording.uploadRefusal}.` : `${profile.wording.uploadWarning}.`;
}
