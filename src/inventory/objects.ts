import { createPrivateKey, createPublicKey, createHash, type KeyObject } from 'node:crypto';
import { children, DerError, readNode, Tag, type DerNode } from '../x509/der.js';
import { parseCertificate, type Certificate } from '../x509/certificate.js';
import { parseCrl, type RevocationList } from '../x509/crl.js';
import { scanPem, type PemBlock } from './pem.js';
import { describeError } from '../errors.js';

/** Where an object sits in its file, 1-based and inclusive. DER files are line 1. */
export interface Span {
  line: number;
  endLine: number;
}

export type CertificateEncoding = 'pem' | 'trusted-pem' | 'pkcs7' | 'der';

export interface CertificateObject extends Span {
  kind: 'certificate';
  encoding: CertificateEncoding;
  certificate: Certificate;
}

export interface PrivateKeyObject extends Span {
  kind: 'private-key';
  /** The PEM label, or `DER`. */
  label: string;
  encrypted: boolean;
  /** SHA-256 of the matching public key's SubjectPublicKeyInfo, when the key could be read. */
  publicKeySha256?: string;
}

export interface MalformedObject extends Span {
  kind: 'malformed';
  label: string;
  reason: string;
}

/** A certificate revocation list: a PEM `X509 CRL` block or a DER file. */
export interface CrlObject extends Span {
  kind: 'crl';
  encoding: 'pem' | 'der';
  crl: RevocationList;
}

/** A decodable object that is not a certificate, a CRL or a key: CSR, public key, unknown PEM label. */
export interface OtherObject extends Span {
  kind: 'other';
  label: string;
}

/** Non-blank text outside any PEM block, such as an `openssl x509 -text` dump or `#` comments. */
export interface TextObject extends Span {
  kind: 'text';
  /** Its non-blank lines, trimmed. */
  lines: string[];
}

export type FileObject = CertificateObject | CrlObject | PrivateKeyObject | MalformedObject | OtherObject | TextObject;

const CERTIFICATE_LABELS = new Set(['CERTIFICATE', 'X509 CERTIFICATE', 'X.509 CERTIFICATE']);
const PKCS7_LABELS = new Set(['PKCS7', 'PKCS #7 SIGNED DATA', 'CMS']);

function publicKeyFingerprint(key: KeyObject): string {
  const spki = createPublicKey(key).export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('hex').toUpperCase();
}

function readPrivateKey(span: Span, label: string, read: () => KeyObject, encrypted: boolean): PrivateKeyObject {
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
function pkcs7Certificates(der: Uint8Array): Uint8Array[] {
  const [contentType, explicit] = children(readNode(der));
  if (contentType?.tag !== Tag.OID || explicit?.tag !== 0xa0) throw new DerError('not a PKCS#7 ContentInfo', 0);
  const signedData = children(explicit)[0];
  if (signedData?.tag !== Tag.SEQUENCE) throw new DerError('PKCS#7 content is not SignedData', 0);
  const certificates: DerNode | undefined = children(signedData).find((field) => field.tag === 0xa0);
  if (!certificates) return [];
  return children(certificates).map((node) => node.source.subarray(node.start, node.end));
}

function fromPemBlock(block: PemBlock, pemText: string): FileObject[] {
  const span: Span = { line: block.startLine, endLine: block.endLine };
  const { label } = block;
  const isPrivateKey = label.endsWith('PRIVATE KEY');
  if (block.error || !block.der) {
    if (isPrivateKey) return [{ kind: 'private-key', label, encrypted: false, ...span }];
    return [{ kind: 'malformed', label, reason: block.error ?? 'empty block', ...span }];
  }
  const der = block.der;
  if (isPrivateKey) {
    const encrypted = label === 'ENCRYPTED PRIVATE KEY' || block.hasHeaders;
    const blockText = pemText
      .split('\n')
      .slice(block.startLine - 1, block.endLine)
      .join('\n');
    return [readPrivateKey(span, label, () => createPrivateKey({ key: blockText, format: 'pem' }), encrypted)];
  }
  try {
    if (label === 'X509 CRL') return [{ kind: 'crl', encoding: 'pem', crl: parseCrl(der), ...span }];
    if (CERTIFICATE_LABELS.has(label)) {
      return [{ kind: 'certificate', encoding: 'pem', certificate: parseCertificate(der), ...span }];
    }
    if (label === 'TRUSTED CERTIFICATE') {
      return [{ kind: 'certificate', encoding: 'trusted-pem', certificate: parseCertificate(der, true), ...span }];
    }
    if (PKCS7_LABELS.has(label)) {
      return pkcs7Certificates(der).map((certDer) => ({
        kind: 'certificate',
        encoding: 'pkcs7',
        certificate: parseCertificate(certDer),
        ...span,
      }));
    }
  } catch (error) {
    return [{ kind: 'malformed', label, reason: describeError(error), ...span }];
  }
  return [{ kind: 'other', label, ...span }];
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  for (const byte of sample) {
    if (byte === 0 || byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) return true;
  }
  return false;
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
  } catch {
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
  } catch {
    return false;
  }
}

function fromDer(bytes: Uint8Array): FileObject {
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
    if (looksLikeCrl(bytes)) {
      try {
        return { kind: 'crl', encoding: 'der', crl: parseCrl(bytes), ...span };
      } catch (crlError) {
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

export interface ReadResult {
  objects: FileObject[];
  /** Blank lines of a PEM text file (1-based), which some gateways refuse. */
  blankLines?: number[];
  /** Set when the file held more than `maxBlocks` PEM blocks: where reading stopped. */
  truncated?: { line: number };
}

/** Every object in a file's bytes, in order, up to `maxBlocks` PEM blocks; never throws. */
export function readObjects(bytes: Uint8Array, maxBlocks = Infinity): ReadResult {
  const whole = (object: FileObject): ReadResult => ({ objects: [object] });
  if (bytes.length === 0)
    return whole({ kind: 'malformed', label: 'file', reason: 'the file is empty', line: 1, endLine: 1 });
  const text = Buffer.from(bytes).toString('latin1');
  if (!text.includes('-----BEGIN ')) {
    if (bytes[0] === Tag.SEQUENCE) return whole(fromDer(bytes));
    if (looksBinary(bytes))
      return whole({
        kind: 'malformed',
        label: 'file',
        reason: 'binary data that is neither PEM nor a DER certificate',
        line: 1,
        endLine: 1,
      });
  }
  const objects: FileObject[] = [];
  const { items, blankLines, truncatedAtLine } = scanPem(text, maxBlocks);
  for (const item of items) {
    if (item.kind === 'text')
      objects.push({ kind: 'text', line: item.startLine, endLine: item.endLine, lines: item.lines });
    else objects.push(...fromPemBlock(item, text));
  }
  return { objects, blankLines, ...(truncatedAtLine === undefined ? {} : { truncated: { line: truncatedAtLine } }) };
}
