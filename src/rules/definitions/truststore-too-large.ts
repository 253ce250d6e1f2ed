import { bundleName, quotaWording } from '../bundle-rule.js';
import type { Rule } from '../rule.js';

export const truststoreTooLarge: Rule = {
  id: 'truststore-too-large',
  defaultSeverity: 'error',
  title: 'Truststore larger than the gateway takes',
  description:
    'The bundle, as concatenated for upload, has more bytes than the gateway accepts (API Gateway: 1 MB, taken as 1,048,576 bytes; CloudFront: 64 KB).',
  remedy: 'Strip comments and text dumps, remove unused CAs.',
  appliesTo: (profile) =>
    profile.bundle.maxBytes && { evidence: profile.bundle.maxBytes.evidence, phase: profile.bundle.maxBytes.phase },
  consequence: (profile) => quotaWording(profile, profile.bundle.maxBytes),
  *check(context) {
    const quota = context.profile.bundle.maxBytes;
    if (!quota) return;
    for (const truststore of context.chains.truststores) {
      const size = truststore.files.reduce((sum, file) => sum + file.size, 0);
      if (size <= quota.value) continue;
      yield {
        message: `${bundleName(truststore)} is ${size.toLocaleString('en-US')} bytes; ${context.profile.wording.gateway} accepts at most ${quota.value.toLocaleString('en-US')} bytes. ${quotaWording(context.profile, quota)}`,
        file: truststore.files[0]!.path,
        line: 1,
        endLine: 1,
      };
    }
  },
};
