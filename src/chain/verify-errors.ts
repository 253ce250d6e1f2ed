import type { VerifyErrorLog } from '../profiles/profile.js';
import type { Certificate } from '../x509/certificate.js';
import { keySecurityBits, signatureSecurityBits } from '../x509/security-bits.js';
import { likelyIssuer, type BuiltChain } from './build-chain.js';
import { revocationErrors } from './revocation.js';
import type { SignatureVerifier } from './signatures.js';
import { verifyChainStages, type ChainDefect, type VerifyOptions } from './verify-chain.js';

/**
 * X509_verify_cert_error_string of OpenSSL 3.0 (crypto/x509/x509_txt.c) for
 * the errors verification of a client chain can report.
 */
export const VERIFY_ERROR_TEXT: Readonly<Record<number, string>> = {
  2: 'unable to get issuer certificate',
  3: 'unable to get certificate CRL',
  7: 'certificate signature failure',
  8: 'CRL signature failure',
  9: 'certificate is not yet valid',
  10: 'certificate has expired',
  11: 'CRL is not yet valid',
  12: 'CRL has expired',
  18: 'self-signed certificate',
  19: 'self-signed certificate in certificate chain',
  20: 'unable to get local issuer certificate',
  21: 'unable to verify the first certificate',
  22: 'certificate chain too long',
  23: 'certificate revoked',
  25: 'path length constraint exceeded',
  26: 'unsuitable certificate purpose',
  32: 'key usage does not include certificate signing',
  34: 'unhandled critical extension',
  35: 'key usage does not include CRL signing',
  36: 'unhandled critical CRL extension',
  44: 'different CRL scope',
  47: 'permitted subtree violation',
  48: 'excluded subtree violation',
  51: 'unsupported name constraint type',
  66: 'EE certificate key too weak',
  67: 'CA certificate key too weak',
  68: 'CA signature digest algorithm too weak',
  79: 'invalid CA certificate',
  94: 'Certificate public key has explicit ECC parameters',
};

/** One error OpenSSL reports to the verify callback: its X509_V_ERR_* number and the depth of the certificate concerned. */
export interface VerifyError {
  code: number;
  depth: number;
}

/** The error number of a defect found by one stage of verify_chain. */
function defectCode(defect: ChainDefect, stage: 'extensions' | 'signatures'): number {
  switch (defect.kind) {
    case 'unhandled-critical-extension':
      return 34;
    case 'issuer-not-ca':
      // check_extensions says INVALID_CA; internal_verify, checking the issuer's keyUsage, KEYUSAGE_NO_CERTSIGN.
      return stage === 'signatures' ? 32 : 79;
    case 'explicit-ec-parameters':
      return 94;
    case 'purpose':
      return 26;
    case 'path-length-exceeded':
      return 25;
    case 'signature-invalid':
      return 7;
    case 'expired':
      return 10;
    case 'not-yet-valid':
      return 9;
    case 'name-constraints-violated':
      return defect.violation === 'permitted' ? 47 : defect.violation === 'excluded' ? 48 : 51;
    case 'crl-missing':
      return 3;
    case 'crl-no-crl-sign':
      return 35;
    case 'crl-scope':
      return 44;
    case 'crl-not-yet-valid':
      return 11;
    case 'crl-expired':
      return 12;
    case 'crl-signature':
      return 8;
    case 'crl-critical-extension':
      return 36;
    case 'revoked':
      return 23;
  }
}

/** The certificate of the chain a defect is reported at (X509_STORE_CTX's error depth). */
function defectCertificate(defect: ChainDefect): Certificate {
  return defect.kind === 'issuer-not-ca' || defect.kind === 'path-length-exceeded' ? defect.issuer : defect.certificate;
}

export interface TrailRequest {
  built: BuiltChain;
  at: Date;
  verifier: SignatureVerifier;
  options: VerifyOptions;
  /** The floor of the OpenSSL security level (check_key_level, check_sig_level), when there is one. */
  minSecurityBits?: number;
}

/**
 * Every error OpenSSL 3.0's X509_verify_cert reports, in order, when the
 * verify callback lets verification go on after each (NGINX's does: it
 * returns 1 and looks at the result afterwards, so what it logs is the last
 * error). A callback that stops at the first error (HAProxy's) sees only the
 * first. After a chain that could not be completed, OpenSSL goes on to check
 * the partial chain: its extensions, CRLs, signatures and dates, and name
 * constraints, any of which can report later errors.
 */
export function verifyErrorTrail({ built, at, verifier, options, minSecurityBits }: TrailRequest): VerifyError[] {
  const { chain, failure, untrustedCount } = built;
  const errors: VerifyError[] = [];
  const report = (code: number, depth: number) => errors.push({ code, depth });
  const depthOf = (certificate: Certificate) => Math.max(0, chain.indexOf(certificate));
  const below = (bits: number) => minSecurityBits !== undefined && bits < minSecurityBits;

  // X509_verify_cert: the peer's own key, before any chain is built.
  if (below(keySecurityBits(chain[0]!.publicKey))) report(66, 0);

  if (failure) {
    // build_chain's verdict on an untrusted chain, reported at the top of what it built.
    const top = chain.length - 1;
    const preliminary = errors[errors.length - 1];
    if (preliminary) {
      // "A preliminary error has become final": the earlier error is reported again instead.
      report(preliminary.code, top);
    } else {
      if (failure.kind === 'chain-too-long') report(22, top);
      const last = chain[top]!;
      if (last.selfSigned && last.invalid === undefined) report(top === 0 ? 18 : 19, top);
      else report(untrustedCount < chain.length ? 2 : 20, top);
    }
  }

  const stages = verifyChainStages(chain, at, verifier, options);
  // check_extensions, certificate by certificate. A CA that is no CA at all also fails the TLS-client purpose
  // (check_ssl_ca), reported after its other extension errors and before its path length.
  let notCa: Certificate | undefined;
  const flushPurpose = () => {
    if (notCa) report(26, depthOf(notCa));
    notCa = undefined;
  };
  for (const defect of stages.extensions) {
    const certificate = defectCertificate(defect);
    if (notCa && (certificate !== notCa || defect.kind === 'path-length-exceeded')) flushPurpose();
    if (notCa && defect.kind === 'purpose') notCa = undefined;
    report(defectCode(defect, 'extensions'), depthOf(certificate));
    if (options.sslClient && defect.kind === 'issuer-not-ca' && defect.why !== 'without-basic-constraints') {
      const purposeStated = stages.extensions.some((d) => d.kind === 'purpose' && d.certificate === certificate);
      if (!purposeStated) notCa = certificate;
    }
  }
  flushPurpose();
  // check_auth_level: issuers' keys, and the signatures of all but the top certificate.
  chain.forEach((certificate, index) => {
    if (index > 0 && below(keySecurityBits(certificate.publicKey))) report(67, index);
    if (index < chain.length - 1 && below(signatureSecurityBits(certificate.signatureAlgorithm))) report(68, index);
  });
  const { revocation } = options;
  const revocationStage = revocation ? revocationErrors(chain, revocation.crls, revocation.policy, at, verifier) : [];
  for (const defect of revocationStage) report(defectCode(defect, 'extensions'), depthOf(defectCertificate(defect)));
  // internal_verify: a lone certificate that is not self-issued has nothing to verify its signature with.
  const top = chain[chain.length - 1]!;
  const topSelfIssued = likelyIssuer(top, top) === undefined && top.selfIssued;
  if (chain.length === 1 && !topSelfIssued && !options.partialChain) report(21, 0);
  for (const defect of stages.signatures) report(defectCode(defect, 'signatures'), depthOf(defectCertificate(defect)));
  for (const defect of stages.names) report(defectCode(defect, 'extensions'), depthOf(defectCertificate(defect)));
  return errors;
}

/** The line the gateway logs for a refused client, from the errors OpenSSL reported; undefined when there were none. */
export function loggedVerifyError(log: VerifyErrorLog, errors: readonly VerifyError[]): string | undefined {
  const error = log.which === 'first' ? errors[0] : errors[errors.length - 1];
  if (!error) return undefined;
  const template = error.depth > 0 && log.atCa !== undefined ? log.atCa : log.atLeaf;
  return template
    .replace('{code}', String(error.code))
    .replace('{text}', VERIFY_ERROR_TEXT[error.code] ?? 'certificate verification error');
}
