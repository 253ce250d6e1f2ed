import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { children, DerError, readNode, rethrowUnlessDerError, Tag, type DerNode } from '../x509/der.js';
import { parseCertificate } from '../x509/certificate.js';
import { parseCrl } from '../x509/crl.js';
import { sha256Hex } from '../x509/sha256.js';
import { describeError } from '../errors.js';
import type { FileObject, NotLoaded, PrivateKeyObject, Span } from './file-objects.js';

// Binary files (DER certificates, CRLs, keys, PKCS#7 and PKCS#12 containers), and what PEM and DER share: keys and PKCS#7.

export const PKCS7_LABELS = new Set(['PKCS7', 'PKCS #7 SIGNED DATA', 'CMS']);

function publicKeyFingerprint(key: KeyObject): string {
  const spki = createPublicKey(key).export({ type: 'spki', format: 'der' });
  return sha256Hex(spki);
}

export function readPrivateKey(span: Span, label: string, read: () => KeyObject, encrypted: boolean): PrivateKeyObject {
  const object: PrivateKeyObject = { kind: 'private-key', label, encrypted, ...span };
  if (encrypted) return object;
  try {
    object.publicKeySha256 = publicKeyFingerprint(read());
  } catch {
    // OpenSSH, unusual curves: the key is still reported, just not compared. Its error text is never shown.
  }
  return object;
}

/** Certificates inside a PKCS#7 SignedData (a `.p7b` bundle). */
export function pkcs7Certificates(der: Uint8Array): Uint8Array[] {
  const [contentType, explicit] = children(readNode(der));
  if (contentType?.tag !== Tag.OID || explicit?.tag !== 0xa0) throw new DerError('not a PKCS#7 ContentInfo', 0);
  const signedData = children(explicit)[0];
  if (signedData?.tag !== Tag.SEQUENCE) throw new DerError('PKCS#7 content is not SignedData', 0);
  const certificates: DerNode | undefined = children(signedData).find((field) => field.tag === 0xa0);
  if (!certificates) return [];
  return children(certificates).map((node) => node.source.subarray(node.start, node.end));
}

/** PFX (RFC 7292): SEQUENCE { INTEGER 3, ContentInfo, ... }. Often holds a private key; never a bare certificate. */
function isPkcs12(bytes: Uint8Array): boolean {
  try {
    const [version, authSafe] = children(readNode(bytes));
    return (
      version?.tag === Tag.INTEGER &&
      version.end - version.contentStart === 1 &&
      bytes[version.contentStart] === 3 &&
      authSafe?.tag === Tag.SEQUENCE
    );
  } catch (error) {
    rethrowUnlessDerError(error);
    return false;
  }
}

/**
 * A CertificateList starts SEQUENCE { SEQUENCE { [INTEGER 1,] AlgorithmIdentifier, Name, Time ...:
 * after the optional version, the TBS holds two SEQUENCEs and then a time,
 * where a certificate's has a serial number and three SEQUENCEs.
 */
function looksLikeCrl(bytes: Uint8Array): boolean {
  try {
    const tbs = children(readNode(bytes))[0];
    if (tbs?.tag !== Tag.SEQUENCE) return false;
    const fields = children(tbs).slice(0, 4);
    const offset = fields[0]?.tag === Tag.INTEGER ? 1 : 0;
    const time = fields[offset + 2]?.tag;
    return fields[offset]?.tag === Tag.SEQUENCE && (time === Tag.UTC_TIME || time === Tag.GENERALIZED_TIME);
  } catch (error) {
    rethrowUnlessDerError(error);
    return false;
  }
}

export function fromDer(bytes: Uint8Array): FileObject {
  const span: Span = { line: 1, endLine: 1 };
  if (isPkcs12(bytes)) {
    return {
      kind: 'malformed',
      label: 'PKCS12',
      reason:
        'it is a PKCS#12 keystore (.p12/.pfx), which bundles certificates with their private key; export the certificate alone with `openssl pkcs12 -in FILE -nokeys -clcerts`',
      ...span,
    };
  }
  try {
    return { kind: 'certificate', encoding: 'der', certificate: parseCertificate(bytes), ...span };
  } catch (certificateError) {
    rethrowUnlessDerError(certificateError);
    if (looksLikeCrl(bytes)) {
      try {
        return { kind: 'crl', encoding: 'der', crl: parseCrl(bytes), ...span };
      } catch (crlError) {
        rethrowUnlessDerError(crlError);
        return { kind: 'malformed', label: 'X509 CRL', reason: describeError(crlError), ...span };
      }
    }
    for (const type of ['pkcs8', 'pkcs1', 'sec1'] as const) {
      try {
        const key = createPrivateKey({ key: Buffer.from(bytes), format: 'der', type });
        return readPrivateKey(span, 'DER', () => key, false);
      } catch {
        // not this kind of key
      }
    }
    return {
      kind: 'malformed',
      label: 'DER',
      reason: `binary data that is not a DER certificate: ${describeError(certificateError)}`,
      ...span,
    };
  }
}

/** A DER file given as a truststore: OpenSSL's PEM reader loads nothing from it; what it is, and its conversion. */
export function derTruststore(bytes: Uint8Array): NotLoaded {
  const span: Span = { line: 1, endLine: 1 };
  const object = fromDer(bytes);
  if (object.kind === 'certificate')
    return {
      ...span,
      reason: "binary DER, from which OpenSSL's PEM reader loads no certificate",
      certificates: [object.certificate],
      convert: 'openssl x509 -inform DER -in FILE -out FILE.pem',
    };
  try {
    const certificates = pkcs7Certificates(bytes).map((der) => parseCertificate(der));
    return {
      ...span,
      reason: `a binary (DER) PKCS#7 bundle of ${certificates.length} certificate${certificates.length === 1 ? '' : 's'}, from which OpenSSL's PEM reader loads none`,
      certificates,
      convert: 'openssl pkcs7 -inform DER -print_certs -in FILE -out FILE.pem',
    };
  } catch (error) {
    rethrowUnlessDerError(error);
    // not PKCS#7 either
  }
  const what =
    object.kind === 'crl'
      ? 'a binary (DER) CRL'
      : object.kind === 'private-key'
        ? 'a binary (DER) private key'
        : object.kind === 'malformed' && object.label === 'PKCS12'
          ? 'a PKCS#12 keystore'
          : 'binary data that is not a DER certificate';
  return { ...span, reason: `${what}, from which OpenSSL's PEM reader loads no certificate` };
}
