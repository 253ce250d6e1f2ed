import { isCertificateAuthority } from '../../x509/certificate.js';
import { eachCertificate, nameOf, type Rule } from '../rule.js';

export const notACaCertificate: Rule = {
  id: 'not-a-ca-certificate',
  defaultSeverity: 'warning',
  title: 'Truststore certificate that is neither a CA nor self-signed',
  description:
    'A truststore certificate without basicConstraints cA=TRUE that is not self-signed cannot issue client certificates: it is probably a leaf put into the bundle by mistake.',
  citation:
    'API Gateway Developer Guide: the truststore holds the chain of trust from the issuing CA up to the root CA; self-signed certificates may be placed in it.',
  remedy:
    'Remove the leaf from the truststore, or add the CA that issued it instead. Inspect with `openssl x509 -noout -ext basicConstraints -in FILE`.',
  consequence: 'Nothing is accepted through it: clients issued by it get 403 Forbidden.',
  profiles: ['aws-api-gateway'],
  *check(context) {
    yield* eachCertificate(
      context,
      ({ certificate, at }) => {
        if (isCertificateAuthority(certificate) || context.chains.signatures.isSelfSigned(certificate))
          return undefined;
        return at(
          `The truststore certificate ${nameOf(certificate)} is not a CA (no basicConstraints cA=TRUE) and not self-signed, so it cannot issue client certificates.`,
        );
      },
      ['truststore'],
    );
  },
};
