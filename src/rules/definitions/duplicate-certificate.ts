import type { Rule } from '../rule.js';

const DUPLICATES_EVIDENCE = {
  confidence: 'unconfirmed',
  source:
    'Third-party reports (not the vendor) say API Gateway refuses duplicate subject DNs at import; every copy counts against the certificate quota.',
} as const;

export const duplicateCertificate: Rule = {
  id: 'duplicate-certificate',
  defaultSeverity: 'warning',
  title: 'Same certificate twice in a truststore',
  description:
    'The bundle holds the same certificate (same SHA-256 fingerprint) more than once. It counts against the certificate quota and usually means a bundle was concatenated twice.',
  remedy: 'Remove the repeated block.',
  // Only where the gateway counts certificates: elsewhere a copy is harmless.
  appliesTo: (profile) => profile.bundle.maxCertificates && { evidence: DUPLICATES_EVIDENCE, phase: 'upload-warning' },
  consequence: (profile) =>
    `Counts twice against the ${profile.bundle.maxCertificates?.value.toLocaleString('en-US') ?? ''}-certificate quota; reported to be refused at import.`,
  *check(context) {
    for (const truststore of context.chains.truststores) {
      const firstSeen = new Map<string, { file: string; line: number }>();
      for (const { file, object } of truststore.objects) {
        const first = firstSeen.get(object.certificate.sha256);
        if (!first) {
          firstSeen.set(object.certificate.sha256, { file: file.path, line: object.line });
          continue;
        }
        const where = first.file === file.path ? `on line ${first.line}` : `in ${first.file} on line ${first.line}`;
        yield {
          message: `The truststore certificate ${object.certificate.subject.text} already appears ${where}.`,
          file: file.path,
          line: object.line,
          endLine: object.endLine,
          certificate: object.certificate,
          ...(object.encoding === 'pem'
            ? {
                fix: {
                  file: file.path,
                  line: object.line,
                  endLine: object.endLine,
                  description: 'Remove the repeated block.',
                  replacement: [],
                },
              }
            : {}),
        };
      }
    }
  },
};
