import type { Rule } from '../rule.js';

export const revocationNotSupported: Rule = {
  id: 'revocation-not-supported',
  defaultSeverity: 'warning',
  title: 'CRLs given to a gateway that does not check them',
  description:
    'CRL files are configured, but the gateway does not take CRLs (API Gateway: "doesn\'t verify if a certificate has been revoked"; CloudFront and Azure Application Gateway use OCSP). The certificates they list are still accepted.',
  remedy:
    "Remove the certificate from the truststore's trust (re-issue from another CA), or revoke in the gateway's own way: a Lambda authorizer for API Gateway, a Connection Function for CloudFront, OCSP for Azure.",
  appliesTo: (profile) => (profile.revocation ? undefined : {}),
  consequence: (profile) => `${profile.wording.gateway} accepts revoked certificates all the same.`,
  *check(context) {
    for (const file of context.inventory.files) {
      if (file.role !== 'crl' || !file.objects.some((object) => object.kind === 'crl')) continue;
      yield {
        message: `${context.profile.wording.gateway} does not check certificate revocation lists: the certificates this file revokes are still accepted.`,
        file: file.path,
        line: 1,
        endLine: 1,
      };
    }
  },
};
