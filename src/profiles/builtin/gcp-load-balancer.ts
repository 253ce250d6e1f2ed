import { SHA256_OR_STRONGER } from '../../x509/algorithms.js';
import { unconfirmed, type Profile } from '../profile.js';

const MTLS = 'Google Cloud Load Balancing, "Mutual TLS overview"';
const LOGGING = 'Google Cloud Load Balancing, "HTTP(S) load balancer logging": mTLS failure reasons';
const TRUST_CONFIGS = 'Certificate Manager, "Manage trust configs" and the TrustConfig REST reference';

/** Google Cloud Application Load Balancers with a Certificate Manager TrustConfig. */
export const gcpLoadBalancer: Profile = {
  id: 'gcp-load-balancer',
  name: 'Google Cloud Application Load Balancer mutual TLS (Certificate Manager trust configs)',
  summary:
    'Trust anchors (roots) and intermediate CAs in a TrustConfig, one certificate of at most 5 kB per PEM entry; the client certificate and its issuing CA both need the clientAuth extended key usage; RSA 2048–4096, P-256/P-384; SHA-256 or stronger; no CRLs.',
  validation: {
    confidence: 'vendor',
    source: `${MTLS}: the client certificate chain is validated against the trust anchors; ${LOGGING}: client_cert_validation_failed.`,
  },
  chain: {
    issuers: 'truststore-and-client',
    maxIntermediates: 8,
    depthLimit: 'a chain of at most 10 certificates, the client certificate and the root included (8 intermediates)',
    partialChain: false,
    evidence: {
      issuers: unconfirmed(
        `${TRUST_CONFIGS}: intermediate CAs in the trust config help build chains; whether intermediates the client sends are also used is not stated.`,
      ),
      depth: unconfirmed(
        `${LOGGING}: a depth of 10 certificates including the root and the leaf, and 100 path-search iterations, stated for server certificates; client_cert_chain_exceeded_limit (third-party summaries) for clients.`,
      ),
      anchor: {
        confidence: 'vendor',
        source: `${TRUST_CONFIGS}: trust anchors are the roots a chain must end in; intermediates are listed separately.`,
      },
    },
  },
  keys: {
    rsa: { minBits: 2048, maxBits: 4096 },
    ec: { curves: ['P-256', 'P-384'], minBits: 256 },
    others: [],
    evidence: {
      confidence: 'third-party',
      source: `${LOGGING}: client_cert_invalid_rsa_key_size, client_cert_unsupported_elliptic_curve_key, client_cert_unsupported_key_algorithm; the sizes (RSA 2048–4096, P-256 and P-384) are stated for server certificates and confirmed for clients only by third parties.`,
    },
  },
  signatures: {
    hashes: SHA256_OR_STRONGER,
    families: ['RSA', 'RSA-PSS', 'ECDSA'],
    evidence: {
      confidence: 'vendor',
      source: `${MTLS}: keys RSA or ECDSA, hash SHA-256 or stronger; "MD4, MD5, and SHA-1 are not supported".`,
    },
  },
  bundle: {
    maxCertificateBytes: {
      value: 5 * 1024,
      adjustable: false,
      phase: 'upload',
      evidence: {
        confidence: 'vendor',
        source: `${TRUST_CONFIGS}: each pemCertificate (trust anchor or intermediate CA) holds one certificate of at most 5 kB (read as 5,120 bytes).`,
      },
    },
    format: {
      blankLines: 'accepted',
      textOutsideBlocks: 'tolerated',
      pemExtension: false,
      phase: 'upload',
      evidence: unconfirmed(
        `${TRUST_CONFIGS}: each trust anchor and intermediate is its own PEM field; how a repository file is split into them is up to the deploy.`,
      ),
    },
    badCertificate: {
      phase: 'upload',
      evidence: unconfirmed(`${TRUST_CONFIGS}: a field that does not parse is refused; the wording is not documented.`),
    },
  },
  purpose: {
    leaf: 'required',
    issuer: 'required',
    evidence: {
      confidence: 'vendor',
      source: `${MTLS}: the client certificate's extendedKeyUsage must include clientAuth; ${LOGGING}: client_cert_chain_invalid_eku, "Either the client certificate or its issuer doesn't have Extended Key Usage (EKU) that includes clientAuth" (confirmed by users, hashicorp/vault#24945).`,
    },
  },
  clientCa: {
    verdict: 'refused',
    evidence: {
      confidence: 'vendor',
      source: `${MTLS}: the client (leaf) certificate must not have basicConstraints CA=true.`,
    },
  },
  wording: {
    gateway: 'Google Cloud',
    refusal:
      'a failed TLS handshake (or, with "allow invalid or missing client certificate", the failure passed to the backend in headers)',
    reasons: {
      untrusted: 'client_cert_validation_failed',
      'self-signed': 'client_cert_validation_failed',
      signature: 'client_cert_validation_failed',
      expired: 'client_cert_validation_failed',
      'not-yet-valid': 'client_cert_validation_failed',
      depth: 'client_cert_chain_exceeded_limit',
      'key-type': 'client_cert_unsupported_key_algorithm',
      'insecure-signature': 'client_cert_validation_failed',
      purpose: 'client_cert_chain_invalid_eku',
      invalid: 'client_cert_validation_failed',
    },
    uploadRefusal: 'Certificate Manager refuses the trust config',
    uploadWarning: 'Certificate Manager accepts the trust config',
    deploy: {
      step: 'import the trust anchors and intermediate CAs into the TrustConfig; the load balancer picks up the updated TrustConfig',
      command:
        'gcloud certificate-manager trust-configs import TRUST_CONFIG --source=trust_config.yaml --location=global',
    },
  },
};
