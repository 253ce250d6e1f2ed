import { certificatesOf, type SourceFile } from './inventory.js';
import type { CertificateObject } from './file-objects.js';

/**
 * A client file as a TLS client uses it: the first certificate is what the
 * client presents as its own (RFC 8446 §4.4.2: "The sender's certificate
 * MUST come in the first CertificateEntry"), the rest is what it sends with
 * it. The gateway judges the first, whatever its CA flag.
 */
export interface ClientFile {
  /** The certificate the client presents: the file's first. Absent when the file holds none. */
  leaf?: CertificateObject;
  /** Every other certificate of the file, in order: what the client sends with its own. */
  sent: CertificateObject[];
  /**
   * When the file starts with a CA and an end entity follows (a chain written
   * root or issuer first): the client's real certificate. The client's key is
   * this one's, so no handshake can succeed with the file as written.
   */
  ownAfterCa?: CertificateObject;
  /** The certificates written before `ownAfterCa` (what a reorder moves after it). */
  leadingCas: CertificateObject[];
}

const cache = new WeakMap<SourceFile, ClientFile>();

function isCa(object: CertificateObject): boolean {
  return object.certificate.basicConstraints?.ca === true;
}

export function readClientFile(file: SourceFile): ClientFile {
  let split = cache.get(file);
  if (!split) {
    const [leaf, ...sent] = certificatesOf(file);
    const ownIndex = leaf && isCa(leaf) ? sent.findIndex((object) => !isCa(object)) : -1;
    split = {
      ...(leaf ? { leaf } : {}),
      sent,
      ...(ownIndex >= 0 ? { ownAfterCa: sent[ownIndex]! } : {}),
      leadingCas: leaf && ownIndex >= 0 ? [leaf, ...sent.slice(0, ownIndex)] : [],
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
