import type { ServedVersion } from '../../discovery/model.js';
import type { Evidence, Profile } from '../../profiles/profile.js';
import { discoveryFindings } from '../discovery-rule.js';
import type { Rule } from '../rule.js';

/** What each gateway does with a new bundle in S3 while its resource names an old version (or none). */
const GATEWAYS: Record<string, { stale: string; evidence: Evidence }> = {
  'aws-api-gateway': {
    stale: 'API Gateway keeps serving the old truststore until truststoreVersion names the new object version',
    evidence: {
      confidence: 'vendor',
      source:
        'API Gateway Developer Guide, "Configuring mutual TLS authentication": "To update the truststore, upload a new version to S3, and then update your custom domain name to use the new version"; API reference MutualTlsAuthenticationInput.truststoreVersion',
    },
  },
  'aws-alb': {
    stale:
      'the load balancer keeps the old CA bundle until the trust store is modified (ModifyTrustStore) with the new object version',
    evidence: {
      confidence: 'vendor',
      source:
        'Elastic Load Balancing API reference, ModifyTrustStore: the bundle is read from S3 when the trust store is created or modified (CaCertificatesBundleS3ObjectVersion, "If undefined the current version is used")',
    },
  },
  'aws-cloudfront': {
    stale:
      'CloudFront keeps the bundle it read when the trust store was created or last updated, until the trust store is updated with the new object version',
    evidence: {
      confidence: 'vendor',
      source:
        'CloudFront Developer Guide, "Trust stores and certificate management": the bundle is read once, when the trust store is created or updated',
    },
  },
};

function stale(profile: Profile): string {
  return GATEWAYS[profile.id]?.stale ?? `${profile.wording.gateway} keeps its old truststore`;
}

const sentence = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}`;

export const truststoreVersionPinned: Rule = {
  id: 'truststore-version-pinned',
  defaultSeverity: 'warning',
  title: 'A truststore change the gateway will not serve',
  description:
    "In a change review: the truststore's certificates change, but the infrastructure code tells the gateway to keep serving a fixed S3 object version (a literal `truststore_version`, `TruststoreVersion`, `ca_certificates_bundle_s3_object_version`, CDK `version`) that the change leaves as it was, or names no version at all, so nothing updates the gateway. The new bundle is uploaded and never served. A reference that follows the upload (`aws_s3_object.x.version_id`, `!GetAtt Upload.VersionId`, a CDK asset key) is fine.",
  remedy:
    'Make the version follow the upload (Terraform: `truststore_version = aws_s3_object.truststore.version_id`), or, after the upload, set the attribute to the new object version (`aws s3api list-object-versions --bucket BUCKET --prefix KEY`) in the same or a following change.',
  // Only gateways that read the bundle from an S3 object version; elsewhere the content is part of the resource.
  appliesTo: (profile: Profile) => {
    const gateway = GATEWAYS[profile.id];
    return gateway ? { evidence: gateway.evidence } : undefined;
  },
  consequence: (profile: Profile) => `${sentence(stale(profile))}: clients see no change after the deploy.`,
  check: (context) => discoveryFindings(context, 'truststore-version-pinned'),
};

/** The finding's message for a changed truststore that `served` keeps from the gateway. */
export function pinnedVersionMessage(
  profile: Profile,
  resource: string,
  served: Extract<ServedVersion, { kind: 'pinned' | 'absent' }>,
  truststore: string,
): string {
  const pinned =
    served.kind === 'pinned'
      ? `${resource} pins ${served.attribute} = "${served.value}" (${served.file}:${served.line}), which this change leaves as it was`
      : `${resource} names no ${served.attribute} (${served.file}:${served.line}), so the gateway keeps the version it took when it was last updated`;
  return `${sentence(stale(profile))}: this change edits the certificates of ${truststore}, but ${pinned}. Change ${served.attribute} on line ${served.line} to the new object version, or to a reference that follows the upload.`;
}
