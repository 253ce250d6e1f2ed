import { describeRole, eachCertificate, nameOf, type Rule } from '../rule.js';

export const MIN_RSA_BITS = 2048;
export const MIN_EC_BITS = 256;

export const weakKey: Rule = {
  id: 'weak-key',
  defaultSeverity: 'error',
  title: 'Key smaller than RSA-2048 or ECDSA-256',
  description: 'An RSA key with a modulus under 2048 bits, or an EC key on a curve under 256 bits (P-192, P-224, ...).',
  citation:
    'API Gateway Developer Guide, "Configuring mutual TLS authentication": RSA-2048 or stronger; ECDSA-256 or stronger.',
  remedy:
    'Generate a new key of at least RSA-2048 or P-256 and re-issue the certificate. Confirm with `openssl x509 -noout -text -in FILE | grep "Public-Key"`.',
  consequence:
    'API Gateway warns on the truststore update and refuses clients whose chain uses the weak key with 403 Forbidden.',
  profiles: ['aws-api-gateway'],
  *check(context) {
    yield* eachCertificate(context, ({ file, object, certificate, at }) => {
      const key = certificate.publicKey;
      if ((key.type === 'RSA' || key.type === 'RSA-PSS') && key.bits !== undefined && key.bits < MIN_RSA_BITS) {
        return at(
          `The ${describeRole(file, object)} ${nameOf(certificate)} has a ${key.bits}-bit RSA key; API Gateway requires RSA-${MIN_RSA_BITS} or stronger.`,
        );
      }
      if (key.type === 'EC' && key.bits !== undefined && key.bits < MIN_EC_BITS) {
        return at(
          `The ${describeRole(file, object)} ${nameOf(certificate)} has an EC key on ${key.curve} (${key.bits} bits); API Gateway requires ECDSA-${MIN_EC_BITS} or stronger.`,
        );
      }
      return undefined;
    });
  },
};
