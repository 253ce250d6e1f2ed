import { eachCertificate, nameOf, type Rule } from '../rule.js';

export const duplicateCertificate: Rule = {
  id: 'duplicate-certificate',
  defaultSeverity: 'warning',
  title: 'Same certificate twice in a truststore',
  description:
    'The truststore holds the same certificate (same SHA-256 fingerprint) more than once. It counts against the 1,000-certificate quota and usually means a bundle was concatenated twice.',
  citation:
    'API Gateway Quotas: at most 1,000 certificates in a truststore. Unconfirmed third-party reports say duplicate subject DNs are rejected at import.',
  remedy: 'Remove the repeated block.',
  consequence: 'Counts twice against the 1,000-certificate quota; reported to be refused at import.',
  profiles: ['aws-api-gateway'],
  *check(context) {
    const firstSeen = new Map<string, { file: string; line: number }>();
    yield* eachCertificate(
      context,
      ({ file, object, certificate, at }) => {
        const key = `${file.path}\0${certificate.sha256}`;
        const first = firstSeen.get(key);
        if (!first) {
          firstSeen.set(key, { file: file.path, line: object.line });
          return undefined;
        }
        return at(`The truststore certificate ${nameOf(certificate)} already appears on line ${first.line}.`);
      },
      ['truststore'],
    );
  },
};
