import type { Truststore } from '../chain/truststore.js';
import { roleOf } from '../inventory/client-file.js';
import { CERTIFICATE_FILE_ROLES } from '../inventory/files.js';
import type { CertificateObject } from '../inventory/file-objects.js';
import type { Inventory, SourceFile } from '../inventory/inventory.js';
import { truststoreFingerprint } from './fingerprint.js';
import type { CertificateEntry, TruststoreEntry } from './report.js';

/** Every certificate read, as the report lists it. */
export function certificateEntries(inventory: Inventory, target: string): CertificateEntry[] {
  const entries: CertificateEntry[] = [];
  for (const file of inventory.files) {
    if (!CERTIFICATE_FILE_ROLES.includes(file.role)) continue;
    for (const object of file.objects)
      if (object.kind === 'certificate') entries.push(certificateEntry(file, object, target));
  }
  return entries;
}

/**
 * One certificate's entry, its fields set one by one in the report's order
 * (conditional spreads in one literal cost several times as much, on every
 * certificate of a large repository).
 */
function certificateEntry(file: SourceFile, object: CertificateObject, target: string): CertificateEntry {
  const c = object.certificate;
  const entry = {} as CertificateEntry;
  if (target) entry.target = target;
  entry.file = file.path;
  entry.line = object.line;
  entry.endLine = object.endLine;
  entry.role = roleOf(file, object);
  entry.subject = c.subject.text;
  entry.issuer = c.issuer.text;
  entry.serialNumber = c.serialNumber;
  entry.sha256 = c.sha256;
  entry.notBefore = c.notBefore.toISOString();
  entry.notAfter = c.notAfter.toISOString();
  entry.keyType = c.publicKey.type;
  if (c.publicKey.type !== 'EC' && c.publicKey.bits !== undefined) entry.keySize = c.publicKey.bits;
  if (c.publicKey.curve) entry.curve = c.publicKey.curve;
  entry.publicKeySha256 = c.publicKey.sha256;
  entry.signatureAlgorithm = c.signatureAlgorithm.name;
  if (c.signatureAlgorithm.hash) entry.signatureHash = c.signatureAlgorithm.hash;
  entry.isCA = c.basicConstraints?.ca === true;
  if (c.basicConstraints?.pathLen !== undefined) entry.pathLen = c.basicConstraints.pathLen;
  if (c.keyUsage) entry.keyUsage = c.keyUsage;
  if (c.extendedKeyUsage) entry.extendedKeyUsage = c.extendedKeyUsage;
  if (c.subjectKeyId) entry.subjectKeyId = c.subjectKeyId;
  if (c.authorityKeyId) entry.authorityKeyId = c.authorityKeyId;
  entry.selfSigned = c.selfSigned;
  return entry;
}

/** A truststore as the report lists it, with its canonical fingerprint (see TruststoreEntry). */
export function truststoreEntry(truststore: Truststore): TruststoreEntry {
  const ders = truststore.objects.map(({ object }) => object.certificate.der);
  return {
    files: truststore.files.map((file) => file.path),
    certificates: ders.length,
    sha256: truststoreFingerprint(ders),
  };
}
