import { formatFingerprint } from '../../x509/certificate.js';
import { issuerOf } from '../chain-rule.js';
import { internalError, nameOf, type Rule } from '../rule.js';

export const incompleteChain: Rule = {
  id: 'incomplete-chain',
  defaultSeverity: 'error',
  title: 'Truststore certificate whose issuer is missing',
  description:
    'A truststore certificate is not self-signed, and no certificate in the same truststore verifies its signature. API Gateway wants the complete chain up to the root; clients under this CA are refused.',
  citation:
    'API Gateway Developer Guide: "You must include the complete chain of trust, starting from the issuing CA certificate, up to the root CA certificate." Unconfirmed third-party reports: a root-only truststore gives 403 for leaves under intermediates.',
  remedy:
    'Append the issuing CA (and its issuers, up to the root) to the truststore: `cat intermediate.pem root.pem > truststore.pem`.',
  consequence:
    'API Gateway warns on the update; clients issued under this CA get 403 Forbidden ("Could not find issuer for certificate").',
  profiles: ['aws-api-gateway'],
  *check(context) {
    for (const gap of context.chains.gaps) {
      const { file, object } = gap;
      try {
        const candidate = gap.sameNameCandidate
          ? ` A certificate with that name is present (SHA-256 ${formatFingerprint(gap.sameNameCandidate.sha256)}) but its key does not verify the signature.`
          : '';
        yield {
          message: `The truststore certificate ${nameOf(object.certificate)} is not self-signed and its issuer, ${issuerOf(object.certificate)}, is not in the truststore.${candidate} Add the issuer, up to the root CA.`,
          file: file.path,
          line: object.line,
          endLine: object.endLine,
          certificate: object.certificate,
        };
      } catch (error) {
        yield internalError(file.path, object.line, object.endLine, 'describing a truststore gap', error);
      }
    }
  },
};
