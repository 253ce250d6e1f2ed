import type { Truststore } from '../chain/truststore.js';
import { roleOf } from '../inventory/client-file.js';
import { CERTIFICATE_FILE_ROLES } from '../inventory/files.js';
import type { Inventory } from '../inventory/inventory.js';
import { truststoreFingerprint } from './fingerprint.js';
import type { CertificateEntry, TruststoreEntry } from './report.js';

/** Every certificate read, as the report lists it. */
export function certificateEntries(inventory: Inventory, target: string): CertificateEntry[] {
  const entries: CertificateEntry[] = [];
  for (const file of inventory.files) {
    if (!CERTIFICATE_FILE_ROLES.includes(file.role)) continue;
    for (const object of file.objects) {
      if (object.kind !== 'certificate') continue;
      const c = object.certificate;
      entries.push({
        ...(target ? { target } : {}),
        file: file.path,
        line: object.line,
        endLine: object.endLine,
        role: roleOf(file, object),
        subject: c.subject.text,
        issuer: c.issuer.text,
        serialNumber: c.serialNumber,
        sha256: c.sha256,
        notBefore: c.notBefore.toISOString(),
        notAfter: c.notAfter.toISOString(),
        keyType: c.publicKey.type,
        ...(c.publicKey.type === 'EC' ? {} : c.publicKey.bits !== undefined ? { keySize: c.publicKey.bits } : {}),
        ...(c.publicKey.curve ? { curve: c.publicKey.curve } : {}),
        publicKeySha256: c.publicKey.sha256,
        signatureAlgorithm: c.signatureAlgorithm.name,
        ...(c.signatureAlgorithm.hash ? { signatureHash: c.signatureAlgorithm.hash } : {}),
        isCA: c.basicConstraints?.ca === true,
        ...(c.basicConstraints?.pathLen !== undefined ? { pathLen: c.basicConstraints.pathLen } : {}),
        ...(c.keyUsage ? { keyUsage: c.keyUsage } : {}),
        ...(c.extendedKeyUsage ? { extendedKeyUsage: c.extendedKeyUsage } : {}),
        ...(c.subjectKeyId ? { subjectKeyId: c.subjectKeyId } : {}),
        ...(c.authorityKeyId ? { authorityKeyId: c.authorityKeyId } : {}),
        selfSigned: c.selfSigned,
      });
    }
  }
  return entries;
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
