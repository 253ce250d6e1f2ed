import type { Profile } from '../profile.js';

/** The Go release this profile follows: the one Debian 12's caddy 2.6.2 is built with (`go version -m /usr/bin/caddy`). */
export const GO_VERSION = 'go1.19.8';

const VERIFY = `Go source (${GO_VERSION}), src/crypto/x509/verify.go`;
const PARSER = `Go source (${GO_VERSION}), src/crypto/x509/parser.go`;
const TLS = `Go source (${GO_VERSION}), src/crypto/tls/handshake_server.go processCertsFromClient`;
const CADDY = 'Caddy 2.6.2 source, modules/caddytls/connpolicy.go ClientAuthentication.ConfigureTLSConfig';
const REAL_CADDY = "A real Caddy 2.6.2 agreed with this profile on the random cases of this project's system test";

/**
 * Go's crypto/tls server with RequireAndVerifyClientCert: the truststore is
 * the ClientCAs pool, what the client sends after its certificate the
 * Intermediates, and the client certificate is verified with
 * x509.Certificate.Verify and ExtKeyUsageClientAuth. Caddy, Traefik, the
 * Kubernetes API server (--client-ca-file), Vault's cert auth method and etcd
 * all verify client certificates this way.
 */
export const go: Profile = {
  id: 'go',
  name: `Go crypto/tls client certificate verification (Caddy, Traefik, Kubernetes API server, Vault; ${GO_VERSION})`,
  summary:
    "Go's crypto/x509 as a TLS server runs it: every truststore certificate anchors a chain, intermediates from the client, a search of every path (backtracking past re-keyed namesakes and mismatched key identifiers) within 100 signature checks, no depth limit, extendedKeyUsage nested down the chain with anyExtendedKeyUsage counting, issuer names matched byte for byte, keyUsage of the client ignored, SHA-1 signatures refused; certificates Go's parser refuses do not count. No CRLs; a failed TLS handshake on failure.",
  validation: {
    confidence: 'vendor',
    source: `${VERIFY}: Certificate.Verify, isValid and buildChains; ${TLS}: the client's chain is verified with VerifyOptions{Roots: ClientCAs, Intermediates: the other certificates it sends, KeyUsages: ExtKeyUsageClientAuth}.`,
  },
  chain: {
    issuers: 'truststore-and-client',
    // Go counts no depth; its search is bounded by signature checks instead.
    maxIntermediates: Number.POSITIVE_INFINITY,
    depthLimit: 'no depth limit (the search stops after 100 signature checks)',
    partialChain: true,
    verifier: 'go',
    notAfterSecond: 'valid',
    evidence: {
      issuers: {
        confidence: 'vendor',
        source: `${TLS}: every certificate after the first one the client sends goes into VerifyOptions.Intermediates.`,
      },
      depth: {
        confidence: 'vendor',
        source: `${VERIFY}: buildChains has no depth limit; maxChainSignatureChecks (100) bounds the whole search; a pathLenConstraint that parses as negative means no limit (isValid checks MaxPathLen >= 0).`,
      },
      anchor: {
        confidence: 'vendor',
        source: `${VERIFY}: a candidate from Roots ends a path, self-signed or not; a client certificate that is itself in Roots is accepted as it is. ${REAL_CADDY}.`,
      },
      verifier: {
        confidence: 'vendor',
        source: `${VERIFY} and ${PARSER}: certificates are parsed by Go's own reader (duplicate extensions, differing signature algorithm fields, unsupported string types and curves, empty or malformed name constraints do not parse); issuers are found by the byte-equal raw name, those with a matching key identifier first; each candidate's signature is checked (CheckSignatureFrom: a v3 issuer needs basicConstraints cA, and keyCertSign when it has a keyUsage; MD5 and SHA-1 are refused); isValid refuses unhandled critical extensions (a critical nameConstraints with directoryName constraints is one), certificates outside their validity (both ends included), intermediates that are not CAs, and DNS, e-mail, URI and IP constraints the leaf's subjectAltNames break; every path is tried until one works. ${REAL_CADDY}.`,
      },
    },
  },
  keys: {
    rsa: { minBits: 1 },
    ec: { curves: ['P-224', 'P-256', 'P-384', 'P-521'], minBits: 1 },
    others: ['Ed25519'],
    evidence: {
      confidence: 'vendor',
      source: `${TLS}: a client certificate's key must be RSA, ECDSA or Ed25519 ("unsupported public key"); ${PARSER} parsePublicKey: named curves P-224, P-256, P-384 and P-521 only; Go 1.19 sets no RSA minimum.`,
    },
  },
  signatures: {
    hashes: ['SHA-256', 'SHA-384', 'SHA-512'],
    families: ['RSA', 'RSA-PSS', 'ECDSA', 'Ed25519'],
    evidence: {
      confidence: 'vendor',
      source: `Go source (${GO_VERSION}), src/crypto/x509/x509.go checkSignature and signatureAlgorithmDetails: SHA-256, SHA-384 and SHA-512 with RSA (PKCS #1 v1.5 or PSS with the salt as long as the hash), ECDSA and Ed25519; MD5 and SHA-1 are InsecureAlgorithmError, anything else ErrUnsupportedAlgorithm; the trust anchor's own signature is not checked.`,
    },
  },
  bundle: {
    format: {
      blankLines: 'accepted',
      textOutsideBlocks: 'tolerated',
      pemExtension: false,
      goReader: {
        confidence: 'vendor',
        source: `Go source (${GO_VERSION}), src/crypto/x509/cert_pool.go AppendCertsFromPEM: encoding/pem's Decode, then x509.ParseCertificate; ${CADDY}: the trusted CA files are read that way. The repository's reader differential compares the tool's model of it with a Go program (npm run test:system).`,
      },
      phase: 'upload',
      evidence: {
        confidence: 'vendor',
        source: `Go source (${GO_VERSION}), src/encoding/pem and src/crypto/x509/cert_pool.go AppendCertsFromPEM: text between blocks is skipped, blocks that are not CERTIFICATE or carry headers are ignored; ${CADDY}: trusted_ca_certs_pem_files (JSON) is read that way, while Caddy 2.6's Caddyfile trusted_ca_cert_file (caddyconfig/httpcaddyfile/builtins.go) takes only the first PEM block of the file.`,
      },
    },
    badCertificate: {
      phase: 'runtime',
      evidence: {
        confidence: 'vendor',
        source: `${VERIFY}: every certificate of the pool is loaded; one Verify refuses (expired, not a CA) fails only the paths through it.`,
      },
    },
  },
  purpose: {
    leaf: 'not-checked',
    issuer: 'not-checked',
    nestedExtendedKeyUsage: true,
    evidence: {
      confidence: 'vendor',
      source: `${VERIFY} checkChainForKeyUsage with ExtKeyUsageClientAuth (${TLS}): from the root down, a certificate with extendedKeyUsage that has neither clientAuth nor anyExtendedKeyUsage rules the path out ("Extended Key Usage values are enforced nested down a chain"); keyUsage is ignored ("KeyUsage status flags are ignored").`,
    },
  },
  clientCa: {
    verdict: 'judged',
    evidence: {
      confidence: 'vendor',
      source: `${VERIFY}: Verify checks a leaf's validity and extensions (isValid with leafCertificate) but not whether it is a CA, so a CA certificate presented as the client's is judged by its chain like any other.`,
    },
  },
  wording: {
    gateway: 'the Go TLS server',
    refusal:
      'a failed TLS handshake (alert bad certificate; the server logs "tls: failed to verify client certificate")',
    reasons: {
      untrusted: 'tls: failed to verify client certificate: x509: certificate signed by unknown authority',
      'self-signed': 'tls: failed to verify client certificate: x509: certificate signed by unknown authority',
      signature: 'tls: failed to verify client certificate: x509: certificate signed by unknown authority',
      expired: 'tls: failed to verify client certificate: x509: certificate has expired or is not yet valid',
      'not-yet-valid': 'tls: failed to verify client certificate: x509: certificate has expired or is not yet valid',
      'insecure-signature': 'tls: failed to verify client certificate: x509: certificate signed by unknown authority',
      'key-type': 'tls: client certificate contains an unsupported public key',
      purpose: 'tls: failed to verify client certificate: x509: certificate specifies an incompatible key usage',
      invalid:
        'tls: failed to verify client certificate: x509: certificate is not authorized to sign other certificates',
    },
    verifierErrorLog: {
      template: 'http: TLS handshake error from CLIENT: {error}',
      evidence: {
        confidence: 'vendor',
        source: `Go source (${GO_VERSION}), src/net/http/server.go: a failed handshake is logged as "http: TLS handshake error from <address>: <error>" (Caddy 2.6 logs it at DEBUG level under http.stdlib); ${TLS}: the error is "tls: failed to parse client certificate: ..." or "tls: failed to verify client certificate: " and Verify's error.`,
      },
    },
    uploadRefusal:
      "servers that read the bundle themselves refuse to start or to take it (Caddy's Caddyfile trusted_ca_cert_file and its JSON trusted_ca_certs, the Kubernetes API server's --client-ca-file, Vault's cert auth role); those that load it with AppendCertsFromPEM (Caddy's JSON trusted_ca_certs_pem_files, Traefik) skip the certificate, and clients that need it are refused",
    uploadWarning: 'the server loads the bundle',
    deploy: {
      step: "install the new CA file and reload the server (Caddy: `caddy reload`; Kubernetes: restart the API server; Vault: write the cert auth role's certificate)",
      command: 'caddy reload --config /etc/caddy/Caddyfile',
    },
  },
};
