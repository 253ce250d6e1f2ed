import type { ClientCaPolicy, Confidence } from '../profile.js';

/**
 * OpenSSL's X509_verify_cert takes the certificate at depth 0 as the leaf
 * whatever its basicConstraints: it ignores the leaf's pathLen and checks the
 * TLS-client purpose against the leaf's keyUsage, not its CA flag.
 */
const OPENSSL_LEAF =
  "OpenSSL 3.0 crypto/x509/x509_vfy.c: check_chain_extensions treats depth 0 as the end entity whatever its cA flag; x509-limbo pathlen::validation-ignores-pathlen-in-leaf, and this repository's randomized comparisons with `openssl verify`, accept a CA certificate as the client's";

/** A gateway that judges a CA client certificate as OpenSSL does, on the evidence given (`gateway`: what it adds). */
export function judgedAsOpenSslDoes(confidence: Confidence, gateway?: string): ClientCaPolicy {
  return {
    verdict: 'judged',
    evidence: { confidence, source: gateway ? `${gateway}; ${OPENSSL_LEAF}` : OPENSSL_LEAF },
  };
}
