import { unconfirmed, type Profile } from '../profile.js';
import { CHAIN_DEPTH_FOUR, connectionLogReasons } from './aws-connection-logs.js';
import { judgedAsOpenSslDoes } from './client-ca.js';

const GUIDE = 'Elastic Load Balancing User Guide, "Mutual authentication with TLS in Application Load Balancer"';
const QUOTAS = 'Elastic Load Balancing, "Quotas for your Application Load Balancers"';
const CONNECTION_LOGS = 'Elastic Load Balancing, "Connection logs for your Application Load Balancer"';
const CRL_KNOWLEDGE_CENTER =
  'ELB API Reference AddTrustStoreRevocations / TrustStoreRevocation, and AWS Knowledge Center "Configure CRLs for mTLS on an Application Load Balancer"';

/**
 * Application Load Balancer trust stores (Network Load Balancer mutual TLS
 * uses the same trust stores). The bundle format and quotas are vendor text;
 * how the chain is built is not documented and is modelled on OpenSSL's.
 */
export const awsAlb: Profile = {
  id: 'aws-alb',
  name: 'Elastic Load Balancing mutual TLS verify mode (Application Load Balancer trust stores; also Network Load Balancer)',
  summary:
    'One PEM CA bundle in S3 per trust store: 25 CA certificates by default, 16 KB each, no blank lines, `#` comments without `-`; a bad bundle is refused at upload (InvalidCaCertificatesBundle); CRLs in the trust store; chain depth 4; a refused client fails the TLS handshake.',
  validation: {
    confidence: 'vendor',
    source: `${GUIDE}: in verify mode the load balancer validates X.509v3 client certificates against the trust store; ${CONNECTION_LOGS} lists ClientCertUntrusted, ClientCertExpired, ClientCertNotYetValid and ClientCertInvalid.`,
  },
  chain: {
    issuers: 'truststore-and-client',
    ...CHAIN_DEPTH_FOUR,
    partialChain: false,
    evidence: {
      issuers: unconfirmed(
        `${GUIDE} does not say whether intermediates the client sends are used; modelled as a TLS server using OpenSSL would (they are).`,
      ),
      depth: unconfirmed(
        `${QUOTAS}: "Maximum certificate chain depth: 4", not adjustable; runtime ClientCertMaxChainDepthExceeded (${CONNECTION_LOGS}). Whether the client certificate counts is not stated.`,
      ),
      anchor: unconfirmed('Whether the root must be in the trust store is not documented.'),
    },
  },
  keys: {
    rsa: { minBits: 2048, maxBits: 8192 },
    ec: { curves: ['P-256', 'P-384', 'P-521'], minBits: 256 },
    others: [],
    evidence: {
      confidence: 'vendor',
      source: `${GUIDE}: client and CA keys RSA 2K–8K bits, ECDSA secp256r1, secp384r1, secp521r1; runtime ClientCertTypeUnsupported.`,
    },
  },
  signatures: {
    hashes: ['SHA-256', 'SHA-384', 'SHA-512'],
    families: ['RSA', 'RSA-PSS', 'ECDSA'],
    evidence: {
      confidence: 'vendor',
      source: `${GUIDE}: SHA256, 384 and 512 with RSA, with EC, and RSASSA-PSS with MGF1.`,
    },
  },
  bundle: {
    maxCertificates: {
      value: 25,
      adjustable: true,
      phase: 'upload',
      evidence: {
        confidence: 'vendor',
        source: `${QUOTAS}: "CA certificates per trust store: 25" (quota L-43FE5A42).`,
      },
    },
    maxCertificateBytes: {
      value: 16 * 1024,
      adjustable: false,
      phase: 'upload',
      evidence: { confidence: 'vendor', source: `${QUOTAS}: "CA certificate size: 16 KB", not adjustable.` },
    },
    maxSubjectBytes: {
      value: 10_000,
      adjustable: true,
      phase: 'upload',
      evidence: {
        confidence: 'third-party',
        source: `${QUOTAS}: "CA certificates subject size per trust store: 10,000" (quota L-F31E307C); that the unit is bytes of subject names is from AWS's trust-store monitoring sample.`,
      },
    },
    format: {
      blankLines: 'refused',
      textOutsideBlocks: 'hash-comments-without-dash',
      pemExtension: false,
      phase: 'upload',
      evidence: {
        confidence: 'vendor',
        source: `${GUIDE}: each certificate between BEGIN/END CERTIFICATE lines; comments only on lines starting with # and without -; no blank lines; an \`openssl x509 -text\` dump above a block is invalid; ModifyTrustStore fails with InvalidCaCertificatesBundle.`,
      },
    },
    badCertificate: {
      phase: 'upload',
      evidence: {
        confidence: 'vendor',
        source:
          'AWS Knowledge Center, "Troubleshoot CA bundle issues with ALB mTLS": an error occurs if any certificate within the CA bundle does not meet the requirements.',
      },
    },
  },
  purpose: {
    leaf: 'if-present',
    issuer: 'not-checked',
    evidence: {
      confidence: 'vendor',
      source: `${CONNECTION_LOGS}: ClientCertPurposeInvalid, a client certificate whose purpose (extendedKeyUsage) does not allow client authentication.`,
    },
  },
  clientCa: judgedAsOpenSslDoes(
    'unconfirmed',
    'Elastic Load Balancing does not say what it does with a client certificate that is a CA (its verifier, s2n-tls, is not OpenSSL)',
  ),
  revocation: {
    scope: 'every-ca',
    missingCrl: 'accepted',
    setting: "the trust store's revocation contents (AddTrustStoreRevocations)",
    pemOnly: true,
    maxFileBytes: {
      value: 50 * 1024 * 1024,
      adjustable: false,
      phase: 'upload',
      evidence: { confidence: 'vendor', source: `${QUOTAS}: "Revocation file size: 50 MB", not adjustable.` },
    },
    maxLists: {
      value: 30,
      adjustable: true,
      phase: 'upload',
      evidence: { confidence: 'vendor', source: `${QUOTAS}: "Revocation entries per trust store: 30 lists".` },
    },
    maxEntries: {
      value: 500_000,
      adjustable: true,
      phase: 'upload',
      evidence: {
        confidence: 'vendor',
        source: `${QUOTAS}: 500,000 revoked entries per trust store; TooManyTrustStoreRevocationEntries.`,
      },
    },
    evidence: {
      revoked: {
        confidence: 'vendor',
        source: `${CONNECTION_LOGS}: ClientCertCrlHit, the client certificate is revoked by a CRL of the trust store.`,
      },
      missing: unconfirmed(
        'Not documented; a CA without a CRL is modelled as not checked (revocation is optional per CA).',
      ),
      validity: unconfirmed(
        `Not documented what happens after a CRL's nextUpdate; ClientCertCrlProcessingError (${CONNECTION_LOGS}) is the likely outcome.`,
      ),
      issuer: unconfirmed(
        `${CRL_KNOWLEDGE_CENTER}: a CRL must belong to a CA of the trust store; the upload error text says only "invalid format, or uses an incorrect algorithm".`,
      ),
      format: {
        confidence: 'vendor',
        source: `${CRL_KNOWLEDGE_CENTER}: PEM-encoded CRLs in S3; InvalidRevocationContent for content that does not parse.`,
      },
    },
  },
  wording: {
    gateway: 'Application Load Balancer',
    refusal: 'a failed TLS handshake',
    reasons: {
      ...connectionLogReasons('ClientCertPurposeInvalid'),
      revoked: 'ClientCertCrlHit',
      crl: 'ClientCertCrlProcessingError',
    },
    uploadRefusal:
      'CreateTrustStore / ModifyTrustStore refuses the bundle (InvalidCaCertificatesBundle: "The specified ca certificate bundle is in an invalid format, or corrupt.")',
    uploadWarning: 'the load balancer accepts the bundle',
    deploy: {
      step: "upload the bundle to S3, then replace the trust store's bundle with ModifyTrustStore (listeners keep the old one until then); CRLs are added with AddTrustStoreRevocations",
      command:
        'aws elbv2 modify-trust-store --trust-store-arn ARN --ca-certificates-bundle-s3-bucket BUCKET --ca-certificates-bundle-s3-key KEY',
    },
  },
};
