import { judgeSignature, type SignatureRefusal } from '../../profiles/policy.js';
import type { Certificate } from '../../x509/certificate.js';
import { describePath, leafClause } from '../chain-rule.js';
import { ROLE_WORDS } from '../../inventory/client-file.js';
import { certificateConsequence, eachCertificate, nameOf, refusal, type Rule, type Explainer } from '../rule.js';

function weakness(certificate: Certificate, refused: SignatureRefusal): string {
  const algorithm = certificate.signatureAlgorithm.name;
  switch (refused.kind) {
    case 'weak-hash':
      return `${algorithm}, whose hash (${refused.hash}) the gateway does not accept`;
    case 'security-bits':
      return `${algorithm}, which OpenSSL rates at ${refused.bits < 0 ? 'no' : refused.bits} security bits, below the ${refused.minimum} the gateway's OpenSSL security level requires`;
    case 'algorithm':
      return `${algorithm}, an algorithm the gateway does not accept`;
  }
}

export const insecureSignatureAlgorithm: Rule = {
  id: 'insecure-signature-algorithm',
  defaultSeverity: 'error',
  title: 'Signature algorithm the gateway does not accept',
  description:
    "The certificate is signed with a hash the gateway refuses (for API Gateway anything weaker than SHA-256: MD2, MD4, MD5, SHA-1, SHA-224, also ecdsa-with-SHA1 and RSASSA-PSS with a weak hash), or with an algorithm outside its list. A root's own self-signature is never checked, so it refuses no client.",
  remedy:
    'Re-issue the certificate signed with SHA-256 or stronger (e.g. `openssl x509 -req -sha256 ...`). Confirm with `openssl x509 -noout -text -in FILE | grep "Signature Algorithm"`.',
  appliesTo: (profile) => ({ evidence: profile.signatures.evidence, phase: profile.bundle.badCertificate.phase }),
  consequence: (profile) =>
    `Clients get ${refusal(profile, 'insecure-signature')}; in the truststore: ${profile.bundle.badCertificate.phase === 'upload' ? profile.wording.uploadRefusal : profile.wording.uploadWarning}.`,
  *check(context) {
    const { profile } = context;
    yield* eachCertificate(context, ({ certificate, role, at }) => {
      const refused = judgeSignature(profile.signatures, certificate);
      if (!refused) return undefined;
      const found = `The ${ROLE_WORDS[role]} ${nameOf(certificate)} is signed with ${weakness(certificate, refused)}.`;
      if (role === 'truststore' && certificate.selfSigned) {
        // Nobody checks a root's own signature: it matters only to a gateway that refuses such a bundle.
        const uploadRefused = profile.bundle.badCertificate.phase === 'upload';
        return {
          ...at(
            `${found} Its own signature is never checked, so no client is refused for it; ${uploadRefused ? `but ${profile.wording.uploadRefusal}` : profile.wording.uploadWarning}.`,
          ),
          ...(uploadRefused ? {} : { atMost: 'warning' as const }),
        };
      }
      const finding = at(`${found} ${certificateConsequence(profile, role, 'insecure-signature')}`);
      return role === 'sent' ? { ...finding, atMost: 'notice' } : finding;
    });
  },
};

export const explainInsecureSignatureAlgorithm: Explainer<'signature-not-accepted'> = {
  rule: insecureSignatureAlgorithm,
  describe(problem, chain, context) {
    const why = weakness(problem.certificate, problem.refusal);
    return problem.certificate === chain.leaf.certificate
      ? `${leafClause(chain)} is signed with ${why}: ${refusal(context.profile, 'insecure-signature', chain)}.`
      : `${leafClause(chain)} would be refused, ${refusal(context.profile, 'insecure-signature', chain)}: its chain (${describePath(chain.built.chain)}) goes through ${nameOf(problem.certificate)}, signed with ${why}.`;
  },
};
