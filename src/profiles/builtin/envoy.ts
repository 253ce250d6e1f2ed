import { configured, ProfileError, wholeNumber } from '../customise.js';
import { unconfirmed, type Profile } from '../profile.js';
import { securityLevelPolicy } from '../security-level.js';
import { judgedAsOpenSslDoes } from './client-ca.js';

const COMMON_PROTO =
  'Envoy API, envoy.extensions.transport_sockets.tls.v3.CertificateValidationContext (api/envoy/extensions/transport_sockets/tls/v3/common.proto)';

const boringDefaults = securityLevelPolicy(
  0,
  unconfirmed(
    'Envoy builds on BoringSSL, which applies no security level to peer chains; not confirmed against a running Envoy.',
  ),
);

/** `max_verify_depth` counts the trust anchor but not the leaf (BoringSSL): depth 1 is a client directly under its anchor. */
function depthLimit(maxVerifyDepth: number): string {
  return `\`max_verify_depth ${maxVerifyDepth}\`: at most ${maxVerifyDepth} certificate${maxVerifyDepth === 1 ? '' : 's'} above the client's, the trust anchor included`;
}

/** Envoy's default certificate validator (trusted_ca, crl, max_verify_depth). */
export const envoy: Profile = {
  id: 'envoy',
  name: 'Envoy client certificate validation (CertificateValidationContext with trusted_ca)',
  summary:
    'trusted_ca as the trusted certificates, any of which may anchor a chain (partial chains are on by default); intermediates from the client; max_verify_depth 100; with `crl`, a CRL from every CA on the chain unless only_verify_leaf_cert_crl; a failed TLS handshake on failure.',
  validation: {
    confidence: 'vendor',
    source: `${COMMON_PROTO}: the peer certificate chain is verified against trusted_ca.`,
  },
  chain: {
    issuers: 'truststore-and-client',
    maxIntermediates: 99,
    depthLimit: depthLimit(100),
    depthSetting: { name: 'max_verify_depth', countsAnchor: true },
    partialChain: true,
    evidence: {
      issuers: {
        confidence: 'vendor',
        source: `${COMMON_PROTO}: the chain the peer sends is verified up to trusted_ca.`,
      },
      depth: {
        confidence: 'vendor',
        source: `${COMMON_PROTO}, max_verify_depth: default 100, at most 100; "the depth excludes the leaf" (BoringSSL counts the trust anchor).`,
      },
      anchor: {
        confidence: 'vendor',
        source: `${COMMON_PROTO}, trusted_ca: X509_V_FLAG_PARTIAL_CHAIN is set by default, so an intermediate in trusted_ca is a trust anchor.`,
      },
    },
  },
  keys: boringDefaults.keys,
  signatures: boringDefaults.signatures,
  bundle: {
    format: {
      blankLines: 'accepted',
      textOutsideBlocks: 'tolerated',
      pemExtension: false,
      phase: 'upload',
      evidence: unconfirmed('trusted_ca is a PEM DataSource; PEM reading skips text between blocks.'),
    },
    badCertificate: {
      phase: 'runtime',
      evidence: unconfirmed('Each chain is judged on its own; a certificate nobody uses refuses nobody.'),
    },
  },
  purpose: {
    leaf: 'not-checked',
    issuer: 'not-checked',
    sslClient: true,
    evidence: unconfirmed(
      "Envoy's validator verifies with the TLS-client purpose as BoringSSL's own server path does; not confirmed against a running Envoy.",
    ),
  },
  clientCa: judgedAsOpenSslDoes(
    'unconfirmed',
    "Envoy verifies with BoringSSL's X509_verify_cert, which shares OpenSSL's leaf handling; not reproduced here",
  ),
  revocation: {
    scope: 'every-ca',
    missingCrl: 'refuses',
    setting: 'crl',
    evidence: {
      revoked: {
        confidence: 'vendor',
        source: `${COMMON_PROTO}, crl: the peer certificate is checked against the CRLs given.`,
      },
      missing: {
        confidence: 'vendor',
        source: `${COMMON_PROTO}, crl: "if a CRL is provided for any certificate authority in a trust chain, a CRL must be provided for all certificate authorities in that chain", unless only_verify_leaf_cert_crl (envoyproxy/envoy#29197, #18289).`,
      },
      validity: unconfirmed(
        'BoringSSL refuses a certificate whose CRL is past nextUpdate, as OpenSSL does; not confirmed against Envoy.',
      ),
      issuer: unconfirmed(
        "BoringSSL verifies a CRL with its issuer's key, as OpenSSL does; not confirmed against Envoy.",
      ),
      format: {
        confidence: 'vendor',
        source: `${COMMON_PROTO}, crl: a PEM DataSource; a file that does not parse is a configuration error.`,
      },
    },
  },
  wording: {
    gateway: 'Envoy',
    refusal: 'a failed TLS handshake (ssl.fail_verify_error)',
    reasons: {},
    uploadRefusal: 'Envoy rejects the configuration',
    uploadWarning: 'Envoy loads the file',
    deploy: {
      step: 'update the trusted_ca (and crl) data source; Envoy picks up file changes through SDS or a configuration push',
      command: 'curl -s localhost:9901/certs   # shows the CA certificates Envoy has loaded',
    },
  },
  options: [
    {
      key: 'max_verify_depth',
      description: 'the `max_verify_depth` of your validation context (1 to 100; 100 when unset)',
      apply(profile, value) {
        const depth = wholeNumber(value, 'max_verify_depth', 1, 100);
        const evidence = { ...profile.chain.evidence, depth: configured('profile-options.max_verify_depth') };
        return {
          ...profile,
          chain: { ...profile.chain, maxIntermediates: depth - 1, depthLimit: depthLimit(depth), evidence },
        };
      },
    },
    {
      key: 'only_verify_leaf_cert_crl',
      description:
        '`true` when your validation context sets only_verify_leaf_cert_crl: only client certificates are checked against CRLs',
      apply(profile, value) {
        if (typeof value !== 'boolean') throw new ProfileError('only_verify_leaf_cert_crl: expected true or false');
        if (!profile.revocation) return profile;
        const evidence = {
          ...profile.revocation.evidence,
          missing: configured('profile-options.only_verify_leaf_cert_crl'),
        };
        return { ...profile, revocation: { ...profile.revocation, scope: value ? 'leaf' : 'every-ca', evidence } };
      },
    },
  ],
};
