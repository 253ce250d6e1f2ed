import { ALL_HASHES } from '../x509/algorithms.js';
import { SECURITY_LEVEL_BITS } from '../x509/security-bits.js';
import type { Evidence, KeyPolicy, SignaturePolicy } from './profile.js';

const SECURITY_LEVEL_DOC = 'OpenSSL 3.0 documentation, SSL_CTX_set_security_level(3)';

/** What OpenSSL's security level does to client chains (keys and signatures), as profile data. */
export function securityLevelPolicy(
  level: number,
  evidence: Evidence = {
    confidence: 'vendor',
    source: `${SECURITY_LEVEL_DOC}: at level N a TLS peer's chain needs keys and signatures of at least ${SECURITY_LEVEL_BITS.join('/')} security bits (levels 1 to 5); the trust anchor's own signature is not checked.`,
  },
): { keys: KeyPolicy; signatures: SignaturePolicy } {
  const minSecurityBits = level > 0 ? SECURITY_LEVEL_BITS[Math.min(level, 5) - 1] : undefined;
  const floor = minSecurityBits === undefined ? {} : { minSecurityBits };
  return {
    keys: {
      rsa: { minBits: 1 },
      ec: { minBits: 1, explicitParameters: true },
      others: ['DSA', 'Ed25519', 'Ed448'],
      ...floor,
      evidence,
    },
    signatures: {
      hashes: ALL_HASHES,
      families: ['RSA', 'RSA-PSS', 'ECDSA', 'DSA', 'Ed25519', 'Ed448'],
      ...floor,
      evidence,
    },
  };
}

/** The `-auth_level` that stands for a profile's security floor, when it has one. */
export function authLevel(minSecurityBits: number | undefined): number | undefined {
  if (minSecurityBits === undefined) return undefined;
  const index = (SECURITY_LEVEL_BITS as readonly number[]).indexOf(minSecurityBits);
  return index === -1 ? undefined : index + 1;
}
