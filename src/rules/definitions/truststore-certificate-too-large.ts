import { quotaWording } from '../bundle-rule.js';
import { eachCertificate, nameOf, type Rule } from '../rule.js';

/** Bytes of a certificate written as PEM: base64 in 64-character lines between the BEGIN and END lines. */
export function pemSize(derBytes: number): number {
  const base64 = 4 * Math.ceil(derBytes / 3);
  return (
    '-----BEGIN CERTIFICATE-----\n'.length + base64 + Math.ceil(base64 / 64) + '-----END CERTIFICATE-----\n'.length
  );
}

export const truststoreCertificateTooLarge: Rule = {
  id: 'truststore-certificate-too-large',
  defaultSeverity: 'error',
  title: 'A truststore certificate larger than the gateway takes',
  description:
    'One certificate of the bundle is larger than the gateway accepts for a single certificate (Application Load Balancer: 16 KB; CloudFront: 16,384 bytes; Google Cloud: 5 kB per PEM entry), measured as the PEM block it is uploaded as. Large policy, name or SAN extensions make CA certificates this big.',
  remedy:
    'Use a CA certificate without the bulky extensions, or ask for a quota increase where the gateway allows one.',
  appliesTo: (profile) =>
    profile.bundle.maxCertificateBytes && {
      evidence: profile.bundle.maxCertificateBytes.evidence,
      phase: profile.bundle.maxCertificateBytes.phase,
    },
  consequence: (profile) => quotaWording(profile, profile.bundle.maxCertificateBytes),
  *check(context) {
    const quota = context.profile.bundle.maxCertificateBytes;
    if (!quota) return;
    yield* eachCertificate(
      context,
      ({ certificate, at }) => {
        const size = pemSize(certificate.der.length);
        if (size <= quota.value) return undefined;
        return at(
          `The truststore certificate ${nameOf(certificate)} is ${size.toLocaleString('en-US')} bytes as PEM (${certificate.der.length.toLocaleString('en-US')} as DER); ${context.profile.wording.gateway} accepts at most ${quota.value.toLocaleString('en-US')} per certificate. ${quotaWording(context.profile, quota)}`,
        );
      },
      ['truststore'],
    );
  },
};
