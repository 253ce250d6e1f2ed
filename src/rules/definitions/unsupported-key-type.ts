import { ROLE_WORDS } from '../../inventory/client-file.js';
import { judgeKey, type KeyRefusal } from '../../profiles/policy.js';
import type { Profile } from '../../profiles/profile.js';
import type { Certificate } from '../../x509/certificate.js';
import { describePath, leafClause } from '../chain-rule.js';
import { eachCertificate, nameOf, refusal, type Rule, type Explainer } from '../rule.js';
import { describeKey, keyRefused } from './weak-key.js';

function whatIsAccepted(profile: Profile): string {
  const { rsa, ec } = profile.keys;
  const parts = [
    ...(rsa
      ? [
          rsa.sizes
            ? `RSA ${rsa.sizes.join('/')} bits`
            : `RSA ${rsa.minBits}${rsa.maxBits ? `–${rsa.maxBits}` : '+'} bits`,
        ]
      : []),
    ...(ec ? [ec.curves ? `ECDSA on ${ec.curves.join(', ')}` : `ECDSA ${ec.minBits}+ bits`] : []),
    ...profile.keys.others,
  ];
  return parts.join('; ');
}

function whyNot(certificate: Certificate, refused: KeyRefusal): string {
  switch (refused.kind) {
    case 'explicit-curve':
      return 'an EC key with explicit curve parameters instead of a named curve';
    case 'too-large':
      return `${describeKey(certificate.publicKey)}, larger than the ${refused.maxBits} bits the gateway accepts`;
    case 'curve':
      return `an EC key on ${refused.curve}, which the gateway does not accept`;
    case 'type':
      return `a key of type ${refused.type}`;
    case 'rsa-size':
      return `${describeKey(certificate.publicKey)}; the gateway accepts RSA keys of ${refused.sizes.join(', ')} bits only`;
    case 'too-small':
    case 'security-bits':
      return describeKey(certificate.publicKey);
    case 'over-verify-limits':
      return refused.why;
  }
}

export const unsupportedKeyType: Rule = {
  id: 'unsupported-key-type',
  defaultSeverity: 'error',
  title: 'Key type, curve or size outside what the gateway accepts',
  description:
    'A key the gateway does not accept other than by being too small: DSA, EdDSA, GOST or unknown algorithms; a curve outside its list (CloudFront: no P-521); an RSA key over its maximum (CloudFront and Google Cloud: 4096 bits); an EC key with explicit domain parameters, which OpenSSL refuses on any chain.',
  remedy:
    'Re-issue the certificate with a key the gateway lists (for API Gateway: RSA 2048+ or ECDSA P-256, P-384, P-521 on a named curve).',
  appliesTo: (profile) => ({ evidence: profile.keys.evidence, phase: profile.bundle.badCertificate.phase }),
  consequence: (profile) => `Clients whose chain uses the key get ${refusal(profile, 'key-type')}.`,
  *check(context) {
    const { profile } = context;
    yield* eachCertificate(context, (visit) => {
      const { certificate, role, at } = visit;
      const refused = judgeKey(profile.keys, certificate.publicKey);
      if (!refused || refused.kind === 'too-small' || refused.kind === 'security-bits') return undefined;
      if (refused.kind === 'over-verify-limits') {
        return at(
          `The ${ROLE_WORDS[role]} ${nameOf(certificate)} has ${refused.why}. truststore-check does not verify signatures made with such a key, which bounds its work on hostile input, so nothing it signed is known to be good; no CA issues such keys.`,
        );
      }
      return keyRefused(
        visit,
        profile,
        `${whyNot(certificate, refused)}; ${profile.wording.gateway} accepts ${whatIsAccepted(profile)}`,
      );
    });
  },
};

export const explainUnsupportedKeyType: Explainer<'key-not-supported' | 'explicit-ec-parameters'> = {
  rule: unsupportedKeyType,
  describe(problem, chain, context) {
    const why =
      problem.kind === 'explicit-ec-parameters'
        ? 'an EC key with explicit curve parameters, which OpenSSL refuses on any chain'
        : whyNot(problem.certificate, problem.refusal);
    if (problem.kind === 'key-not-supported' && problem.refusal.kind === 'over-verify-limits') {
      return `${leafClause(chain)} could not be judged: its chain (${describePath(chain.built.chain)}) uses ${nameOf(problem.certificate)}, which has ${why}; truststore-check does not verify signatures made with it.`;
    }
    return problem.certificate === chain.leaf.certificate
      ? `${leafClause(chain)} has ${why}: ${refusal(context.profile, 'key-type', chain)}.`
      : `${leafClause(chain)} would be refused, ${refusal(context.profile, 'key-type', chain)}: its chain (${describePath(chain.built.chain)}) goes through ${nameOf(problem.certificate)}, which has ${why}.`;
  },
};
