import type { SourceFile } from '../inventory/inventory.js';
import type { Certificate } from '../x509/certificate.js';

/** A truststore file's certificates, looked up by subject name and by fingerprint. */
export class TruststoreIndex {
  readonly certificates: Certificate[] = [];
  private readonly bySubject = new Map<string, Certificate[]>();
  private readonly byFingerprint = new Map<string, Certificate>();

  constructor(readonly file: SourceFile) {
    for (const object of file.objects) {
      if (object.kind !== 'certificate' || this.byFingerprint.has(object.certificate.sha256)) continue;
      this.add(object.certificate);
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

  withSubject(nameKey: string): readonly Certificate[] {
    return this.bySubject.get(nameKey) ?? [];
  }
}
