import { caStatus } from '../../chain/verify-chain.js';
import { eachCertificate, nameOf, refusal, type Rule } from '../rule.js';

export const notACaCertificate: Rule = {
  id: 'not-a-ca-certificate',
  defaultSeverity: 'warning',
  title: 'Truststore certificate that is neither a CA nor self-signed',
  description:
    'A truststore certificate that may not issue certificates (no basicConstraints cA=TRUE) and is not self-signed can neither issue client certificates nor anchor a chain: it is probably a leaf put into the bundle by mistake.',
  remedy:
    'Remove the leaf from the truststore, or add the CA that issued it instead. Inspect with `openssl x509 -noout -ext basicConstraints -in FILE`.',
  appliesTo: (profile) => ({ evidence: profile.validation }),
  consequence: (profile) => `Nothing is accepted through it: clients issued by it get ${refusal(profile, 'invalid')}.`,
  *check(context) {
    yield* eachCertificate(
      context,
      ({ certificate, at }) => {
        if (caStatus(certificate) !== 0 || certificate.selfSigned) return undefined;
        return at(
          `The truststore certificate ${nameOf(certificate)} is not a CA (no basicConstraints cA=TRUE) and not self-signed, so it can neither issue client certificates nor anchor a chain.`,
        );
      },
      ['truststore'],
    );
  },
};
