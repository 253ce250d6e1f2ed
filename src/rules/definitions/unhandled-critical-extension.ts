import { eachCertificate, nameOf, describeRole, type Rule } from '../rule.js';

export const unhandledCriticalExtension: Rule = {
  id: 'unhandled-critical-extension',
  defaultSeverity: 'error',
  title: 'Certificate has a critical extension validators do not know',
  description:
    'RFC 5280 requires a validator to reject a certificate with a critical extension it does not recognise; OpenSSL does ("unhandled critical extension"), so any chain through this certificate fails.',
  citation:
    'API Gateway Developer Guide: on each request the X.509 syntax is validated (RFC 5280 §4.2: unrecognised critical extensions must be rejected).',
  remedy:
    'Re-issue the certificate without the extension, or mark it non-critical. Inspect with `openssl x509 -noout -text -in FILE`.',
  consequence: 'Validators refuse the certificate, so clients whose chain uses it get 403 Forbidden.',
  profiles: ['aws-api-gateway'],
  *check(context) {
    yield* eachCertificate(context, ({ file, object, certificate, at }) => {
      if (certificate.unknownCriticalExtensions.length === 0) return undefined;
      return at(
        `The ${describeRole(file, object)} ${nameOf(certificate)} has critical extension(s) ${certificate.unknownCriticalExtensions.join(', ')} that validators do not recognise and must reject.`,
      );
    });
  },
};
