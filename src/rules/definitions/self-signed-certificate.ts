import { formatFingerprint } from '../../x509/certificate.js';
import { eachChainProblem, leafClause } from '../chain-rule.js';
import type { Rule } from '../rule.js';

export const selfSignedCertificate: Rule = {
  id: 'self-signed-certificate',
  defaultSeverity: 'error',
  title: 'Self-signed client certificate not in the truststore',
  description:
    'A self-signed client certificate is accepted only when that exact certificate is in the truststore. When the truststore holds a certificate with the same subject but another key, the client was re-keyed and the truststore is stale (or the reverse).',
  citation:
    'API Gateway execution log: "Access denied. Reason: self signed certificate"; AWS Knowledge Center: for a self-signed client the modulus of the key, the truststore certificate and the client certificate must match, and the files must be identical.',
  remedy:
    'Put this exact certificate in the truststore. Compare keys with `openssl x509 -noout -modulus -in client.pem | openssl sha256` against the same for the truststore copy, and `diff` the two files.',
  consequence:
    'The client gets 403 Forbidden; the execution log says "Access denied. Reason: self signed certificate".',
  profiles: ['aws-api-gateway'],
  *check(context) {
    yield* eachChainProblem(context, ['self-signed'], (problem, chain) => {
      const leaf = problem.certificate;
      const base = `${leafClause(chain)} is self-signed and is not in the truststore: API Gateway answers 403 "Access denied. Reason: self signed certificate".`;
      const index = context.chains.truststores.find((candidate) => candidate.file.path === chain.truststore);
      const namesake = index?.withSubject(leaf.subject.key).find((candidate) => candidate.sha256 !== leaf.sha256);
      if (!namesake) return `${base} Add this certificate to the truststore.`;
      if (namesake.publicKey.sha256 !== leaf.publicKey.sha256) {
        return (
          `${base} The truststore holds a certificate with the same subject but a different key ` +
          `(public key SHA-256 in the truststore ${formatFingerprint(namesake.publicKey.sha256)}, presented by the client ${formatFingerprint(leaf.publicKey.sha256)}): ` +
          'the moduli differ, so one side was re-keyed. Replace the truststore copy with this certificate.'
        );
      }
      return `${base} The truststore holds a certificate with the same subject and key but different bytes (fingerprint ${formatFingerprint(namesake.sha256)}); the two files must be identical.`;
    });
  },
};
