import { certificatesOf, type SourceFile } from '../inventory/inventory.js';
import type { CertificateObject } from '../inventory/objects.js';
import type { Certificate } from '../x509/certificate.js';

/**
 * One bundle as the gateway receives it: the certificates of one or more
 * files, in the order they are concatenated, each certificate once (OpenSSL's
 * store keeps the first of identical copies). Looked up by subject name in
 * that order, which is the order OpenSSL tries same-named issuers in.
 */
export class Truststore {
  readonly certificates: Certificate[] = [];
  /** Every certificate block of the bundle, duplicates included, in file order. */
  readonly objects: Array<{ file: SourceFile; object: CertificateObject }> = [];
  private readonly bySubject = new Map<string, Certificate[]>();
  private readonly byFingerprint = new Map<string, Certificate>();

  constructor(
    /** How the bundle is named in messages: its file, or its files joined. */
    readonly name: string,
    readonly files: readonly SourceFile[],
  ) {
    for (const file of files) {
      for (const object of certificatesOf(file)) {
        this.objects.push({ file, object });
        if (this.byFingerprint.has(object.certificate.sha256)) continue;
        this.add(object.certificate);
      }
    }
  }

  private add(certificate: Certificate): void {
    this.certificates.push(certificate);
    this.byFingerprint.set(certificate.sha256, certificate);
    const named = this.bySubject.get(certificate.subject.key);
    if (named) named.push(certificate);
    else this.bySubject.set(certificate.subject.key, [certificate]);
  }

  contains(certificate: Certificate): boolean {
    return this.byFingerprint.has(certificate.sha256);
  }

  /** Certificates with this subject (a DistinguishedName key), in bundle order. */
  withSubject(nameKey: string): readonly Certificate[] {
    return this.bySubject.get(nameKey) ?? [];
  }

  /** Where a certificate of the bundle is written: its first block. */
  locate(certificate: Certificate): { file: SourceFile; object: CertificateObject } | undefined {
    return this.objects.find((entry) => entry.object.certificate.sha256 === certificate.sha256);
  }
}
