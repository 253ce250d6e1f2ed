import { WEAK_HASHES } from '../../x509/algorithms.js';
import { describeRole, eachCertificate, nameOf, type Rule } from '../rule.js';

const SUPPORTED_FAMILIES = new Set(['RSA', 'RSA-PSS', 'ECDSA']);

export const insecureSignatureAlgorithm: Rule = {
  id: 'insecure-signature-algorithm',
  defaultSeverity: 'error',
  title: 'Signature algorithm weaker than SHA-256',
  description:
    'The certificate is signed with a hash weaker than SHA-256 (MD2, MD4, MD5, SHA-1, SHA-224; also ecdsa-with-SHA1 and RSASSA-PSS with a weak hash), or with an algorithm other than RSA, RSASSA-PSS or ECDSA. API Gateway rejects such client certificates with 403.',
  citation:
    'API Gateway Developer Guide, "Configuring mutual TLS authentication": the truststore supports SHA-256 or stronger signature hashes; 403 reason "Access denied. Reason: Client cert using an insecure Signature Algorithm".',
  remedy:
    'Re-issue the certificate signed with SHA-256 or stronger (e.g. `openssl x509 -req -sha256 ...`). Confirm with `openssl x509 -noout -text -in FILE | grep "Signature Algorithm"`.',
  consequence:
    'Clients get 403 Forbidden ("Client cert using an insecure Signature Algorithm"); a weak truststore certificate makes API Gateway warn on update and refuse the clients under it.',
  profiles: ['aws-api-gateway'],
  *check(context) {
    yield* eachCertificate(context, ({ file, object, certificate, at }) => {
      const algorithm = certificate.signatureAlgorithm;
      const weakHash = algorithm.hash !== undefined && WEAK_HASHES.has(algorithm.hash);
      const unsupported =
        !SUPPORTED_FAMILIES.has(algorithm.family) || (algorithm.family === 'RSA-PSS' && !algorithm.hash);
      if (!weakHash && !unsupported) return undefined;
      const role = describeRole(file, object);
      const why = weakHash
        ? `whose hash (${algorithm.hash}) is weaker than SHA-256`
        : 'an algorithm API Gateway does not support';
      const gateway =
        role === 'truststore certificate'
          ? 'API Gateway accepts only SHA-256 or stronger signatures in the truststore.'
          : 'API Gateway answers 403 with "Access denied. Reason: Client cert using an insecure Signature Algorithm".';
      return at(`The ${role} ${nameOf(certificate)} is signed with ${algorithm.name}, ${why}. ${gateway}`);
    });
  },
};
