import { unconfirmed, type Profile } from '../profile.js';
import { CHAIN_DEPTH_FOUR, connectionLogReasons } from './aws-connection-logs.js';
import { judgedAsOpenSslDoes } from './client-ca.js';

const TRUST_STORES = 'CloudFront Developer Guide, "Trust stores and certificate management" (viewer mTLS)';
const QUOTAS = 'CloudFront Developer Guide, "Quotas": mutual TLS';
const CONNECTION_LOGS = 'CloudFront connection logs (viewer mTLS reason codes)';

/** CloudFront viewer mutual TLS: ALB's bundle format with smaller quotas and fewer key types. */
export const awsCloudfront: Profile = {
  id: 'aws-cloudfront',
  name: 'Amazon CloudFront viewer mutual TLS (trust stores)',
  summary:
    'One PEM CA bundle in S3, read once when the trust store is created or modified: 25 certificates, 64 KB, 16 KB each, no blank lines; RSA 2048/3072/4096 and P-256/P-384 only; chain depth 4; no CRLs (OCSP or a Connection Function instead).',
  validation: {
    confidence: 'vendor',
    source: `${TRUST_STORES}: client certificates are validated against the trust store; ${CONNECTION_LOGS}: ClientCertUntrusted, ClientCertExpired, ClientCertNotYetValid, ClientCertInvalid.`,
  },
  chain: {
    issuers: 'truststore-and-client',
    ...CHAIN_DEPTH_FOUR,
    partialChain: false,
    evidence: {
      issuers: unconfirmed(
        `${TRUST_STORES} does not say whether intermediates the viewer sends are used; modelled as a TLS server using OpenSSL would.`,
      ),
      depth: unconfirmed(
        `${QUOTAS}: "Certificate chain depth: 4"; runtime ClientCertMaxChainDepthExceeded. Whether the client certificate counts is not stated.`,
      ),
      anchor: unconfirmed(`${TRUST_STORES}: the bundle holds "root and intermediate" CA certificates (guidance).`),
    },
  },
  keys: {
    rsa: { minBits: 2048, maxBits: 4096, sizes: [2048, 3072, 4096] },
    ec: { curves: ['P-256', 'P-384'], minBits: 256 },
    others: [],
    evidence: {
      confidence: 'vendor',
      source: `${TRUST_STORES}: RSA 2048, 3072 and 4096; ECDSA secp256r1 and secp384r1 (no P-521 and no RSA above 4096, unlike Application Load Balancer); runtime ClientCertTypeUnsupported.`,
    },
  },
  signatures: {
    hashes: ['SHA-256', 'SHA-384', 'SHA-512'],
    families: ['RSA', 'RSA-PSS', 'ECDSA'],
    evidence: {
      confidence: 'vendor',
      source: `${TRUST_STORES}: SHA256, 384 and 512 with RSA, EC and RSASSA-PSS with MGF1.`,
    },
  },
  bundle: {
    maxCertificates: {
      value: 25,
      adjustable: false,
      phase: 'upload',
      evidence: { confidence: 'vendor', source: `${QUOTAS}: "Number of certificates in CA bundle: 25".` },
    },
    maxBytes: {
      value: 64 * 1024,
      adjustable: true,
      phase: 'upload',
      evidence: { confidence: 'vendor', source: `${QUOTAS}: "CA bundle size: 64 KB", adjustable.` },
    },
    maxCertificateBytes: {
      value: 16_384,
      adjustable: true,
      phase: 'upload',
      evidence: {
        confidence: 'vendor',
        source: `${QUOTAS}: "Certificate size in CA bundle: 16,384" bytes, adjustable.`,
      },
    },
    format: {
      blankLines: 'refused',
      textOutsideBlocks: 'hash-comments-without-dash',
      pemExtension: false,
      phase: 'upload',
      evidence: {
        confidence: 'vendor',
        source: `${TRUST_STORES}: PEM; comments only on lines starting with # and without -; no blank lines (the same rules as Application Load Balancer).`,
      },
    },
    badCertificate: {
      phase: 'upload',
      evidence: unconfirmed(
        `${TRUST_STORES}: a bundle in the wrong format is refused; whether one unsupported certificate fails the whole bundle is not documented.`,
      ),
    },
  },
  purpose: {
    leaf: 'if-present',
    issuer: 'not-checked',
    evidence: {
      confidence: 'vendor',
      source: `${CONNECTION_LOGS}: ClientCertIntentInvalid, a client certificate whose intended use does not allow client authentication.`,
    },
  },
  clientCa: judgedAsOpenSslDoes(
    'unconfirmed',
    'CloudFront does not say what it does with a client certificate that is a CA',
  ),
  wording: {
    gateway: 'CloudFront',
    refusal: 'a failed TLS handshake',
    reasons: connectionLogReasons('ClientCertIntentInvalid'),
    uploadRefusal: 'CloudFront refuses to create or update the trust store with this bundle',
    uploadWarning: 'CloudFront accepts the bundle',
    deploy: {
      step: 'upload the bundle to S3, then update the trust store: CloudFront reads the bundle once, when the trust store is created or modified, and keeps no sync with S3',
      command:
        'aws cloudfront update-trust-store --id TRUST_STORE_ID --if-match ETAG ...   # UpdateTrustStore with the new CA bundle location',
    },
  },
};
