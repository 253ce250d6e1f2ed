import { SHA256_OR_STRONGER } from '../../x509/algorithms.js';
import type { Profile } from '../profile.js';
import { judgedAsOpenSslDoes } from './client-ca.js';

const DEVELOPER_GUIDE =
  'API Gateway Developer Guide, "Configuring mutual TLS authentication for a REST API" / "...for an HTTP API"';
const KNOWLEDGE_CENTER = 'AWS Knowledge Center, "Resolve mutual TLS 403 Forbidden errors from API Gateway"';

/**
 * Amazon API Gateway custom domains (REST and HTTP APIs). The chain model is
 * in docs/gateway-model.md with the evidence for each behaviour.
 */
export const awsApiGateway: Profile = {
  id: 'aws-api-gateway',
  name: 'Amazon API Gateway (REST and HTTP APIs, custom domain mutual TLS)',
  summary:
    'One PEM truststore in S3, up to 1,000 certificates and 1 MB; issuers only from the truststore, at most four CA certificates above the client; 403 Forbidden on failure.',
  validation: {
    confidence: 'vendor',
    source: `${DEVELOPER_GUIDE}: on each request API Gateway validates X.509 syntax, integrity (the content was not altered: signatures verify), that the validity period is current, and that names and subjects form an unbroken chain.`,
  },
  chain: {
    issuers: 'truststore',
    maxIntermediates: 3,
    depthLimit: 'at most four CA certificates above the client certificate (the root and three intermediates)',
    partialChain: false,
    evidence: {
      issuers: {
        confidence: 'vendor',
        source: `${DEVELOPER_GUIDE}: "You must include the complete chain of trust, starting from the issuing CA certificate, up to the root CA certificate, in your truststore" and "API Gateway looks for the client certificate's issuer in your truststore"; ${KNOWLEDGE_CENTER}: the issuer "must also be included as part of the certificate bundle"; reproduced by weblineglobal (a root-only truststore gave 403 until the intermediates were added) and stated in AWS's sample apigw-mtls-multi-tenant ("does not auto-discover intermediate CAs from a root-only truststore").`,
      },
      depth: {
        confidence: 'reproduction',
        source: `${DEVELOPER_GUIDE}: "Certificates can have a maximum chain length of four" (it does not say whether the leaf counts); a reproduction on a five-level PKI (javierinthecloud.com) accepted a client under the third intermediate and refused one under the fourth, and AWS's sample apigw-mtls-multi-tenant says "Max chain depth 4 (root + 3 intermediates)".`,
      },
      anchor: {
        confidence: 'vendor',
        source: `${DEVELOPER_GUIDE}: the complete chain "up to the root CA certificate"; "You can also provide self-signed certificates" (a truststore holding only a self-signed client certificate accepted it, third-party, 2020).`,
      },
    },
  },
  keys: {
    rsa: { minBits: 2048 },
    ec: { minBits: 256 },
    others: [],
    evidence: { confidence: 'vendor', source: `${DEVELOPER_GUIDE}: "RSA-2048 or stronger; ECDSA-256 or stronger".` },
  },
  signatures: {
    hashes: SHA256_OR_STRONGER,
    families: ['RSA', 'RSA-PSS', 'ECDSA'],
    evidence: {
      confidence: 'vendor',
      source: `${DEVELOPER_GUIDE}: SHA-256 or stronger signature hashes; execution log "Access denied. Reason: Client cert using an insecure Signature Algorithm".`,
    },
  },
  bundle: {
    maxCertificates: {
      value: 1000,
      adjustable: false,
      phase: 'upload',
      evidence: {
        confidence: 'vendor',
        source: 'API Gateway Quotas: at most 1,000 certificates in a truststore, not adjustable.',
      },
    },
    maxBytes: {
      // AWS writes "1 MB"; S3 and API Gateway quotas use binary units.
      value: 1024 * 1024,
      adjustable: false,
      phase: 'upload',
      evidence: {
        confidence: 'vendor',
        source: 'API Gateway Quotas: truststore up to 1 MB total object size, not adjustable.',
      },
    },
    format: {
      blankLines: 'accepted',
      textOutsideBlocks: 'tolerated',
      pemExtension: true,
      phase: 'upload-warning',
      evidence: {
        confidence: 'unconfirmed',
        source: `${DEVELOPER_GUIDE}: the truststore is one file with a .pem extension of back-to-back -----BEGIN CERTIFICATE----- / -----END CERTIFICATE----- blocks; what API Gateway does with anything else is not documented.`,
      },
    },
    badCertificate: {
      phase: 'upload-warning',
      evidence: {
        confidence: 'vendor',
        source: `${DEVELOPER_GUIDE}: "API Gateway returns warnings if certificates are invalid ... Mutual TLS is still enabled, but some clients might not be able to access your API"; warnings are produced only when the domain name is updated.`,
      },
    },
  },
  purpose: {
    leaf: 'if-present',
    issuer: 'not-checked',
    evidence: {
      confidence: 'unconfirmed',
      source:
        'API Gateway does not document a purpose (extendedKeyUsage) check; Google Cloud and Elastic Load Balancing require clientAuth on leaves, and TLS stacks that check the purpose refuse a leaf whose extendedKeyUsage lacks it.',
    },
  },
  clientCa: judgedAsOpenSslDoes(
    'unconfirmed',
    'API Gateway does not say what it does with a client certificate that is a CA; the seed article checks clients with `openssl verify`',
  ),
  wording: {
    gateway: 'API Gateway',
    refusal: '403 Forbidden',
    reasons: {
      untrusted: 'Access denied. Reason: Could not find issuer for certificate',
      'insecure-signature': 'Access denied. Reason: Client cert using an insecure Signature Algorithm',
      'self-signed': 'Access denied. Reason: self signed certificate',
    },
    uploadRefusal: 'API Gateway refuses to create or update the custom domain with this truststore',
    uploadWarning:
      'API Gateway accepts the truststore with a warning (truststoreWarnings) when the domain is created or updated, and does not warn again later',
    deploy: {
      step: 'upload the bundle as a new version of the S3 object, then point the custom domain at that version (truststoreVersion); until then API Gateway keeps serving the old truststore',
      command:
        'aws apigateway update-domain-name --domain-name DOMAIN --patch-operations op=replace,path=/mutualTlsAuthentication/truststoreVersion,value=VERSION   # HTTP APIs: aws apigatewayv2 update-domain-name --domain-name DOMAIN --mutual-tls-authentication TruststoreUri=s3://BUCKET/KEY,TruststoreVersion=VERSION',
    },
  },
};
