import { bundleName, quotaWording } from '../bundle-rule.js';
import type { Rule } from '../rule.js';

export const truststoreTooManyCertificates: Rule = {
  id: 'truststore-too-many-certificates',
  defaultSeverity: 'error',
  title: 'More certificates in the truststore than the gateway takes',
  description:
    'The bundle holds more certificates than the gateway accepts in one truststore (API Gateway: 1,000; Application Load Balancer and CloudFront: 25 by default). Copies of the same certificate count too.',
  remedy:
    'Remove expired, duplicate or unused CAs, ask for a quota increase where the gateway allows one, or split clients across trust stores.',
  appliesTo: (profile) =>
    profile.bundle.maxCertificates && {
      evidence: profile.bundle.maxCertificates.evidence,
      phase: profile.bundle.maxCertificates.phase,
    },
  consequence: (profile) => quotaWording(profile, profile.bundle.maxCertificates),
  *check(context) {
    const quota = context.profile.bundle.maxCertificates;
    if (!quota) return;
    for (const truststore of context.chains.truststores) {
      const count = truststore.objects.length;
      if (count <= quota.value) continue;
      const first = truststore.objects[quota.value]!;
      yield {
        message: `${bundleName(truststore)} holds ${count.toLocaleString('en-US')} certificates; ${context.profile.wording.gateway} accepts at most ${quota.value.toLocaleString('en-US')}${quota.adjustable ? ' (adjustable by a quota request)' : ''}. The first one over the limit starts on line ${first.object.line} of ${first.file.path}. ${quotaWording(context.profile, quota)}`,
        file: truststore.files[0]!.path,
        line: 1,
        endLine: 1,
      };
    }
  },
};
