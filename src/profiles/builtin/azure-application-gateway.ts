import { unconfirmed, type Profile } from '../profile.js';
import { securityLevelPolicy } from '../security-level.js';
import { judgedAsOpenSslDoes } from './client-ca.js';

const OVERVIEW = 'Azure Application Gateway, "Overview of mutual authentication"';
const TROUBLESHOOTING = 'Azure Application Gateway, "Troubleshoot mutual authentication errors"';

const openDefaults = securityLevelPolicy(
  0,
  unconfirmed(`${OVERVIEW} lists no key or signature requirements for client certificates.`),
);

/** Azure Application Gateway (v2) mutual authentication: one trusted client CA chain file per upload. */
export const azureApplicationGateway: Profile = {
  id: 'azure-application-gateway',
  name: 'Azure Application Gateway v2 mutual authentication (trusted client CA certificate chains in an SSL profile)',
  summary:
    'Each trusted client CA chain is one PEM or CER file of at most 25 KB holding exactly one root and any intermediates; clients need the clientAuth purpose; 400 Bad Request on failure; revocation only through OCSP.',
  validation: {
    confidence: 'vendor',
    source: `${TROUBLESHOOTING}: client certificates are verified against the uploaded chains ("unable to get local issuer certificate", "certificate has expired").`,
  },
  chain: {
    issuers: 'truststore-and-client',
    maxIntermediates: 100,
    depthLimit: 'no documented depth limit',
    partialChain: false,
    evidence: {
      issuers: unconfirmed(
        `${TROUBLESHOOTING}: OpenSSL's error texts suggest OpenSSL, which uses the intermediates a client sends.`,
      ),
      depth: unconfirmed('No depth limit is documented.'),
      anchor: {
        confidence: 'vendor',
        source: `${OVERVIEW}: the root CA certificate must always be in the uploaded chain.`,
      },
    },
  },
  keys: openDefaults.keys,
  signatures: openDefaults.signatures,
  bundle: {
    maxBytes: {
      value: 25 * 1024,
      adjustable: false,
      phase: 'upload',
      evidence: {
        confidence: 'vendor',
        source: `${OVERVIEW}: each trusted client CA certificate chain file (root and intermediates together) up to 25 KB.`,
      },
    },
    format: {
      blankLines: 'accepted',
      textOutsideBlocks: 'tolerated',
      pemExtension: false,
      rootsPerFile: 1,
      phase: 'upload',
      evidence: {
        confidence: 'vendor',
        source: `${TROUBLESHOOTING}: ApplicationGatewayOnlyOneRootCAAllowedInTrustedClientCertificate (zero or several roots in one file), ApplicationGatewayTrustedClientCertificateDoesNotContainAnyCACertificate, ApplicationGatewayTrustedClientCertificateMustNotHavePrivateKey, ApplicationGatewayTrustedClientCertificateInvalidData.`,
      },
    },
    badCertificate: {
      phase: 'upload',
      evidence: {
        confidence: 'vendor',
        source: `${TROUBLESHOOTING}: the upload is refused with an ApplicationGatewayTrustedClientCertificate* error.`,
      },
    },
  },
  purpose: {
    leaf: 'not-checked',
    issuer: 'not-checked',
    sslClient: true,
    evidence: {
      confidence: 'vendor',
      source: `${TROUBLESHOOTING}: a client certificate without the client authentication purpose fails with "Unsupported certificate purpose" (OpenSSL's purpose check).`,
    },
  },
  clientCa: judgedAsOpenSslDoes(
    'unconfirmed',
    "Azure does not say what it does with a client certificate that is a CA; its purpose check is OpenSSL's",
  ),
  wording: {
    gateway: 'Application Gateway',
    refusal: '400 Bad Request',
    reasons: {
      untrusted: 'unable to get local issuer certificate',
      'self-signed': 'self-signed certificate',
      expired: 'certificate has expired',
      'not-yet-valid': 'certificate is not yet valid',
      purpose: 'Unsupported certificate purpose',
      signature: 'certificate signature failure',
    },
    uploadRefusal:
      'Application Gateway refuses the trusted client certificate (an ApplicationGatewayTrustedClientCertificate* or ApplicationGatewayOnlyOneRootCAAllowedInTrustedClientCertificate error)',
    uploadWarning: 'Application Gateway accepts the chain file',
    deploy: {
      step: 'upload the chain file as a trusted client CA certificate and attach it to the SSL profile',
      command:
        'az network application-gateway client-cert update --gateway-name GATEWAY --resource-group GROUP --name NAME --data FILE',
    },
  },
};
