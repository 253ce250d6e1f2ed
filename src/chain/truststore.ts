import { certificatesOf, type SourceFile } from '../inventory/inventory.js';
import type { CertificateObject } from '../inventory/file-objects.js';
import type { Certificate } from '../x509/certificate.js';

/**
 * Certificates of one subject name that path building considers as issuers.
 * OpenSSL tries them all; each client's search scans them, so a bundle of
 * thousands of same-named certificates (no real PKI has more than a handful:
 * renewals, cross-signs) would make every client's check slow. Past the
 * bound the rest are set aside and reported.
 */
export const MAX_SAME_NAME_CERTIFICATES = 100;

/** A subject name with more certificates than path building considers. */
export interface CrowdedName {
  /** How many distinct certificates of the bundle have the name. */
  count: number;
  /** The first certificate set aside, where the finding goes. */
  firstIgnored: { file: SourceFile; object: CertificateObject };
}

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
  /** Names over MAX_SAME_NAME_CERTIFICATES, by subject key. */
  readonly crowded = new Map<string, CrowdedName>();

  constructor(
    /** How the bundle is named in messages: its file, or its files joined. */
    readonly name: string,
    readonly files: readonly SourceFile[],
  ) {
    for (const file of files) {
      for (const object of certificatesOf(file)) {
        this.objects.push({ file, object });
        if (this.byFingerprint.has(object.certificate.sha256)) continue;
        this.add(object.certificate, { file, object });
      }
    }
  }

  private add(certificate: Certificate, where: CrowdedName['firstIgnored']): void {
    this.certificates.push(certificate);
    this.byFingerprint.set(certificate.sha256, certificate);
    const key = certificate.subject.key;
    const named = this.bySubject.get(key);
    if (!named) this.bySubject.set(key, [certificate]);
    else if (named.length < MAX_SAME_NAME_CERTIFICATES) named.push(certificate);
    else {
      const crowded = this.crowded.get(key);
      if (crowded) crowded.count++;
      else this.crowded.set(key, { count: named.length + 1, firstIgnored: where });
    }
  }

  contains(certificate: Certificate): boolean {
    return this.byFingerprint.has(certificate.sha256);
  }

  /** Certificates with this subject (a DistinguishedName key), in bundle order, at most MAX_SAME_NAME_CERTIFICATES. */
  withSubject(nameKey: string): readonly Certificate[] {
    return this.bySubject.get(nameKey) ?? [];
  }

  /** Where a certificate of the bundle is written: its first block. */
  locate(certificate: Certificate): { file: SourceFile; object: CertificateObject } | undefined {
    return this.objects.find((entry) => entry.object.certificate.sha256 === certificate.sha256);
  }
}
