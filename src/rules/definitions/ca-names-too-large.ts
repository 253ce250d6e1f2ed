import { bundleName, quotaWording } from '../bundle-rule.js';
import type { Rule } from '../rule.js';

export const caNamesTooLarge: Rule = {
  id: 'ca-names-too-large',
  defaultSeverity: 'error',
  title: 'CA subject names over the gateway’s quota',
  description:
    "The subject names of the bundle's CA certificates add up to more bytes than the gateway takes (Application Load Balancer: 10,000, the names it can advertise to clients in the TLS CertificateRequest).",
  remedy: 'Remove unused CAs, or ask for a quota increase where the gateway allows one.',
  appliesTo: (profile) =>
    profile.bundle.maxSubjectBytes && {
      evidence: profile.bundle.maxSubjectBytes.evidence,
      phase: profile.bundle.maxSubjectBytes.phase,
    },
  consequence: (profile) => quotaWording(profile, profile.bundle.maxSubjectBytes),
  *check(context) {
    const quota = context.profile.bundle.maxSubjectBytes;
    if (!quota) return;
    for (const truststore of context.chains.truststores) {
      const size = truststore.certificates.reduce((sum, certificate) => sum + certificate.subject.byteLength, 0);
      if (size <= quota.value) continue;
      yield {
        message: `${bundleName(truststore)}: the subject names of its certificates add up to ${size.toLocaleString('en-US')} bytes; ${context.profile.wording.gateway} accepts at most ${quota.value.toLocaleString('en-US')}${quota.adjustable ? ' (adjustable by a quota request)' : ''}. ${quotaWording(context.profile, quota)}`,
        file: truststore.files[0]!.path,
        line: 1,
        endLine: 1,
      };
    }
  },
};
