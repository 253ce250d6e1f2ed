import { certificateExpired } from './definitions/certificate-expired.js';
import { certificateExpiringSoon } from './definitions/certificate-expiring-soon.js';
import { certificateNotYetValid } from './definitions/certificate-not-yet-valid.js';
import { chainSignatureInvalid } from './definitions/chain-signature-invalid.js';
import { chainTooLong } from './definitions/chain-too-long.js';
import { clientAuthNotPermitted } from './definitions/client-auth-not-permitted.js';
import { clientCertificateIsCa } from './definitions/client-certificate-is-ca.js';
import { clientNotEndEntity } from './definitions/client-not-end-entity.js';
import { clientCertificateRevoked } from './definitions/client-certificate-revoked.js';
import { crlExpired } from './definitions/crl-expired.js';
import { crlExpiringSoon } from './definitions/crl-expiring-soon.js';
import { crlIssuerNotInTruststore } from './definitions/crl-issuer-not-in-truststore.js';
import { crlMalformed } from './definitions/crl-malformed.js';
import { crlMissingForCa } from './definitions/crl-missing-for-ca.js';
import { crlQuota } from './definitions/crl-quota.js';
import { crlUnusable } from './definitions/crl-unusable.js';
import { revocationNotSupported } from './definitions/revocation-not-supported.js';
import { caNamesTooLarge } from './definitions/ca-names-too-large.js';
import { truststoreCertificateTooLarge } from './definitions/truststore-certificate-too-large.js';
import { truststoreRootCount } from './definitions/truststore-root-count.js';
import { duplicateCertificate } from './definitions/duplicate-certificate.js';
import { fileNotLoadable } from './definitions/file-not-loadable.js';
import { readersDisagree } from './definitions/readers-disagree.js';
import { fileNotRead } from './definitions/file-not-read.js';
import { fileSkipped } from './definitions/file-skipped.js';
import { incompleteChain } from './definitions/incomplete-chain.js';
import { insecureSignatureAlgorithm } from './definitions/insecure-signature-algorithm.js';
import { invalidCertificateExtension } from './definitions/invalid-certificate-extension.js';
import { issuerNotCa } from './definitions/issuer-not-ca.js';
import { issuerNotFound } from './definitions/issuer-not-found.js';
import { keyMismatch } from './definitions/key-mismatch.js';
import { malformedCertificate } from './definitions/malformed-certificate.js';
import { nameConstraintsViolated } from './definitions/name-constraints-violated.js';
import { notACaCertificate } from './definitions/not-a-ca-certificate.js';
import { pathLengthExceeded } from './definitions/path-length-exceeded.js';
import { privateKeyInRepository } from './definitions/private-key-in-repository.js';
import { selfSignedCertificate } from './definitions/self-signed-certificate.js';
import { truststoreFormat } from './definitions/truststore-format.js';
import { truststoreTooLarge } from './definitions/truststore-too-large.js';
import { truststoreTooManyCertificates } from './definitions/truststore-too-many-certificates.js';
import { unhandledCriticalExtension } from './definitions/unhandled-critical-extension.js';
import { unsupportedKeyType } from './definitions/unsupported-key-type.js';
import { unparseableCertificate } from './definitions/unparseable-certificate.js';
import { weakKey } from './definitions/weak-key.js';
import { configurationChangeDeferred } from './definitions/configuration-change-deferred.js';
import { workLimitReached } from './definitions/work-limit-reached.js';
import { infrastructureNotUnderstood } from './definitions/infrastructure-not-understood.js';
import { infrastructureOutsideRepository } from './definitions/infrastructure-outside-repository.js';
import { infrastructureTargetRemoved } from './definitions/infrastructure-target-removed.js';
import { truststoreNotUploaded } from './definitions/truststore-not-uploaded.js';
import { truststoreSourceMissing } from './definitions/truststore-source-missing.js';
import { truststoreVersionPinned } from './definitions/truststore-version-pinned.js';
import { internalErrorRule } from './internal-error.js';
import type { Rule } from './rule.js';

/** Every rule, in the order reports list them: file and certificate problems first, then chains. */
export const RULES: readonly Rule[] = [
  fileNotRead,
  fileSkipped,
  workLimitReached,
  configurationChangeDeferred,
  infrastructureNotUnderstood,
  infrastructureOutsideRepository,
  truststoreSourceMissing,
  infrastructureTargetRemoved,
  truststoreVersionPinned,
  truststoreNotUploaded,
  malformedCertificate,
  fileNotLoadable,
  readersDisagree,
  invalidCertificateExtension,
  unparseableCertificate,
  insecureSignatureAlgorithm,
  weakKey,
  unsupportedKeyType,
  certificateExpired,
  certificateNotYetValid,
  certificateExpiringSoon,
  unhandledCriticalExtension,
  privateKeyInRepository,
  keyMismatch,
  clientNotEndEntity,
  clientCertificateIsCa,
  truststoreTooManyCertificates,
  truststoreTooLarge,
  truststoreCertificateTooLarge,
  caNamesTooLarge,
  truststoreFormat,
  truststoreRootCount,
  duplicateCertificate,
  notACaCertificate,
  incompleteChain,
  issuerNotFound,
  selfSignedCertificate,
  chainSignatureInvalid,
  issuerNotCa,
  pathLengthExceeded,
  nameConstraintsViolated,
  chainTooLong,
  clientAuthNotPermitted,
  crlMalformed,
  crlQuota,
  crlIssuerNotInTruststore,
  crlUnusable,
  crlExpired,
  crlExpiringSoon,
  crlMissingForCa,
  clientCertificateRevoked,
  revocationNotSupported,
  internalErrorRule,
];

const BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));
if (BY_ID.size !== RULES.length) throw new Error('duplicate rule id in the registry');

export function findRule(id: string): Rule | undefined {
  return BY_ID.get(id);
}
