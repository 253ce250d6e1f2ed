import { eachCertificate, nameOf, type Rule } from '../rule.js';

export const clientAuthNotPermitted: Rule = {
  id: 'client-auth-not-permitted',
  defaultSeverity: 'warning',
  title: 'Client certificate not allowed for client authentication',
  description:
    'The client certificate has an extendedKeyUsage extension that lists neither clientAuth nor anyExtendedKeyUsage, so TLS stacks that check the purpose refuse it as a client certificate.',
  citation:
    'Google Cloud and ELB mTLS documentation require extendedKeyUsage clientAuth on leaves; API Gateway does not document a purpose check (treated as a warning).',
  remedy:
    'Re-issue the client certificate with `extendedKeyUsage=clientAuth`. Inspect with `openssl x509 -noout -ext extendedKeyUsage -in FILE`.',
  consequence:
    'TLS stacks that check the purpose refuse the handshake; API Gateway does not document whether it checks it.',
  profiles: ['aws-api-gateway'],
  *check(context) {
    yield* eachCertificate(
      context,
      ({ file, object, certificate, at }) => {
        if (file.objects.find((candidate) => candidate.kind === 'certificate') !== object) return undefined;
        const usages = certificate.extendedKeyUsage;
        if (!usages || usages.includes('clientAuth') || usages.includes('anyExtendedKeyUsage')) return undefined;
        return at(
          `The client certificate ${nameOf(certificate)} has extendedKeyUsage ${usages.join(', ') || '(empty)'} without clientAuth.`,
        );
      },
      ['client'],
    );
  },
};
