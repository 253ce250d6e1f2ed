import type { HashName, KeyType, SignatureFamily } from '../x509/algorithms.js';
import type { Evidence } from './evidence.js';
import type { Wording } from './wording.js';

// A profile's vocabulary lives in evidence.ts and wording.ts; the profiles and rules import it from here, with the profile.
export { CONFIDENCE_WORDS, unconfirmed, type Confidence, type Evidence } from './evidence.js';
export type { RefusalReason, VerifyErrorLog, Wording } from './wording.js';

/**
 * When the gateway acts on a problem: it refuses the bundle when it is
 * uploaded (the deploy fails), accepts it with a warning at upload, or accepts
 * it silently and fails the clients at run time.
 */
export type Phase = 'upload' | 'upload-warning' | 'runtime';

/** A number the gateway enforces, with whether a quota request can raise it. */
export interface Quota {
  value: number;
  adjustable: boolean;
  phase: Phase;
  evidence: Evidence;
}

/**
 * How the gateway builds and judges a client's chain, in terms `openssl verify`
 * can express: which certificates may serve as issuers, how deep a chain may
 * be, what may anchor it.
 */
export interface ChainModel {
  /**
   * `truststore`: every issuer must come from the truststore; the certificates
   * after the first in a client file (what the client sends) are ignored.
   * `truststore-and-client`: they are untrusted intermediates, as
   * `openssl verify -untrusted` uses them.
   */
  issuers: 'truststore' | 'truststore-and-client';
  /**
   * CA certificates allowed between the leaf and the trust anchor: OpenSSL's
   * verify depth (`-verify_depth`, `ssl_verify_depth`), which counts neither
   * the leaf nor the anchor.
   */
  maxIntermediates: number;
  /** How the gateway states its limit, for messages ("at most four CA certificates above the client's"). */
  depthLimit: string;
  /**
   * The configuration setting that sets the depth, when the user chooses it
   * (NGINX `ssl_verify_depth`), and whether its value counts the trust anchor
   * besides the intermediates (Envoy's `max_verify_depth`, as BoringSSL does).
   */
  depthSetting?: { name: string; countsAnchor: boolean };
  /** Any truststore certificate can anchor a chain, not only a self-signed one (`-partial_chain`). */
  partialChain: boolean;
  /**
   * Whose path building and checks judge a chain. `openssl` (the default):
   * OpenSSL's X509_verify_cert, one chain built and never reconsidered
   * (build-chain.ts, verify-chain.ts). `go`: Go's crypto/x509
   * Certificate.Verify, which reads certificates with its own parser and
   * searches every path within a signature-check budget (go-chains.ts);
   * `maxIntermediates` does not apply to it (Go has no depth limit), and
   * `partialChain` is true (any truststore certificate ends a path).
   */
  verifier?: 'openssl' | 'go';
  /** Whether a certificate is still valid during its notAfter second: OpenSSL says expired (the default), Go valid. */
  notAfterSecond?: 'expired' | 'valid';
  evidence: { issuers: Evidence; depth: Evidence; anchor: Evidence; verifier?: Evidence };
}

/** Key types and sizes the gateway accepts, for client certificates and for CAs on their chains. */
export interface KeyPolicy {
  /** RSA (and RSA-PSS) modulus bounds, or the exact sizes accepted; absent when RSA keys are not accepted. */
  rsa?: { minBits: number; maxBits?: number; sizes?: readonly number[] };
  /**
   * Named curves accepted (`minBits` applies where no list is given);
   * `explicitParameters`: an EC key with explicit domain parameters is left
   * to the chain checks (OpenSSL refuses it on any chain longer than one).
   */
  ec?: { curves?: readonly string[]; minBits: number; explicitParameters?: boolean };
  /** Other key types accepted as they are (DSA, Ed25519, ...). */
  others: readonly KeyType[];
  /** The floor of an OpenSSL security level: keys OpenSSL rates below it are refused (x509/security-bits.ts). */
  minSecurityBits?: number;
  evidence: Evidence;
}

/** Signature algorithms the gateway accepts on client certificates and on the CAs that sign them. */
export interface SignaturePolicy {
  /** Hashes accepted; any other is refused ("insecure Signature Algorithm"). */
  hashes: readonly HashName[];
  /** Signature families accepted. */
  families: readonly SignatureFamily[];
  /** The floor of an OpenSSL security level: signatures OpenSSL rates below it are refused. */
  minSecurityBits?: number;
  evidence: Evidence;
}

/** What the bundle file must look like for the gateway to take it. */
export interface BundleFormat {
  /** Blank lines between or inside blocks. */
  blankLines: 'accepted' | 'refused';
  /** Lines outside blocks: refused, accepted only as `#` comments without a `-`, or tolerated (a warning at most). */
  textOutsideBlocks: 'refused' | 'hash-comments-without-dash' | 'tolerated';
  /** The file name must end in `.pem`. */
  pemExtension: boolean;
  /** Exactly this many self-signed roots per uploaded file (Azure: one per chain file). */
  rootsPerFile?: number;
  /**
   * The gateway is known to read the bundle with OpenSSL's PEM reader (what
   * the tool models). Absent: its reader is not documented, and a file that
   * readers read differently is an error (readers-disagree).
   */
  reader?: Evidence;
  /**
   * The gateway reads the bundle with Go's encoding/pem and crypto/x509, not
   * OpenSSL's reader (whose reading the tool judges): a file the two read
   * differently is an error that says the gateway loads Go's reading.
   */
  goReader?: Evidence;
  phase: Phase;
  evidence: Evidence;
}

export interface BundlePolicy {
  maxCertificates?: Quota;
  /** Bytes of the whole bundle. */
  maxBytes?: Quota;
  /** Bytes of one certificate (DER). */
  maxCertificateBytes?: Quota;
  /** Bytes of all CA subject names together (advertised in the TLS CertificateRequest). */
  maxSubjectBytes?: Quota;
  format: BundleFormat;
  /** What the gateway does with a bundle holding a certificate it does not support (weak key, expired, ...). */
  badCertificate: { phase: Phase; evidence: Evidence };
}

/** Extended key usage the gateway requires for client authentication. */
export interface PurposePolicy {
  /** The leaf must allow clientAuth: `if-present` refuses an EKU without it; `required` also refuses a leaf with no EKU. */
  leaf: 'not-checked' | 'if-present' | 'required';
  /** The same of the leaf's issuing CA (Google Cloud checks both). */
  issuer: 'not-checked' | 'if-present' | 'required';
  /**
   * OpenSSL's purpose check for a TLS client (`-purpose sslclient`, what an
   * OpenSSL server applies to client certificates): the extendedKeyUsage of
   * every certificate on the chain, the leaf's keyUsage and Netscape type.
   */
  sslClient?: boolean;
  /**
   * Go's check (`VerifyOptions.KeyUsages` with ExtKeyUsageClientAuth):
   * extendedKeyUsage nests down the chain, so every certificate of it that has
   * the extension must allow clientAuth or anyExtendedKeyUsage; keyUsage is
   * not looked at.
   */
  nestedExtendedKeyUsage?: boolean;
  evidence: Evidence;
}

/**
 * What the gateway does with a client certificate that is itself a CA
 * (basicConstraints cA=TRUE): `judged` like any client's (OpenSSL's verifier
 * judges the certificate at depth 0 as the leaf whatever its flags), or
 * `refused` for being a CA.
 */
export interface ClientCaPolicy {
  verdict: 'judged' | 'refused';
  evidence: Evidence;
}

/** How the gateway uses certificate revocation lists, where it takes them. */
export interface RevocationPolicy {
  /**
   * Which certificates of a chain are checked once CRLs are given: `every-ca`
   * is every certificate up to and including the root (OpenSSL's
   * CRL_CHECK_ALL: NGINX `ssl_crl`, Envoy `crl`); `leaf` only the client's own
   * (CRL_CHECK: Envoy `only_verify_leaf_cert_crl`).
   */
  scope: 'every-ca' | 'leaf';
  /**
   * A checked certificate whose issuer has no CRL among those given: refused
   * (OpenSSL: "unable to get certificate CRL") or let through.
   */
  missingCrl: 'refuses' | 'accepted';
  /** Where the CRLs go in the gateway's configuration: `ssl_crl`, the trust store's revocation contents, ... */
  setting: string;
  /** The gateway documents PEM CRLs only (a DER one is a warning until confirmed). */
  pemOnly?: boolean;
  /** Upload quotas (Application Load Balancer). */
  maxFileBytes?: Quota;
  maxLists?: Quota;
  maxEntries?: Quota;
  evidence: {
    /** A listed certificate is refused. */
    revoked: Evidence;
    /** What a missing CRL does. */
    missing: Evidence;
    /** What a CRL past its nextUpdate (or before its thisUpdate) does. */
    validity: Evidence;
    /** What a CRL no truststore CA signed does. */
    issuer: Evidence;
    /** What a CRL file that does not parse does. */
    format: Evidence;
  };
}

export interface Profile {
  /** Stable public id (`--profile`): part of the interface. */
  id: string;
  /** The gateway's full name. */
  name: string;
  summary: string;
  /**
   * What the gateway checks on every chain beyond where issuers come from and
   * how deep it may be: syntax, signatures, validity periods, CA flags,
   * name constraints (OpenSSL's path validation).
   */
  validation: Evidence;
  chain: ChainModel;
  keys: KeyPolicy;
  signatures: SignaturePolicy;
  bundle: BundlePolicy;
  purpose: PurposePolicy;
  clientCa: ClientCaPolicy;
  /** Where the gateway checks certificates against CRLs it is given; absent where it takes none. */
  revocation?: RevocationPolicy;
  wording: Wording;
  /** Settings a user gives for gateways whose behaviour depends on their own configuration. */
  options?: readonly ProfileOption[];
}

/** A setting of the user's own gateway configuration that changes the model (NGINX's `ssl_verify_depth`). */
export interface ProfileOption {
  /** Key under `profile-options:` in the configuration. */
  key: string;
  description: string;
  /** Applies a value to the profile; throws a message for a bad one. */
  apply(profile: Profile, value: unknown): Profile;
}
