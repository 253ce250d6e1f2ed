import type { Evidence } from './evidence.js';

/** Why the gateway refuses a client at run time; each profile words them its own way (log reasons, status codes). */
export type RefusalReason =
  | 'untrusted'
  | 'self-signed'
  | 'signature'
  | 'expired'
  | 'not-yet-valid'
  | 'depth'
  | 'insecure-signature'
  | 'key-type'
  | 'purpose'
  | 'revoked'
  /** A CRL needed for the chain is missing or unusable. */
  | 'crl'
  /** The CRL is past its nextUpdate (or before its thisUpdate). */
  | 'crl-expired'
  /** The CRL's signature does not verify with its issuer's key. */
  | 'crl-signature'
  | 'invalid';

/** The gateway's own words: what it is called, how it refuses, and how a changed bundle is deployed. */
export interface Wording {
  /** Short name in sentences: "API Gateway", "the load balancer". */
  gateway: string;
  /** What a refused client experiences: "403 Forbidden", "a failed TLS handshake". */
  refusal: string;
  /** The gateway's reason for each kind of refusal, verbatim where it logs one. */
  reasons: Partial<Record<RefusalReason, string>>;
  /**
   * For a gateway built on OpenSSL: what it logs for a refused client, from
   * the errors OpenSSL's verification reports (X509_V_ERR_*). Where a client's
   * chain is known, this takes the place of `reasons`.
   */
  verifyErrorLog?: VerifyErrorLog;
  /**
   * For a gateway whose verifier returns one error (Go's): the line it logs
   * for a refused client, `{error}` standing for that error.
   */
  verifierErrorLog?: { template: string; evidence: Evidence };
  /** What the gateway does with a bundle it refuses at upload, and its error code. */
  uploadRefusal: string;
  /** What it does with one it accepts with a warning. */
  uploadWarning: string;
  /** The step that puts a changed bundle into service. */
  deploy: { step: string; command: string };
}

/**
 * How a gateway on OpenSSL logs a refused client. Its verify callback decides
 * which error that is: NGINX's lets verification go on and logs the result,
 * the last error reported; HAProxy's stops verification at the first.
 */
export interface VerifyErrorLog {
  which: 'first' | 'last';
  /** The logged line; `{code}` and `{text}` stand for OpenSSL's error number and its X509_verify_cert_error_string. */
  atLeaf: string;
  /** The line when the error is at a CA of the chain (depth above 0), where the gateway words it differently. */
  atCa?: string;
  evidence: Evidence;
}
