import type { Certificate } from '../x509/certificate.js';
import { checkNameConstraints, type ConstraintViolation } from '../x509/name-constraints.js';
import { validityAt } from '../x509/validity.js';
import { likelyIssuer } from './build-chain.js';
import { revocationDefects, type CrlSet, type RevocationDefect } from './revocation.js';
import { overVerifyLimits } from '../x509/key-limits.js';
import type { SignatureVerifier } from './signatures.js';
import type { RevocationPolicy } from '../profiles/profile.js';

/** What is wrong with a chain that was built, in OpenSSL's terms (X509_V_ERR_*). */
export type ChainDefect =
  | RevocationDefect
  /** UNHANDLED_CRITICAL_EXTENSION */
  | { kind: 'unhandled-critical-extension'; certificate: Certificate; oids: string[] }
  /**
   * INVALID_CA: a certificate above the leaf that may not act as a CA.
   * `without-basic-constraints`: an intermediate that only keyUsage or a v1 self-signature makes a CA, which OpenSSL accepts for the anchor alone.
   */
  | { kind: 'issuer-not-ca'; issuer: Certificate; why: 'not-ca' | 'no-key-cert-sign' | 'without-basic-constraints' }
  /** EC_KEY_EXPLICIT_PARAMS */
  | { kind: 'explicit-ec-parameters'; certificate: Certificate }
  /** INVALID_PURPOSE under `-purpose sslclient`: what the certificate's extensions say it may not be used for. */
  | { kind: 'purpose'; certificate: Certificate; why: 'extended-key-usage' | 'key-usage' | 'netscape-type' }
  /** PATH_LENGTH_EXCEEDED */
  | { kind: 'path-length-exceeded'; issuer: Certificate; pathLen: number; intermediatesBelow: number }
  /** CERT_SIGNATURE_FAILURE */
  | { kind: 'signature-invalid'; certificate: Certificate; issuer: Certificate }
  /** CERT_HAS_EXPIRED, CERT_NOT_YET_VALID */
  | { kind: 'expired'; certificate: Certificate }
  | { kind: 'not-yet-valid'; certificate: Certificate }
  /** PERMITTED_VIOLATION, EXCLUDED_VIOLATION, or a name or constraint OpenSSL cannot judge (UNSUPPORTED_*, SUBTREE_MINMAX) */
  | ({ kind: 'name-constraints-violated'; certificate: Certificate; constrainedBy: Certificate } & ConstraintViolation);

/** Netscape certificate types that make a certificate a CA for OpenSSL (NS_SSL_CA | NS_SMIME_CA | NS_OBJSIGN_CA). */
const NETSCAPE_ANY_CA = 0x07;

/**
 * X509_check_ca: 0 when the certificate may not issue certificates, 1 when
 * basicConstraints says cA, and 3, 4 or 5 for the legacy ways of being a CA
 * (a v1 self-signed root, keyUsage keyCertSign alone, a Netscape CA type),
 * which OpenSSL accepts for the top of a chain only.
 */
export function caStatus(certificate: Certificate): 0 | 1 | 3 | 4 | 5 {
  if (certificate.keyUsage && !certificate.keyUsage.includes('keyCertSign')) return 0;
  if (certificate.basicConstraints) return certificate.basicConstraints.ca ? 1 : 0;
  if (certificate.version === 1 && certificate.selfSigned) return 3;
  if (certificate.keyUsage) return 4;
  if (certificate.netscapeCertType !== undefined && (certificate.netscapeCertType & NETSCAPE_ANY_CA) !== 0) return 5;
  return 0;
}

/** Netscape certificate type bits OpenSSL reads for TLS clients (NS_SSL_CLIENT, NS_SSL_CA). */
const NETSCAPE_SSL_CLIENT = 0x80;
const NETSCAPE_SSL_CA = 0x04;

/**
 * check_purpose_ssl_client, as `-purpose sslclient` (and an OpenSSL server
 * verifying its clients) applies it: an extendedKeyUsage without clientAuth
 * refuses any certificate of the chain (anyExtendedKeyUsage does not stand in
 * for it); the leaf's keyUsage must allow digitalSignature or keyAgreement and
 * its Netscape type, if any, SSL client; a CA that is one only by its Netscape
 * type must be an SSL CA.
 */
function purposeDefect(certificate: Certificate, isLeaf: boolean): ChainDefect | undefined {
  const refuse = (why: Extract<ChainDefect, { kind: 'purpose' }>['why']): ChainDefect => ({
    kind: 'purpose',
    certificate,
    why,
  });
  if (certificate.extendedKeyUsage && !certificate.extendedKeyUsage.includes('clientAuth'))
    return refuse('extended-key-usage');
  const netscape = certificate.netscapeCertType;
  if (isLeaf) {
    const usage = certificate.keyUsage;
    if (usage && !usage.includes('digitalSignature') && !usage.includes('keyAgreement')) return refuse('key-usage');
    if (netscape !== undefined && (netscape & NETSCAPE_SSL_CLIENT) === 0) return refuse('netscape-type');
    return undefined;
  }
  if (caStatus(certificate) === 5 && ((netscape ?? 0) & NETSCAPE_SSL_CA) === 0) return refuse('netscape-type');
  return undefined;
}

/** check_extensions: critical extensions, CA status, explicit curves, purpose and path lengths, leaf first. */
function extensionDefects(chain: readonly Certificate[], sslClient: boolean): ChainDefect[] {
  const defects: ChainDefect[] = [];
  let intermediatesBelow = 0;
  chain.forEach((certificate, index) => {
    if (certificate.unknownCriticalExtensions.length > 0) {
      defects.push({ kind: 'unhandled-critical-extension', certificate, oids: certificate.unknownCriticalExtensions });
    }
    if (index > 0) {
      const status = caStatus(certificate);
      // basicConstraints cA is required of every CA but the topmost (X509_V_FLAG_X509_STRICT is implicit for intermediates).
      if (status === 0 || (index + 1 < chain.length && status !== 1)) {
        const why =
          status !== 0
            ? 'without-basic-constraints'
            : certificate.keyUsage && !certificate.keyUsage.includes('keyCertSign')
              ? 'no-key-cert-sign'
              : 'not-ca';
        defects.push({ kind: 'issuer-not-ca', issuer: certificate, why });
      }
    }
    if (chain.length > 1 && certificate.publicKey.explicitCurve)
      defects.push({ kind: 'explicit-ec-parameters', certificate });
    const purpose = sslClient ? purposeDefect(certificate, index === 0) : undefined;
    if (purpose) defects.push(purpose);
    const pathLen = certificate.basicConstraints?.pathLen;
    if (index > 1 && pathLen !== undefined && intermediatesBelow > pathLen) {
      defects.push({ kind: 'path-length-exceeded', issuer: certificate, pathLen, intermediatesBelow });
    }
    if (index > 0 && !certificate.selfIssued) intermediatesBelow++;
  });
  return defects;
}

/** internal_verify: from the anchor down, keyCertSign and the signature on each certificate, then its validity. */
function signatureAndTimeDefects(
  chain: readonly Certificate[],
  at: Date,
  verifier: SignatureVerifier,
  partialChain: boolean,
): ChainDefect[] {
  const defects: ChainDefect[] = [];
  let n = chain.length - 1;
  let issuer = chain[n]!;
  let subject = issuer;
  // The anchor's own signature is never checked; a top that is not self-issued (partial chains aside) is only an issuer.
  if (likelyIssuer(issuer, issuer) !== undefined || !issuer.selfIssued) {
    if (!partialChain && n > 0) subject = chain[--n]!;
  }
  for (;;) {
    if (subject !== issuer) {
      if (issuer.keyUsage && !issuer.keyUsage.includes('keyCertSign')) {
        defects.push({ kind: 'issuer-not-ca', issuer, why: 'no-key-cert-sign' });
      }
      // An issuer key over the verify limits is reported by the key rules, not as a bad signature.
      if (!overVerifyLimits(issuer.publicKey) && !verifier.verifies(subject, issuer))
        defects.push({ kind: 'signature-invalid', certificate: subject, issuer });
    }
    const validity = validityAt(subject, at);
    if (validity !== 'valid') defects.push({ kind: validity, certificate: subject });
    if (--n < 0) break;
    issuer = subject;
    subject = chain[n]!;
  }
  return defects;
}

/**
 * check_name_constraints: every certificate's names against the constraints
 * of every certificate above it, the anchor's included; self-issued
 * certificates other than the leaf are exempt (RFC 5280 §6.1.3). OpenSSL
 * stops at the first violation of each certificate.
 */
function nameConstraintDefects(chain: readonly Certificate[]): ChainDefect[] {
  const defects: ChainDefect[] = [];
  for (let i = chain.length - 1; i >= 0; i--) {
    const certificate = chain[i]!;
    if (i !== 0 && certificate.selfIssued) continue;
    for (let j = chain.length - 1; j > i; j--) {
      const constrainedBy = chain[j]!;
      if (!constrainedBy.nameConstraints) continue;
      const found = checkNameConstraints(
        certificate.subject,
        certificate.subjectAltNames ?? [],
        constrainedBy.nameConstraints,
        i === 0,
      );
      if (found) defects.push({ kind: 'name-constraints-violated', certificate, constrainedBy, ...found });
    }
  }
  return defects;
}

/**
 * Everything OpenSSL finds wrong with a chain it built, in the order it
 * looks: the first is the error it reports (verification stops there), the
 * rest are further reasons the same chain would fail.
 */
export interface VerifyOptions {
  partialChain: boolean;
  sslClient: boolean;
  /** The CRLs the gateway is given and how it checks them; absent when it checks none. */
  revocation?: { crls: CrlSet; policy: Pick<RevocationPolicy, 'scope' | 'missingCrl'> };
}

/** The defects of each stage of OpenSSL's verify_chain, in the order it runs them. */
export interface DefectStages {
  /** check_extensions */
  extensions: ChainDefect[];
  /** check_revocation */
  revocation: ChainDefect[];
  /** internal_verify: keyCertSign, signatures and validity, from the anchor down */
  signatures: ChainDefect[];
  /** check_name_constraints */
  names: ChainDefect[];
}

export function verifyChainStages(
  chain: readonly Certificate[],
  at: Date,
  verifier: SignatureVerifier,
  options: VerifyOptions,
): DefectStages {
  const { revocation } = options;
  return {
    extensions: extensionDefects(chain, options.sslClient),
    revocation: revocation ? revocationDefects(chain, revocation.crls, revocation.policy, at, verifier) : [],
    signatures: signatureAndTimeDefects(chain, at, verifier, options.partialChain),
    names: nameConstraintDefects(chain),
  };
}

export function verifyChain(
  chain: readonly Certificate[],
  at: Date,
  verifier: SignatureVerifier,
  options: VerifyOptions,
): ChainDefect[] {
  const stages = verifyChainStages(chain, at, verifier, options);
  return [...stages.extensions, ...stages.revocation, ...stages.signatures, ...stages.names];
}
