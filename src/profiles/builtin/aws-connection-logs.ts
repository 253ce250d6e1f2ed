import type { Wording } from '../profile.js';

/**
 * The reason codes Elastic Load Balancing and CloudFront write to their
 * connection logs for a refused client certificate; the two differ only in
 * how they name a purpose failure.
 */
export function connectionLogReasons(purpose: string): Wording['reasons'] {
  return {
    untrusted: 'ClientCertUntrusted',
    'self-signed': 'ClientCertUntrusted',
    signature: 'ClientCertUntrusted',
    expired: 'ClientCertExpired',
    'not-yet-valid': 'ClientCertNotYetValid',
    depth: 'ClientCertMaxChainDepthExceeded',
    'key-type': 'ClientCertTypeUnsupported',
    purpose,
    invalid: 'ClientCertInvalid',
  };
}
