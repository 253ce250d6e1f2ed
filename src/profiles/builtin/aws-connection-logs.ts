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

/**
 * Elastic Load Balancing and CloudFront both quote "a chain depth of 4"
 * without saying whether the client certificate counts; both are read as
 * API Gateway's limit is, four CA certificates above the client.
 */
export const CHAIN_DEPTH_FOUR = {
  maxIntermediates: 3,
  depthLimit: 'a chain depth of 4 (read here as four CA certificates above the client, as for API Gateway)',
} as const;
