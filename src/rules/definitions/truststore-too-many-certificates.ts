import { certificatesOf } from '../../inventory/inventory.js';
import type { Rule } from '../rule.js';

export const MAX_TRUSTSTORE_CERTIFICATES = 1000;

export const truststoreTooManyCertificates: Rule = {
  id: 'truststore-too-many-certificates',
  defaultSeverity: 'error',
  title: 'More than 1,000 certificates in a truststore',
  description: 'API Gateway accepts at most 1,000 certificates in one truststore; the quota cannot be raised.',
  citation: 'API Gateway Quotas: truststore at most 1,000 certificates, not adjustable.',
  remedy: 'Remove expired, duplicate or unused CAs, or split clients across custom domains.',
  consequence: 'API Gateway refuses to create or update the domain with this truststore.',
  profiles: ['aws-api-gateway'],
  *check(context) {
    for (const file of context.inventory.files) {
      if (file.role !== 'truststore') continue;
      const certificates = certificatesOf(file);
      if (certificates.length <= MAX_TRUSTSTORE_CERTIFICATES) continue;
      const first = certificates[MAX_TRUSTSTORE_CERTIFICATES]!;
      yield {
        message: `The truststore holds ${certificates.length} certificates; API Gateway accepts at most ${MAX_TRUSTSTORE_CERTIFICATES}. The first one over the limit starts on line ${first.line}.`,
        file: file.path,
        line: 1,
        endLine: 1,
      };
    }
  },
};
