import type { Certificate } from '../x509/certificate.js';
import type { RevocationList } from '../x509/crl.js';

// What a file holds, as the gateway's reader loads it (see objects.ts): plain data, so a worker thread can send it.

/** Where an object sits in its file, 1-based and inclusive. DER files are line 1. */
export interface Span {
  line: number;
  endLine: number;
}

export type CertificateEncoding = 'pem' | 'trusted-pem' | 'der';

export interface CertificateObject extends Span {
  kind: 'certificate';
  encoding: CertificateEncoding;
  certificate: Certificate;
  /** Bytes after the certificate inside its PEM block: OpenSSL's d2i_X509 ignores them, Go refuses the block. */
  trailingBytes?: number;
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

/** What OpenSSL's reader did not load from a file that it read: a block it skips, a container, text after its end. */
export interface NotLoaded extends Span {
  /** What it is and why the reader passes it by, as a clause ("a PKCS7 block: ..."). */
  reason: string;
  /** Its certificates, where the tool could read them (a PKCS#7 bundle's). */
  certificates?: Certificate[];
  /** How to turn it into what the reader loads, quoted for a shell with FILE standing for the file. */
  convert?: string;
}

/** Where OpenSSL's reader gives up on a file: `PEM_X509_INFO_read_bio` then loads nothing from it at all. */
export interface LoadFailure extends Span {
  reason: string;
  /**
   * The block's DER does not parse with the tool's parser, which refuses a few
   * encodings `d2i_X509` reads: OpenSSL may load the file after all.
   */
  undecodable?: true;
}

/** A certificate as one reader loads it. */
export interface LoadedCertificate {
  sha256: string;
  line: number;
  subject: string;
}

/** OpenSSL's and Go's readers load different certificates from a file that both read without error. */
export interface ReaderDisagreement extends Span {
  openssl: LoadedCertificate[];
  go: LoadedCertificate[];
}

export interface ReadResult {
  objects: FileObject[];
  /** Blank lines of a PEM text file (1-based), which some gateways refuse. */
  blankLines?: number[];
  /** Set when the file held more than `maxBlocks` PEM blocks: where reading stopped. */
  truncated?: { line: number };
  /** OpenSSL's reader fails on the file and loads nothing from it: where and why. */
  loadFailure?: LoadFailure;
  /** What OpenSSL's reader passes by without loading: containers, blocks it does not see as blocks. */
  notLoaded?: NotLoaded[];
  /** OpenSSL's and Go's readers load different certificates from the file. */
  disagreement?: ReaderDisagreement;
  /** Lines of a text file, as fixes number them (no line after a final newline). */
  lineCount?: number;
  /** The reader failed on the file (a bug in it, not a fault of the file): what it said, reported as an internal error. */
  readerError?: string;
}
