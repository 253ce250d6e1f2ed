import { certificatesOf, type SourceFile } from './inventory.js';
import type { CertificateObject } from './objects.js';

/**
 * A client file as a TLS client uses it: its certificate first, then the
 * intermediates it sends. Files in the wrong order (a fullchain with the root
 * first) or holding only a CA are common, so the client's certificate is the
 * first end entity (not basicConstraints cA); CA certificates before it are
 * `leadingCas`.
 */
export interface ClientFile {
  /** The client's own certificate: the first that is not a CA. Absent when the file holds only CAs. */
  leaf?: CertificateObject;
  /** Every other certificate of the file, in order: what the client sends with its own. */
  sent: CertificateObject[];
  /** CA certificates written before the client's own (so the first certificate of the file is not the client's). */
  leadingCas: CertificateObject[];
}

const cache = new WeakMap<SourceFile, ClientFile>();

export function readClientFile(file: SourceFile): ClientFile {
  let split = cache.get(file);
  if (!split) {
    const certificates = certificatesOf(file);
    const index = certificates.findIndex((object) => object.certificate.basicConstraints?.ca !== true);
    const leaf = index === -1 ? undefined : certificates[index];
    split = {
      ...(leaf ? { leaf } : {}),
      sent: certificates.filter((object) => object !== leaf),
      leadingCas: index === -1 ? certificates : certificates.slice(0, index),
    };
    cache.set(file, split);
  }
  return split;
}

export type CertificateRole = 'truststore' | 'client' | 'sent';

/** What a certificate is to the gateway: part of the bundle, a client's own, or something a client sends with it. */
export function roleOf(file: SourceFile, object: CertificateObject): CertificateRole {
  if (file.role === 'truststore') return 'truststore';
  return readClientFile(file).leaf === object ? 'client' : 'sent';
}

/** How a certificate is referred to in messages. */
export const ROLE_WORDS: Record<CertificateRole, string> = {
  truststore: 'truststore certificate',
  client: 'client certificate',
  sent: 'certificate the client sends',
};
