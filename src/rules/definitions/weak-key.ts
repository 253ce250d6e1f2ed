import { ROLE_WORDS } from '../../inventory/client-file.js';
import { judgeKey } from '../../profiles/policy.js';
import type { PublicKeyInfo } from '../../x509/certificate.js';
import { describePath, leafClause } from '../chain-rule.js';
import type { FindingDraft } from '../../findings/finding.js';
import type { Profile } from '../../profiles/profile.js';
import {
  certificateConsequence,
  eachCertificate,
  nameOf,
  refusal,
  type CertificateVisit,
  type Explainer,
  type Rule,
} from '../rule.js';

/** `a 1024-bit RSA key` / `an EC key on P-224 (224 bits)`. */
export function describeKey(key: PublicKeyInfo): string {
  if (key.type === 'EC')
    return `an EC key on ${key.curve ?? 'an unnamed curve'}${key.bits ? ` (${key.bits} bits)` : ''}`;
  if (key.bits === undefined) return `a ${key.type} key`;
  return `a ${key.bits}-bit ${key.type} key`;
}

/**
 * The finding on a certificate whose key the gateway refuses: the key it
 * `has` and what the gateway takes. At most a notice on a certificate the
 * client sends along.
 */
export function keyRefused({ certificate, role, at }: CertificateVisit, profile: Profile, has: string): FindingDraft {
  const finding = at(
    `The ${ROLE_WORDS[role]} ${nameOf(certificate)} has ${has}. ${certificateConsequence(profile, role, 'key-type')}`,
  );
  return role === 'sent' ? { ...finding, atMost: 'notice' } : finding;
}

export const weakKey: Rule = {
  id: 'weak-key',
  defaultSeverity: 'error',
  title: 'Key smaller than the gateway accepts',
  description:
    "An RSA modulus or an elliptic curve below the gateway's floor (API Gateway: RSA-2048, ECDSA-256), on a client certificate or on a CA of its chain.",
  remedy:
    'Generate a new key of at least the floor (RSA-2048 or P-256 for API Gateway) and re-issue the certificate. Confirm with `openssl x509 -noout -text -in FILE | grep "Public-Key"`.',
  appliesTo: (profile) => ({ evidence: profile.keys.evidence, phase: profile.bundle.badCertificate.phase }),
  consequence: (profile) => `Clients whose chain uses the key get ${refusal(profile, 'key-type')}.`,
  *check(context) {
    const { profile } = context;
    yield* eachCertificate(context, (visit) => {
      const { certificate } = visit;
      const refused = judgeKey(profile.keys, certificate.publicKey);
      if (refused?.kind !== 'too-small' && refused?.kind !== 'security-bits') return undefined;
      const floor =
        refused.kind === 'security-bits'
          ? `OpenSSL rates it at ${refused.bits} security bits and ${profile.wording.gateway} accepts keys of at least ${refused.minimum} (its OpenSSL security level)`
          : `${profile.wording.gateway} accepts ${certificate.publicKey.type === 'EC' ? 'elliptic curves' : 'RSA keys'} of at least ${refused.minBits} bits`;
      return keyRefused(visit, profile, `${describeKey(certificate.publicKey)}; ${floor}`);
    });
  },
};

export const explainWeakKey: Explainer<'key-too-weak'> = {
  rule: weakKey,
  describe(problem, chain, context) {
    const key = describeKey(problem.certificate.publicKey);
    return problem.certificate === chain.leaf.certificate
      ? `${leafClause(chain)} has ${key}, below the gateway's floor: ${refusal(context.profile, 'key-type', chain)}.`
      : `${leafClause(chain)} would be refused, ${refusal(context.profile, 'key-type', chain)}: its chain (${describePath(chain.built.chain)}) goes through ${nameOf(problem.certificate)}, which has ${key}.`;
  },
};
