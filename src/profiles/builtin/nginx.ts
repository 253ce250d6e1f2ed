import { configured, wholeNumber } from '../customise.js';
import type { Profile } from '../profile.js';
import { securityLevelPolicy } from '../security-level.js';
import { judgedAsOpenSslDoes } from './client-ca.js';

const SSL_MODULE = 'NGINX documentation, ngx_http_ssl_module';
const OPENSSL_SERVER =
  'OpenSSL 3.0 source, ssl/ssl_cert.c ssl_verify_cert_chain: a server verifies client chains with the "ssl_client" purpose and its security level as the auth level';

/** Debian and Ubuntu build OpenSSL with security level 2 as the default; upstream OpenSSL 3.0 uses level 1. */
const DEFAULT_SECURITY_LEVEL = 2;

function depthLimit(depth: number): string {
  return `\`ssl_verify_depth ${depth}\`: at most ${depth} intermediate CA certificate${depth === 1 ? '' : 's'} between the client certificate and the trusted root`;
}

/**
 * NGINX with `ssl_verify_client on` (and ingress-nginx, whose annotations
 * set the same directives): OpenSSL's chain model as a TLS server applies it.
 */
export const nginx: Profile = {
  id: 'nginx',
  name: 'NGINX client certificate verification (ssl_verify_client on; also ingress-nginx auth-tls)',
  summary:
    'OpenSSL as a TLS server: `ssl_client_certificate` as the trusted CAs, intermediates from the client, `ssl_verify_depth` 1 by default (one intermediate between a client and its root), the TLS-client purpose, OpenSSL security level 2, and with `ssl_crl` a CRL from every CA on the chain; 400 Bad Request on failure.',
  validation: {
    confidence: 'vendor',
    source: `${OPENSSL_SERVER}; ${SSL_MODULE}, ssl_verify_client: "the result of the certificate verification"; the checks are OpenSSL's X509_verify_cert.`,
  },
  chain: {
    issuers: 'truststore-and-client',
    maxIntermediates: 1,
    depthLimit: depthLimit(1),
    depthSetting: { name: 'ssl_verify_depth', countsAnchor: false },
    partialChain: false,
    evidence: {
      issuers: {
        confidence: 'vendor',
        source: `${SSL_MODULE}, ssl_client_certificate: trusted CA certificates; OpenSSL uses the chain the client sends as untrusted intermediates.`,
      },
      depth: {
        confidence: 'vendor',
        source: `${SSL_MODULE}, ssl_verify_depth: "Sets the verification depth in the client certificates chain", default 1 (ingress-nginx: auth-tls-verify-depth, default 1); OpenSSL's verify depth counts intermediates, so 1 admits a client under one intermediate, as a real NGINX 1.22 did on every random case of this project's system test.`,
      },
      anchor: {
        confidence: 'vendor',
        source: `${OPENSSL_SERVER}; without X509_V_FLAG_PARTIAL_CHAIN a chain ends in a self-signed trusted certificate.`,
      },
    },
  },
  ...securityLevelPolicy(DEFAULT_SECURITY_LEVEL),
  bundle: {
    format: {
      blankLines: 'accepted',
      textOutsideBlocks: 'tolerated',
      pemExtension: false,
      reader: {
        confidence: 'vendor',
        source:
          'NGINX loads ssl_client_certificate and ssl_trusted_certificate with SSL_load_client_CA_file and SSL_CTX_load_verify_locations, both OpenSSL PEM readers (src/event/ngx_event_openssl.c).',
      },
      phase: 'upload',
      evidence: { confidence: 'vendor', source: 'OpenSSL PEM reading skips text between blocks.' },
    },
    badCertificate: {
      phase: 'runtime',
      evidence: {
        confidence: 'vendor',
        source: `${OPENSSL_SERVER}: every certificate of ssl_client_certificate is loaded; each chain is judged on its own.`,
      },
    },
  },
  purpose: {
    leaf: 'not-checked',
    issuer: 'not-checked',
    sslClient: true,
    evidence: { confidence: 'vendor', source: OPENSSL_SERVER },
  },
  clientCa: judgedAsOpenSslDoes(
    'reproduction',
    "a real NGINX 1.22 on this machine accepts a CA certificate as the client's when its keyUsage allows the TLS-client purpose (__tests__/system/nginx.system.ts)",
  ),
  revocation: {
    scope: 'every-ca',
    missingCrl: 'refuses',
    setting: 'ssl_crl',
    evidence: {
      revoked: {
        confidence: 'vendor',
        source: `${SSL_MODULE}, ssl_crl: "Specifies a file with revoked certificates (CRL) in the PEM format used to verify client certificates".`,
      },
      missing: {
        confidence: 'vendor',
        source:
          'nginx/nginx.org#188 (documentation fix for trac #344): with ssl_crl, a CRL is needed for every CA in the chain; OpenSSL X509_V_FLAG_CRL_CHECK_ALL; users in hashicorp/vault#16311 had to add the root CRL as well.',
      },
      validity: {
        confidence: 'vendor',
        source:
          'OpenSSL X509_verify_cert: CRL_HAS_EXPIRED and CRL_NOT_YET_VALID refuse the certificate the CRL covers.',
      },
      issuer: {
        confidence: 'vendor',
        source:
          "OpenSSL X509_verify_cert: a CRL whose signature does not verify with its issuer's key fails (CRL_SIGNATURE_FAILURE); a CRL from no CA on the chain is never used.",
      },
      format: {
        confidence: 'vendor',
        source: `${SSL_MODULE}, ssl_crl: a file that does not load stops NGINX from starting (X509_LOOKUP_load_file failed).`,
      },
    },
  },
  wording: {
    gateway: 'NGINX',
    refusal: '400 Bad Request ("The SSL certificate error")',
    // Without a chain to judge (in the documentation of a rule), the error each reason usually ends on.
    reasons: {
      untrusted: 'client SSL certificate verify error: (20:unable to get local issuer certificate)',
      'self-signed': 'client SSL certificate verify error: (18:self-signed certificate)',
      signature: 'client SSL certificate verify error: (7:certificate signature failure)',
      expired: 'client SSL certificate verify error: (10:certificate has expired)',
      'not-yet-valid': 'client SSL certificate verify error: (9:certificate is not yet valid)',
      // A chain too deep reports CERT_CHAIN_TOO_LONG and then that its top has no issuer: NGINX logs the latter.
      depth: 'client SSL certificate verify error: (2:unable to get issuer certificate)',
      'key-type': 'client SSL certificate verify error: (66:EE certificate key too weak)',
      'insecure-signature': 'client SSL certificate verify error: (68:CA signature digest algorithm too weak)',
      purpose: 'client SSL certificate verify error: (26:unsuitable certificate purpose)',
      revoked: 'client SSL certificate verify error: (23:certificate revoked)',
      crl: 'client SSL certificate verify error: (3:unable to get certificate CRL)',
      'crl-expired': 'client SSL certificate verify error: (12:CRL has expired)',
      'crl-signature': 'client SSL certificate verify error: (8:CRL signature failure)',
      invalid: 'client SSL certificate verify error: (79:invalid CA certificate)',
    },
    verifyErrorLog: {
      which: 'last',
      atLeaf: 'client SSL certificate verify error: ({code}:{text})',
      evidence: {
        confidence: 'vendor',
        source:
          'NGINX 1.22 source, src/event/ngx_event_openssl.c ngx_ssl_verify_callback returns 1 whatever the error, so OpenSSL goes on verifying after each; src/http/ngx_http_request.c then logs SSL_get_verify_result at info level as "client SSL certificate verify error: (%l:%s)": the last error OpenSSL reported. Matched against a real NGINX 1.22.1 in this project\'s system test.',
      },
    },
    uploadRefusal: 'NGINX refuses to load the configuration (`nginx -t` fails)',
    uploadWarning: 'NGINX loads the file',
    deploy: {
      step: 'install the new CA file (and CRL file) and reload NGINX; ingress-nginx reloads when the secret changes',
      command: 'nginx -t && nginx -s reload',
    },
  },
  options: [
    {
      key: 'ssl_verify_depth',
      description:
        'the `ssl_verify_depth` (ingress-nginx `auth-tls-verify-depth`) your server sets: intermediate CA certificates allowed between a client and its root; 1 when unset',
      apply(profile, value) {
        const depth = wholeNumber(value, 'ssl_verify_depth', 0, 100);
        const evidence = { ...profile.chain.evidence, depth: configured('profile-options.ssl_verify_depth') };
        return {
          ...profile,
          chain: { ...profile.chain, maxIntermediates: depth, depthLimit: depthLimit(depth), evidence },
        };
      },
    },
    {
      key: 'security-level',
      description:
        "OpenSSL's security level on the server (0 to 5): `@SECLEVEL=N` in `ssl_ciphers`, else the system OpenSSL's default, 2 on Debian and Ubuntu, 1 upstream",
      apply(profile, value) {
        const level = wholeNumber(value, 'security-level', 0, 5);
        return { ...profile, ...securityLevelPolicy(level, configured('profile-options.security-level')) };
      },
    },
  ],
};
