import type { KeyObject } from 'node:crypto';
import { createPrivateKey } from 'node:crypto';
import { readNode, children, rethrowUnlessDerError, Tag } from '../x509/der.js';
import { parseCertificate, type Certificate } from '../x509/certificate.js';
import { parseCrl } from '../x509/crl.js';
import { describeError } from '../errors.js';
import { PKCS7_LABELS, pkcs7Certificates, readPrivateKey } from './der-objects.js';
import type {
  CertificateObject,
  FileObject,
  LoadFailure,
  NotLoaded,
  PrivateKeyObject,
  ReadResult,
  Span,
  TextObject,
} from './file-objects.js';
import { headerProblem, readOpensslPem, type OpensslPemBlock, type OpensslPemReading } from './readers/openssl-pem.js';
import { readerDisagreement } from './reader-agreement.js';

// PEM text files, block by block as OpenSSL's `PEM_X509_INFO_read_bio` takes them.

/** A block OpenSSL's reader stops at: why, and the key it is, where it is one (still key material in the repository). */
interface BlockFailure extends LoadFailure {
  failed: string;
  key?: PrivateKeyObject;
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
  } catch (error) {
    rethrowUnlessDerError(error);
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
    rethrowUnlessDerError(error);
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
    } catch (error) {
      rethrowUnlessDerError(error);
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

/** Lines as fileLines counts them: split at LF, none after a final newline. */
function countLines(bytes: Uint8Array): number {
  // A plain loop: TypedArray.prototype.indexOf restarted at every line took a tenth of a client file's reading.
  let count = 0;
  for (let at = 0; at < bytes.length; at++) if (bytes[at] === 0x0a) count++;
  return bytes.length > 0 && bytes[bytes.length - 1] !== 0x0a ? count + 1 : count;
}

export const BEGIN_MARK = Buffer.from('-----BEGIN', 'latin1');

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

/** Reads a PEM text file as OpenSSL's `PEM_X509_INFO_read_bio` does, and compares with Go's reading. */
export function readPemText(bytes: Uint8Array, maxBlocks: number): ReadResult {
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
    const disagreement = readerDisagreement(bytes, reading.plain, certificates, blockBytes);
    if (disagreement) result.disagreement = disagreement;
  }
  return result;
}
