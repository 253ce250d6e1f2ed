import { formatFingerprint } from '../../x509/certificate.js';
import { describePath, leafClause } from '../chain-rule.js';
import { nameOf, refusal, type Rule, type Explainer } from '../rule.js';

export const selfSignedCertificate: Rule = {
  id: 'self-signed-certificate',
  defaultSeverity: 'error',
  title: 'Chain ends in a self-signed certificate that is not in the truststore',
  description:
    'A self-signed client certificate is accepted only when that exact certificate is in the truststore. When the truststore holds a certificate with the same subject but another key, the client was re-keyed and the truststore is stale (or the reverse). A self-signed root the client sends is not trusted either.',
  remedy:
    'Put this exact certificate in the truststore. Compare keys with `openssl x509 -noout -pubkey -in client.pem | openssl sha256` against the same for the truststore copy, and `diff` the two files.',
  // A chain that ends in a self-signed certificate outside the truststore fails path validation in every verifier;
  // what the gateway does with one inside it (anchor evidence) only changes the advice.
  appliesTo: (profile) => ({ evidence: profile.validation }),
  consequence: (profile) => `The client gets ${refusal(profile, 'self-signed')}.`,
};

export const explainSelfSignedCertificate: Explainer<'self-signed'> = {
  rule: selfSignedCertificate,
  describe(problem, chain, context) {
    const { profile } = context;
    if (!problem.atLeaf) {
      return `${leafClause(chain)} would be refused, ${refusal(profile, 'untrusted', chain)}: its chain (${describePath(chain.built.chain)}) ends in ${nameOf(problem.certificate)}, a self-signed certificate the client sends that is not in the truststore. Add that root to the truststore if it is meant to be trusted.`;
    }
    const leaf = problem.certificate;
    const base = `${leafClause(chain)} is self-signed and is not in the truststore: ${refusal(profile, 'self-signed', chain)}.`;
    const namesake =
      problem.mimic ?? chain.truststore.withSubject(leaf.subject.key).find((c) => c.sha256 !== leaf.sha256);
    if (!namesake) return `${base} Add this certificate to the truststore.`;
    if (namesake.publicKey.sha256 !== leaf.publicKey.sha256) {
      return (
        `${base} The truststore holds a certificate with the same subject but a different key ` +
        `(public key SHA-256 in the truststore ${formatFingerprint(namesake.publicKey.sha256)}, presented by the client ${formatFingerprint(leaf.publicKey.sha256)}): ` +
        'one side was re-keyed. Replace the truststore copy with this certificate.'
      );
    }
    return `${base} The truststore holds a certificate with the same subject and key but different bytes (fingerprint ${formatFingerprint(namesake.sha256)}); the two files must be identical.`;
  },
};
