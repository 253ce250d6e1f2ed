import type { Rule } from '../rule.js';

/** AWS writes "1 MB"; S3 and API Gateway quotas use binary units, so 1 MiB. */
export const MAX_TRUSTSTORE_BYTES = 1024 * 1024;

export const truststoreTooLarge: Rule = {
  id: 'truststore-too-large',
  defaultSeverity: 'error',
  title: 'Truststore file over 1 MB',
  description:
    'API Gateway accepts a truststore object of up to 1 MB (taken as 1,048,576 bytes); the quota cannot be raised.',
  citation: 'API Gateway Quotas: truststore up to 1 MB total object size, not adjustable.',
  remedy: 'Strip comments and text dumps, remove unused CAs.',
  consequence: 'API Gateway refuses to create or update the domain with this truststore.',
  profiles: ['aws-api-gateway'],
  *check(context) {
    for (const file of context.inventory.files) {
      if (file.role !== 'truststore' || file.size <= MAX_TRUSTSTORE_BYTES) continue;
      yield {
        message: `The truststore is ${file.size.toLocaleString('en-US')} bytes; API Gateway accepts at most 1 MB (${MAX_TRUSTSTORE_BYTES.toLocaleString('en-US')} bytes).`,
        file: file.path,
        line: 1,
        endLine: 1,
      };
    }
  },
};
