import { createPrivateKey, createPublicKey, createHash, type KeyObject } from 'node:crypto';
import { children, DerError, readNode, Tag, type DerNode } from '../x509/der.js';
import { parseCertificate, type Certificate } from '../x509/certificate.js';
import { parseCrl, type RevocationList } from '../x509/crl.js';
import { describeError } from '../errors.js';
import type { FileRole } from './files.js';
import { headerProblem, readOpensslPem, type OpensslPemBlock, type OpensslPemReading } from './readers/openssl-pem.js';
import { readGoPem } from './readers/go-pem.js';
import { goParsesCertificate } from './readers/go-x509.js';

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

/** A block OpenSSL's reader stops at: why, and the key it is, where it is one (still key material in the repository). */
interface BlockFailure extends LoadFailure {
  failed: string;
  key?: PrivateKeyObject;
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

/** `PEM_get_EVP_CIPHER_INFO` for a private key's headers: a key is encrypted when it has a Proc-Type header at all. */
function keyObject(block: OpensslPemBlock, span: Span): PrivateKeyObject | BlockFailure {
  const { name } = block;
  const encrypted = name === 'ENCRYPTED PRIVATE KEY' || block.header.length > 10;
  const unread: PrivateKeyObject = { kind: 'private-key', label: name, encrypted, ...span };
  const failure = (reason: string): BlockFailure => ({ ...span, failed: name, reason, key: unread });
  if (encrypted) {
    if (
      name !== 'ENCRYPTED PRIVATE KEY' &&
      !/^[ \t]*Proc-Type:[ \t]*4,[ \t]*ENCRYPTED[ \t\r]*\nDEK-Info:/.test(block.header)
    )
      return failure(`the ${name} block's headers are not a "Proc-Type: 4,ENCRYPTED" and "DEK-Info:" pair`);
    return unread;
  }
  const problem = headerProblem(block);
  if (problem) return failure(`the ${name} block cannot be read: ${problem}`);
  let key: KeyObject | undefined;
  for (const type of ['pkcs8', 'pkcs1', 'sec1'] as const) {
    try {
      key = createPrivateKey({ key: Buffer.from(block.der), format: 'der', type });
      break;
    } catch {
      // not this kind of key
    }
  }
  if (!key) return failure(`the ${name} block does not decode as a private key`);
  return readPrivateKey(span, name, () => key, false);
}

/** OpenSSL's `d2i_X509_CERT_AUX` on what follows a TRUSTED CERTIFICATE: trust and reject lists, an alias, a key id. */
function isCertificateAux(bytes: Uint8Array): boolean {
  try {
    const node = readNode(bytes);
    if (node.tag !== Tag.SEQUENCE) return false;
    const order: number[] = [Tag.SEQUENCE, 0xa0, Tag.UTF8_STRING, Tag.OCTET_STRING, 0xa1];
    let next = 0;
    for (const child of children(node)) {
      const at = order.indexOf(child.tag, next);
      if (at < 0) return false;
      next = at + 1;
    }
    return true;
  } catch {
    return false;
  }
}

const CERTIFICATE_NAMES = new Set(['CERTIFICATE', 'X509 CERTIFICATE', 'TRUSTED CERTIFICATE']);

/**
 * One block as `PEM_X509_INFO_read_bio` takes it: certificates through
 * `d2i_X509` (which reads the first certificate and ignores what follows),
 * TRUSTED CERTIFICATE through `d2i_X509_AUX`, CRLs, private keys; any other
 * name is skipped once its base64 decodes. A block it cannot take ends the
 * reading with an error.
 */
function fromOpensslBlock(block: OpensslPemBlock): FileObject | NotLoaded | BlockFailure {
  const span: Span = { line: block.line, endLine: block.endLine };
  const { name } = block;
  if (name.includes('PRIVATE KEY')) return keyObject(block, span);
  const isCertificate = CERTIFICATE_NAMES.has(name);
  if (isCertificate || name === 'X509 CRL') {
    const problem = headerProblem(block);
    if (problem) return { ...span, failed: name, reason: `the ${name} block cannot be read: ${problem}` };
  }
  try {
    if (isCertificate) {
      const certificate = parseCertificate(block.der, true);
      const certificateEnd = readNode(block.der).end;
      const trailing = block.der.length - certificateEnd;
      if (name === 'TRUSTED CERTIFICATE') {
        if (trailing > 0 && !isCertificateAux(block.der.subarray(certificateEnd)))
          return {
            ...span,
            failed: name,
            reason: `the ${name} block's ${trailing} bytes after the certificate are not OpenSSL trust settings`,
          };
        return { kind: 'certificate', encoding: 'trusted-pem', certificate, ...span };
      }
      return {
        kind: 'certificate',
        encoding: 'pem',
        certificate,
        ...span,
        ...(trailing > 0 ? { trailingBytes: trailing } : {}),
      };
    }
    if (name === 'X509 CRL')
      return { kind: 'crl', encoding: 'pem', crl: parseCrl(block.der.subarray(0, readNode(block.der).end)), ...span };
  } catch (error) {
    return {
      ...span,
      failed: name,
      undecodable: true,
      reason: `the ${name} block does not decode: ${describeError(error)}`,
    };
  }
  if (PKCS7_LABELS.has(name)) {
    let certificates: Certificate[] = [];
    try {
      certificates = pkcs7Certificates(block.der).map((der) => parseCertificate(der));
    } catch {
      // Counted as it is: the block is not loaded either way.
    }
    return {
      ...span,
      reason: `a ${name} block (a PKCS#7 bundle${certificates.length > 0 ? ` of ${certificates.length} certificate${certificates.length === 1 ? '' : 's'}` : ''}), from which OpenSSL's PEM reader loads no certificate`,
      certificates,
      convert: 'openssl pkcs7 -print_certs -in FILE -out FILE.pem',
    };
  }
  return { kind: 'other', label: name, ...span };
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
  /** OpenSSL's reader fails on the file and loads nothing from it: where and why. */
  loadFailure?: LoadFailure;
  /** What OpenSSL's reader passes by without loading: containers, blocks it does not see as blocks. */
  notLoaded?: NotLoaded[];
  /** OpenSSL's and Go's readers load different certificates from the file. */
  disagreement?: ReaderDisagreement;
  /** Lines of a text file, as fixes number them (no line after a final newline). */
  lineCount?: number;
}

/** Lines as fileLines counts them: split at LF, none after a final newline. */
function countLines(bytes: Uint8Array): number {
  let count = 0;
  for (let at = bytes.indexOf(0x0a); at >= 0; at = bytes.indexOf(0x0a, at + 1)) count++;
  return bytes.length > 0 && bytes[bytes.length - 1] !== 0x0a ? count + 1 : count;
}

const BEGIN_MARK = Buffer.from('-----BEGIN', 'latin1');

/** A DER file given as a truststore: OpenSSL's PEM reader loads nothing from it; what it is, and its conversion. */
function derTruststore(bytes: Uint8Array): NotLoaded {
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
  } catch {
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

/** Text outside blocks, one object per run between two blocks (blank lines do not end a run). */
function textObjects(bytes: Uint8Array, reading: OpensslPemReading): TextObject[] {
  const runs: TextObject[] = [];
  const blockStarts = reading.blocks.map((block) => block.line);
  let blockIndex = 0;
  let current: TextObject | undefined;
  let currentGap = -1;
  for (const skipped of reading.skipped) {
    while (blockIndex < blockStarts.length && blockStarts[blockIndex]! <= skipped.line) blockIndex++;
    const text = Buffer.from(bytes.buffer, bytes.byteOffset + skipped.start, skipped.end - skipped.start)
      .toString('latin1')
      .trim();
    if (current && currentGap === blockIndex) {
      current.endLine = skipped.line;
      current.lines.push(text);
    } else {
      current = { kind: 'text', line: skipped.line, endLine: skipped.line, lines: [text] };
      currentGap = blockIndex;
      runs.push(current);
    }
  }
  return runs;
}

/** Lines OpenSSL skips that look like they were meant to open a block: the block is not loaded. */
function missedBlocks(texts: readonly TextObject[]): NotLoaded[] {
  const missed: NotLoaded[] = [];
  for (const text of texts) {
    text.lines.forEach((line, index) => {
      if (!line.includes('-----BEGIN')) return;
      const at = text.line + index;
      const why = /\r(?!$)/.test(line)
        ? "the file's lines end in CR alone, which OpenSSL does not take for line ends, so it reads them as one line of text (convert with `tr '\\r' '\\n'`)"
        : `line ${at} reads as text, not as the start of a block (a BEGIN line must start at column 0 with "-----BEGIN " and end with "-----"), so the block after it is skipped`;
      missed.push({ line: at, endLine: at, reason: why });
    });
  }
  return missed;
}

/**
 * Go's reading (`x509.CertPool.AppendCertsFromPEM`): each CERTIFICATE block
 * without headers whose bytes `x509.ParseCertificate` takes whole, as
 * modelled here; `known` holds certificates already parsed, by their DER.
 */
export function goCertificates(
  bytes: Uint8Array,
  known: ReadonlyMap<string, Certificate> = new Map(),
): LoadedCertificate[] {
  const loaded: LoadedCertificate[] = [];
  for (const block of readGoPem(bytes)) {
    if (block.type !== 'CERTIFICATE' || block.hasHeaders) continue;
    const key = Buffer.from(block.bytes).toString('latin1');
    let certificate = known.get(key);
    if (!certificate) {
      try {
        certificate = parseCertificate(block.bytes);
      } catch {
        continue;
      }
    }
    if (!goParsesCertificate(certificate, block.bytes)) continue;
    loaded.push({ sha256: certificate.sha256, line: block.line, subject: certificate.subject.text });
  }
  return loaded;
}

function sameCertificates(a: readonly LoadedCertificate[], b: readonly LoadedCertificate[]): boolean {
  if (a.length !== b.length) return false;
  const sorted = (list: readonly LoadedCertificate[]) => list.map((entry) => entry.sha256).sort();
  const [x, y] = [sorted(a), sorted(b)];
  return x.every((sha256, index) => sha256 === y[index]);
}

/** Reads a PEM text file as OpenSSL's `PEM_X509_INFO_read_bio` does, and compares with Go's reading. */
function readPemText(bytes: Uint8Array, maxBlocks: number): ReadResult {
  const reading = readOpensslPem(bytes, maxBlocks);
  const texts = textObjects(bytes, reading);
  const objects: FileObject[] = [];
  const notLoaded: NotLoaded[] = missedBlocks(texts);
  let loadFailure: LoadFailure | undefined;
  let textIndex = 0;
  /** Each certificate with its block's bytes (which may hold more than the certificate). */
  const blockBytes = new Map<CertificateObject, Uint8Array>();
  for (const block of reading.blocks) {
    while (textIndex < texts.length && texts[textIndex]!.line < block.line) objects.push(texts[textIndex++]!);
    const read = fromOpensslBlock(block);
    if ('kind' in read) {
      objects.push(read);
      if (read.kind === 'certificate') blockBytes.set(read, block.der);
    } else if ('failed' in read) {
      // The block is where the reading stops: reported as what it is, and the file as not loaded.
      objects.push(
        read.key ?? {
          kind: 'malformed',
          label: read.failed,
          reason: read.reason,
          line: read.line,
          endLine: read.endLine,
        },
      );
      loadFailure = {
        line: read.line,
        endLine: read.endLine,
        reason: read.reason,
        ...(read.undecodable ? { undecodable: true as const } : {}),
      };
      break;
    } else {
      notLoaded.push(read);
    }
  }
  if (!loadFailure && reading.failure) {
    const { name, line, blockLine, reason } = reading.failure;
    const where = line === blockLine ? reason : `line ${line}: ${reason}`;
    objects.push({ kind: 'malformed', label: name, reason: where, line: blockLine, endLine: line });
    loadFailure = { line: blockLine, endLine: line, reason: where };
  }
  while (textIndex < texts.length) objects.push(texts[textIndex++]!);
  if (reading.endedEarlyAt !== undefined && !loadFailure) {
    const at = reading.endedEarlyAt;
    const rest =
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).indexOf(BEGIN_MARK, 0) >= 0
        ? 'what follows it is not read'
        : 'nothing after it is read';
    notLoaded.push({
      line: at,
      endLine: at,
      reason: `line ${at} starts with a NUL byte, which OpenSSL's reader takes for the end of the file: ${rest}`,
    });
  }
  const result: ReadResult = {
    objects: loadFailure ? objects.filter((object) => object.kind !== 'certificate' && object.kind !== 'crl') : objects,
    blankLines: reading.blankLines,
    lineCount: countLines(bytes),
  };
  if (reading.truncatedAtLine !== undefined) result.truncated = { line: reading.truncatedAtLine };
  if (loadFailure) result.loadFailure = loadFailure;
  if (notLoaded.length > 0) result.notLoaded = notLoaded.sort((a, b) => a.line - b.line);
  if (!loadFailure && result.truncated === undefined) {
    const certificates = objects.filter((object): object is CertificateObject => object.kind === 'certificate');
    const openssl = certificates.map((object) => ({
      sha256: object.certificate.sha256,
      line: object.line,
      subject: object.certificate.subject.text,
    }));
    // A plain file frames alike in both readers: Go's blocks are OpenSSL's, and only its x509 parser can differ.
    const go = reading.plain
      ? certificates
          .filter((object) => goParsesCertificate(object.certificate, blockBytes.get(object)!))
          .map((object) => ({
            sha256: object.certificate.sha256,
            line: object.line,
            subject: object.certificate.subject.text,
          }))
      : goCertificates(
          bytes,
          new Map(
            certificates.map((object) => [Buffer.from(blockBytes.get(object)!).toString('latin1'), object.certificate]),
          ),
        );
    if (!sameCertificates(openssl, go)) {
      const lines = [...openssl, ...go].map((entry) => entry.line);
      const goShas = new Set(go.map((entry) => entry.sha256));
      const opensslShas = new Set(openssl.map((entry) => entry.sha256));
      const differing = [
        ...openssl.filter((entry) => !goShas.has(entry.sha256)),
        ...go.filter((entry) => !opensslShas.has(entry.sha256)),
      ].map((entry) => entry.line);
      const first = Math.min(...(differing.length > 0 ? differing : lines.length > 0 ? lines : [1]));
      result.disagreement = { line: first, endLine: first, openssl, go };
    }
  }
  return result;
}

/**
 * Every object in a file's bytes, in order, as the gateway's reader loads
 * them (OpenSSL's PEM reader for text; for a client or CRL file, a DER
 * certificate or CRL too), up to `maxBlocks` PEM blocks; never throws.
 */
export function readObjects(bytes: Uint8Array, maxBlocks = Infinity, role?: FileRole): ReadResult {
  const whole = (object: FileObject): ReadResult => ({ objects: [object] });
  if (bytes.length === 0)
    return whole({ kind: 'malformed', label: 'file', reason: 'the file is empty', line: 1, endLine: 1 });
  if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).indexOf(BEGIN_MARK) < 0) {
    if (bytes[0] === Tag.SEQUENCE) {
      if (role === 'truststore') return { objects: [], notLoaded: [derTruststore(bytes)] };
      return whole(fromDer(bytes));
    }
    if (looksBinary(bytes))
      return whole({
        kind: 'malformed',
        label: 'file',
        reason: 'binary data that is neither PEM nor a DER certificate',
        line: 1,
        endLine: 1,
      });
  }
  return readPemText(bytes, maxBlocks);
}
