import { ALL_HASHES } from '../../x509/algorithms.js';
import type { Profile } from '../profile.js';
import { judgedAsOpenSslDoes } from './client-ca.js';

const VERIFY_DOC = 'OpenSSL 3.0 documentation, openssl-verify(1) and X509_verify_cert(3)';

/**
 * What `openssl verify -CAfile <truststore> -untrusted <what the client sends>`
 * accepts: the reference chain model the other profiles are compared with,
 * and the one x509-limbo's cases are judged under. No gateway quotas, no key
 * or hash floors (`openssl verify` applies none), no purpose check.
 */
export const openssl: Profile = {
  id: 'openssl',
  name: 'OpenSSL certificate verification (openssl verify with the client intermediates as -untrusted)',
  summary:
    "What `openssl verify -CAfile truststore -untrusted intermediates` accepts: OpenSSL's chain building and checks, the certificates the client sends as untrusted intermediates, no quotas or algorithm floors.",
  validation: {
    confidence: 'vendor',
    source: `${VERIFY_DOC}: chain building, then extension checks, signatures and validity periods, then name constraints.`,
  },
  chain: {
    issuers: 'truststore-and-client',
    maxIntermediates: 100,
    depthLimit: "OpenSSL's default verify depth of 100 intermediate CA certificates",
    depthSetting: { name: '-verify_depth', countsAnchor: false },
    partialChain: false,
    evidence: {
      issuers: {
        confidence: 'vendor',
        source: `${VERIFY_DOC}: -untrusted names certificates that may complete a chain.`,
      },
      depth: {
        confidence: 'vendor',
        source: `${VERIFY_DOC}: -verify_depth, 100 by default; neither the leaf nor the trust anchor counts.`,
      },
      anchor: {
        confidence: 'vendor',
        source: `${VERIFY_DOC}: without -partial_chain, a chain must end in a self-signed certificate from the trusted store.`,
      },
    },
  },
  keys: {
    rsa: { minBits: 1 },
    ec: { minBits: 1, explicitParameters: true },
    others: ['DSA', 'Ed25519', 'Ed448'],
    evidence: {
      confidence: 'vendor',
      source: `${VERIFY_DOC}: without -auth_level, verification applies no key-size floor.`,
    },
  },
  signatures: {
    hashes: ALL_HASHES,
    families: ['RSA', 'RSA-PSS', 'ECDSA', 'DSA', 'Ed25519', 'Ed448'],
    evidence: {
      confidence: 'vendor',
      source: `${VERIFY_DOC}: without -auth_level, verification applies no hash floor.`,
    },
  },
  bundle: {
    format: {
      blankLines: 'accepted',
      textOutsideBlocks: 'tolerated',
      pemExtension: false,
      reader: {
        confidence: 'vendor',
        source:
          'OpenSSL loads a -CAfile with X509_load_cert_crl_file, through PEM_X509_INFO_read_bio (crypto/x509/by_file.c).',
      },
      phase: 'upload-warning',
      evidence: { confidence: 'vendor', source: 'OpenSSL PEM reading skips text between blocks.' },
    },
    badCertificate: {
      phase: 'runtime',
      evidence: {
        confidence: 'vendor',
        source: `${VERIFY_DOC}: every certificate of -CAfile is loaded; each chain is judged on its own.`,
      },
    },
  },
  purpose: {
    leaf: 'not-checked',
    issuer: 'not-checked',
    evidence: { confidence: 'vendor', source: `${VERIFY_DOC}: without -purpose, no purpose is checked.` },
  },
  clientCa: judgedAsOpenSslDoes('vendor'),
  revocation: {
    scope: 'every-ca',
    missingCrl: 'refuses',
    setting: '-crl_check_all -CRLfile',
    evidence: {
      revoked: {
        confidence: 'vendor',
        source: `${VERIFY_DOC}: -crl_check_all checks every certificate of the chain against the CRLs of -CRLfile.`,
      },
      missing: {
        confidence: 'vendor',
        source: `${VERIFY_DOC}: with -crl_check_all, a certificate without a CRL from its issuer fails (unable to get certificate CRL).`,
      },
      validity: {
        confidence: 'vendor',
        source: `${VERIFY_DOC}: an expired or not yet valid CRL fails the certificates it covers.`,
      },
      issuer: { confidence: 'vendor', source: `${VERIFY_DOC}: a CRL must verify with its issuer's key.` },
      format: { confidence: 'vendor', source: `${VERIFY_DOC}: -CRLfile must hold readable CRLs.` },
    },
  },
  wording: {
    gateway: 'OpenSSL',
    refusal: 'a failed verification (a failed TLS handshake on an OpenSSL-based server)',
    reasons: {
      untrusted: 'unable to get local issuer certificate',
      'self-signed': 'self-signed certificate',
      signature: 'certificate signature failure',
      expired: 'certificate has expired',
      'not-yet-valid': 'certificate is not yet valid',
      depth: 'certificate chain too long',
      purpose: 'unsupported certificate purpose',
      revoked: 'certificate revoked',
      crl: 'unable to get certificate CRL',
      'crl-expired': 'CRL has expired',
      'crl-signature': 'CRL signature failure',
      invalid: 'invalid CA certificate',
    },
    uploadRefusal: 'the server refuses to load the CA file',
    uploadWarning: 'the server loads the CA file',
    deploy: {
      step: 'install the new CA file and reload the server',
      command: 'openssl verify -CAfile TRUSTSTORE -untrusted CHAIN CLIENT',
    },
  },
};
