import type { Certificate, PublicKeyInfo } from '../x509/certificate.js';
import { overVerifyLimits } from '../x509/key-limits.js';
import { keySecurityBits, signatureSecurityBits } from '../x509/security-bits.js';
import type { Confidence, KeyPolicy, PurposePolicy, SignaturePolicy } from './profile.js';

/** Why a key is not accepted, or undefined when it is. */
export type KeyRefusal =
  | { kind: 'too-small'; bits: number; minBits: number }
  | { kind: 'too-large'; bits: number; maxBits: number }
  | { kind: 'rsa-size'; bits: number; sizes: readonly number[] }
  | { kind: 'curve'; curve: string; accepted: readonly string[] }
  | { kind: 'explicit-curve' }
  | { kind: 'type'; type: string }
  /** Below the OpenSSL security level's floor: `bits` is what OpenSSL rates the key at. */
  | { kind: 'security-bits'; bits: number; minimum: number }
  /** Over the limits within which truststore-check verifies signatures (whatever the profile). */
  | { kind: 'over-verify-limits'; why: string };

/** A refusal for a key below the gateway's floor, as opposed to one of a kind it does not take. */
export type WeakKeyRefusal = Extract<KeyRefusal, { kind: 'too-small' | 'security-bits' }>;

export function isWeakKeyRefusal(refusal: KeyRefusal): refusal is WeakKeyRefusal {
  return refusal.kind === 'too-small' || refusal.kind === 'security-bits';
}

export function judgeKey(policy: KeyPolicy, key: PublicKeyInfo): KeyRefusal | undefined {
  const over = overVerifyLimits(key);
  if (over) return { kind: 'over-verify-limits', why: over };
  const refusal = judgeKeyType(policy, key);
  if (refusal || policy.minSecurityBits === undefined) return refusal;
  const bits = keySecurityBits(key);
  return bits < policy.minSecurityBits ? { kind: 'security-bits', bits, minimum: policy.minSecurityBits } : undefined;
}

function judgeKeyType(policy: KeyPolicy, key: PublicKeyInfo): KeyRefusal | undefined {
  if (key.type === 'RSA' || key.type === 'RSA-PSS') {
    if (!policy.rsa) return { kind: 'type', type: key.type };
    if (key.bits === undefined) return undefined;
    if (key.bits < policy.rsa.minBits) return { kind: 'too-small', bits: key.bits, minBits: policy.rsa.minBits };
    if (policy.rsa.maxBits !== undefined && key.bits > policy.rsa.maxBits) {
      return { kind: 'too-large', bits: key.bits, maxBits: policy.rsa.maxBits };
    }
    if (policy.rsa.sizes && !policy.rsa.sizes.includes(key.bits))
      return { kind: 'rsa-size', bits: key.bits, sizes: policy.rsa.sizes };
    return undefined;
  }
  if (key.type === 'EC') {
    if (!policy.ec) return { kind: 'type', type: 'EC' };
    if (key.explicitCurve) return policy.ec.explicitParameters ? undefined : { kind: 'explicit-curve' };
    if (key.bits !== undefined && key.bits < policy.ec.minBits) {
      return { kind: 'too-small', bits: key.bits, minBits: policy.ec.minBits };
    }
    if (policy.ec.curves && !policy.ec.curves.includes(key.curve ?? '')) {
      return { kind: 'curve', curve: key.curve ?? 'an unnamed curve', accepted: policy.ec.curves };
    }
    return undefined;
  }
  if (policy.others.includes(key.type)) return undefined;
  return { kind: 'type', type: key.type === 'unknown' ? `an unknown algorithm (${key.algorithmOid})` : key.type };
}

/** Why a certificate's signature algorithm is not accepted, or undefined when it is. */
export type SignatureRefusal =
  | { kind: 'weak-hash'; hash: string }
  | { kind: 'algorithm' }
  | { kind: 'security-bits'; bits: number; minimum: number };

export function judgeSignature(policy: SignaturePolicy, certificate: Certificate): SignatureRefusal | undefined {
  const algorithm = certificate.signatureAlgorithm;
  if (policy.minSecurityBits !== undefined) {
    const bits = signatureSecurityBits(algorithm);
    if (bits < policy.minSecurityBits) return { kind: 'security-bits', bits, minimum: policy.minSecurityBits };
  }
  if (algorithm.hash !== undefined && !policy.hashes.includes(algorithm.hash)) {
    return { kind: 'weak-hash', hash: algorithm.hash };
  }
  // An unparameterised RSASSA-PSS or an unknown algorithm is nothing a gateway's list can name.
  if (!policy.families.includes(algorithm.family) || (algorithm.family === 'RSA-PSS' && !algorithm.hash)) {
    return { kind: 'algorithm' };
  }
  return undefined;
}

/**
 * Whether the extendedKeyUsage allows client authentication as OpenSSL's
 * purpose check reads it: an absent extension allows everything;
 * anyExtendedKeyUsage does not stand in for clientAuth.
 */
export function judgePurpose(
  rule: PurposePolicy['leaf'],
  certificate: Certificate,
): 'missing-extension' | 'without-client-auth' | undefined {
  if (rule === 'not-checked') return undefined;
  const usages = certificate.extendedKeyUsage;
  if (!usages) return rule === 'required' ? 'missing-extension' : undefined;
  return usages.includes('clientAuth') ? undefined : 'without-client-auth';
}

/** Behaviour confirmed well enough to decide whether the gateway accepts a client (and to be an error by default). */
export function isConfirmed(confidence: Confidence): boolean {
  return confidence === 'vendor' || confidence === 'reproduction' || confidence === 'configuration';
}
