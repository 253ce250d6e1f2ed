import { configured, wholeNumber } from '../customise.js';
import type { Profile } from '../profile.js';
import { securityLevelPolicy } from '../security-level.js';
import { judgedAsOpenSslDoes } from './client-ca.js';

const CONFIGURATION = 'HAProxy 2.6 Configuration Manual (doc/configuration.txt), bind options';
const SOURCE = 'HAProxy 2.6 source';
const OPENSSL_SERVER =
  'OpenSSL 3.0 source, ssl/ssl_cert.c ssl_verify_cert_chain: a server verifies client chains with the "ssl_client" purpose and its security level as the auth level';

/** Debian and Ubuntu build OpenSSL with security level 2 as the default; upstream OpenSSL 3.0 uses level 1. */
const DEFAULT_SECURITY_LEVEL = 2;

/**
 * HAProxy with `verify required` on a `bind` line: OpenSSL's chain model as a
 * TLS server applies it, with OpenSSL's default depth (HAProxy sets none) and,
 * with `crl-file`, CRLs for every CA of the chain. Its verify callback stops
 * at the first error and the handshake is aborted.
 */
export const haproxy: Profile = {
  id: 'haproxy',
  name: 'HAProxy client certificate verification (bind ... verify required ca-file)',
  summary:
    "OpenSSL as a TLS server: `ca-file` as the trusted CAs, intermediates from the client, OpenSSL's default depth of 100 (HAProxy sets none), the TLS-client purpose, OpenSSL security level 2, and with `crl-file` a CRL from every CA on the chain; the TLS handshake is aborted on failure.",
  validation: {
    confidence: 'vendor',
    source: `${OPENSSL_SERVER}; ${CONFIGURATION}, verify: "The certificate provided by the client is always verified using CAs from 'ca-file' and optional CRLs from 'crl-file'".`,
  },
  chain: {
    issuers: 'truststore-and-client',
    maxIntermediates: 100,
    depthLimit: "OpenSSL's default verify depth of 100 intermediate CA certificates",
    partialChain: false,
    evidence: {
      issuers: {
        confidence: 'vendor',
        source: `${CONFIGURATION}, ca-file: "a PEM file from which to load CA certificates used to verify client's certificate"; OpenSSL uses the chain the client sends as untrusted intermediates.`,
      },
      depth: {
        confidence: 'vendor',
        source: `${SOURCE}, src/ssl_sock.c: no SSL_CTX_set_verify_depth for bind lines, so OpenSSL's default verify depth (100) applies; a real HAProxy 2.6.12 agreed with this profile on every random case of this project's system test that was not about the purpose.`,
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
        source: `${SOURCE}, src/ssl_ckch.c __ssl_store_load_locations_file: ca-file is read with X509_STORE_load_locations, OpenSSL's PEM reader.`,
      },
      phase: 'upload',
      evidence: {
        confidence: 'vendor',
        source: `${SOURCE}, src/ssl_ckch.c __ssl_store_load_locations_file: ca-file is read with X509_STORE_load_locations (OpenSSL's PEM reader, which skips text between blocks); a file it cannot read stops HAProxy from starting ("Couldn't open the ca-file").`,
      },
    },
    badCertificate: {
      phase: 'runtime',
      evidence: {
        confidence: 'vendor',
        source: `${OPENSSL_SERVER}: every certificate of ca-file is loaded; each chain is judged on its own.`,
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
    "a real HAProxy 2.6 on this machine judges a CA certificate presented as the client's by its chain, as OpenSSL does (__tests__/system/haproxy.system.ts)",
  ),
  revocation: {
    scope: 'every-ca',
    missingCrl: 'refuses',
    setting: 'crl-file',
    evidence: {
      revoked: {
        confidence: 'vendor',
        source: `${CONFIGURATION}, crl-file: "a PEM file from which to load certificate revocation list used to verify client's certificate".`,
      },
      missing: {
        confidence: 'vendor',
        source: `${CONFIGURATION}, crl-file: "You need to provide a certificate revocation list for every certificate of your certificate authority chain"; ${SOURCE}, src/ssl_sock.c: X509_V_FLAG_CRL_CHECK | X509_V_FLAG_CRL_CHECK_ALL.`,
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
        source: `${SOURCE}, src/ssl_ckch.c: a crl-file OpenSSL cannot load stops HAProxy from starting.`,
      },
    },
  },
  wording: {
    gateway: 'HAProxy',
    refusal: 'an aborted TLS handshake (a TLS alert)',
    reasons: {
      untrusted: 'SSL client certificate not trusted',
      'self-signed': 'SSL client certificate not trusted',
      signature: 'SSL client certificate not trusted',
      expired: 'SSL client certificate not trusted',
      'not-yet-valid': 'SSL client certificate not trusted',
      depth: 'SSL client CA chain cannot be verified',
      'key-type': 'SSL client certificate not trusted',
      'insecure-signature': 'SSL client CA chain cannot be verified',
      purpose: 'SSL client certificate not trusted',
      revoked: 'SSL client certificate not trusted',
      crl: 'SSL client certificate not trusted',
      'crl-expired': 'SSL client certificate not trusted',
      'crl-signature': 'SSL client certificate not trusted',
      invalid: 'SSL client CA chain cannot be verified',
    },
    verifyErrorLog: {
      which: 'first',
      atLeaf: 'SSL client certificate not trusted',
      atCa: 'SSL client CA chain cannot be verified',
      evidence: {
        confidence: 'vendor',
        source: `${SOURCE}, src/ssl_sock.c ssl_sock_bind_verifycbk: the first error not listed in crt-ignore-err or ca-ignore-err stops verification (the callback returns 0); an error at depth 0 sets CO_ER_SSL_CRT_FAIL, above it CO_ER_SSL_CA_FAIL, logged as the connection error (src/connection.c conn_err_code_str). The error itself is in the ssl_c_err and ssl_c_ca_err sample fetches.`,
      },
    },
    uploadRefusal: 'HAProxy refuses to start (`haproxy -c` fails)',
    uploadWarning: 'HAProxy loads the file',
    deploy: {
      step: 'install the new CA file (and CRL file) and reload HAProxy (or update it at run time with `set ssl ca-file` and `commit ssl ca-file` on the stats socket)',
      command: 'haproxy -c -f /etc/haproxy/haproxy.cfg && systemctl reload haproxy',
    },
  },
  options: [
    {
      key: 'security-level',
      description:
        "OpenSSL's security level on the server (0 to 5): `@SECLEVEL=N` in `ciphers`, else the system OpenSSL's default, 2 on Debian and Ubuntu, 1 upstream",
      apply(profile, value) {
        const level = wholeNumber(value, 'security-level', 0, 5);
        return { ...profile, ...securityLevelPolicy(level, configured('profile-options.security-level')) };
      },
    },
  ],
};
