/**
 * OpenSSL 3.0's PEM reader, as `PEM_X509_INFO_read_bio` drives it over a
 * file: what `openssl verify -CAfile`, NGINX's `ssl_client_certificate`,
 * HAProxy's `ca-file` and `openssl crl2pkcs7 -certfile` load. Modelled on
 * crypto/pem/pem_lib.c (`get_name`, `get_header_and_data`, `sanitize_line`
 * with PEM_FLAG_EAY_COMPATIBLE), crypto/evp/encode.c (`EVP_DecodeUpdate`)
 * and crypto/bio/bss_file.c (`file_gets`), and checked against the openssl
 * binary by the differential test (__tests__/differential/reader.test.ts).
 *
 * The reader works on lines as `fgets` returns them: at most 254 bytes, so a
 * longer line is several; a line's length is where its first NUL byte is,
 * and a line that starts with NUL reads as the end of the file. Every line is
 * stripped of trailing bytes up to 0x20 or from 0x80 (a signed char), never
 * of leading ones. A block opens only with `-----BEGIN ` at column 0 and a
 * line ending `-----`; its first line with a colon, or a blank line, starts
 * RFC 1421 headers; it closes only with `-----END <same name>-----`. One bad
 * block stops the reading, and `PEM_X509_INFO_read_bio` then loads nothing
 * from the whole file.
 */

import { decodeBody, type Part } from './openssl-base64.js';
import { isBlankLine, isPlainLine, latin1, LineReader, type Chunk } from './openssl-lines.js';

/** One block as `PEM_read_bio` returns it: its name, headers and decoded body. */
export interface OpensslPemBlock {
  /** The name between `-----BEGIN ` and `-----` (`CERTIFICATE`). */
  name: string;
  /** 1-based lines of the BEGIN and END lines. */
  line: number;
  endLine: number;
  /** RFC 1421 header lines, each ending in a newline ('' when the block has none). */
  header: string;
  /** The blank line that ended the headers, when there was one. */
  blankLine?: number;
  /** The body after base64 decoding. */
  der: Uint8Array;
}

/** Why the reading stopped with an error, and where. */
export interface OpensslPemFailure {
  /** The name of the block it failed in. */
  name: string;
  /** The line that made it fail, and the BEGIN line of its block. */
  line: number;
  blockLine: number;
  reason: string;
}

/** A line OpenSSL skips as text outside any block. */
export interface SkippedLine {
  line: number;
  /** Byte offsets of the whole physical line in the file (without its newline). */
  start: number;
  end: number;
}

export interface OpensslPemReading {
  blocks: OpensslPemBlock[];
  failure?: OpensslPemFailure;
  /** Non-blank lines outside blocks, in order (a long line once). */
  skipped: SkippedLine[];
  /** Lines holding only spaces, tabs, CR, VT or FF. */
  blankLines: number[];
  /** The reading ended at this line, before the end of the file: a line starting with a NUL byte reads as the end. */
  endedEarlyAt?: number;
  /** Reading stopped before block number `maxBlocks + 1`, which starts on this line. */
  truncatedAtLine?: number;
  /**
   * Every line is a CERTIFICATE delimiter or a base64 line of a block, each
   * ending in LF or CRLF: a file every PEM reader frames alike (Go's reader
   * then finds the same blocks with the same bytes).
   */
  plain: boolean;
}

const BEGIN = Buffer.from('-----BEGIN ', 'latin1');
const END = Buffer.from('-----END ', 'latin1');
const DASHES = 0x2d;
const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

function startsWith(bytes: Uint8Array, at: number, end: number, prefix: Uint8Array): boolean {
  if (end - at < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[at + i] !== prefix[i]) return false;
  return true;
}

/** `-----` just before `end`. */
function endsWithDashes(bytes: Uint8Array, start: number, end: number): boolean {
  if (end - start < 5) return false;
  for (let i = end - 5; i < end; i++) if (bytes[i] !== DASHES) return false;
  return true;
}

/** Reads the blocks of a file as `PEM_X509_INFO_read_bio` does, stopping before block `maxBlocks + 1`. */
export function readOpensslPem(bytes: Uint8Array, maxBlocks = Infinity): OpensslPemReading {
  const reader = new LineReader(bytes);
  const blocks: OpensslPemBlock[] = [];
  const skipped: SkippedLine[] = [];
  const blankLines: number[] = [];
  const reading: OpensslPemReading = { blocks, skipped, blankLines, plain: true };
  let lastSkippedLine = 0;
  const skip = (chunk: Chunk, contentStart: number) => {
    if (chunk.contentEnd > contentStart) {
      if (chunk.line !== lastSkippedLine) {
        lastSkippedLine = chunk.line;
        skipped.push(physicalLine(chunk));
      }
    } else if (isBlankLine(bytes, chunk)) {
      blankLines.push(chunk.line);
    }
  };

  for (;;) {
    // get_name: skip lines until a BEGIN line; the first line read strips a UTF-8 byte-order mark.
    let chunk: Chunk | undefined;
    let name: string | undefined;
    let first = true;
    for (;;) {
      chunk = reader.next();
      if (!chunk) break;
      let contentStart = chunk.start;
      if (first && chunk.rawLength > 3 && UTF8_BOM.every((byte, i) => bytes[chunk!.start + i] === byte))
        contentStart += 3;
      if (!isPlainLine(bytes, chunk, contentStart)) reading.plain = false;
      first = false;
      const { contentEnd } = chunk;
      if (
        startsWith(bytes, contentStart, contentEnd, BEGIN) &&
        contentEnd - contentStart >= BEGIN.length + 5 &&
        endsWithDashes(bytes, contentStart, contentEnd)
      ) {
        name = latin1(bytes, contentStart + BEGIN.length, contentEnd - 5);
        break;
      }
      reading.plain = false;
      skip(chunk, contentStart);
    }
    if (!chunk || name === undefined) {
      if (reader.position.offset < bytes.length) {
        reading.endedEarlyAt = reader.position.line;
        reading.plain = false;
      }
      return reading;
    }
    if (blocks.length >= maxBlocks) {
      reading.truncatedAtLine = chunk.line;
      return reading;
    }
    if (name !== 'CERTIFICATE') reading.plain = false;
    const block = readBlock(bytes, reader, name, chunk.line, reading);
    if ('reason' in block) {
      reading.failure = block;
      return reading;
    }
    blocks.push(block);
  }
}

/** get_header_and_data and the base64 decoding of PEM_read_bio_ex, for the block whose BEGIN line was `beginLine`. */
function readBlock(
  bytes: Uint8Array,
  reader: LineReader,
  name: string,
  beginLine: number,
  reading: Pick<OpensslPemReading, 'plain'>,
): OpensslPemBlock | OpensslPemFailure {
  const fail = (line: number, reason: string): OpensslPemFailure => ({ name, line, blockLine: beginLine, reason });
  let headerParts: Part[] = [];
  let dataParts: Part[] = [];
  let target = headerParts;
  let state: 'maybe-header' | 'in-header' | 'post-header' = 'maybe-header';
  let blankLine = 0;
  let shortLine = 0;
  let partial = false;
  for (;;) {
    const chunk = reader.next();
    if (!chunk) {
      const at = reader.position.offset < bytes.length ? reader.position.line : beginLine;
      return fail(
        at,
        at === beginLine
          ? `no -----END ${name}----- line: the block is not closed`
          : `a line starting with a NUL byte before the -----END line ends the reading`,
      );
    }
    const previousPartial = partial;
    partial = chunk.partial;
    if (reading.plain && !isPlainLine(bytes, chunk, chunk.start)) reading.plain = false;
    if (state === 'maybe-header' && chunk.hasColon) state = 'in-header';
    const { start, contentEnd, line } = chunk;
    if (contentEnd === start) {
      if (!previousPartial) {
        if (state === 'post-header') {
          return fail(line, `a second blank line inside the block (the first is line ${blankLine})`);
        }
        state = 'post-header';
        blankLine = line;
        target = dataParts;
      }
      continue;
    }
    if (startsWith(bytes, start, contentEnd, END)) {
      const expected = `${name}-----`;
      if (latin1(bytes, start + END.length, contentEnd) !== expected) {
        return fail(line, `the END line does not match "-----BEGIN ${name}-----"`);
      }
      if (state === 'maybe-header') {
        [headerParts, dataParts] = [dataParts, headerParts];
      }
      const header = headerParts.map((part) => `${latin1(bytes, part.start, part.end)}\n`).join('');
      if (dataParts.length === 0 || dataParts.every((part) => part.end === part.start)) {
        return fail(
          line,
          headerParts.length > 0 && state === 'in-header'
            ? `a header line (line ${headerParts[0]!.line}) with no blank line after it: the block has no data`
            : 'the block is empty',
        );
      }
      const der = decodeBody(bytes, dataParts, reading);
      if ('reason' in der) return fail(der.line, `bad base64: ${der.reason}`);
      // PEM_read_bio_ex allocates the decoded length: nothing decoded is a failed read (OPENSSL_malloc(0) is NULL).
      if (der.length === 0) return fail(line, 'the block decodes to no bytes (a "-" ends the base64 before any)');
      return { name, line: beginLine, endLine: line, header, der, ...(blankLine ? { blankLine } : {}) };
    }
    if (shortLine) {
      return fail(
        line,
        `after the blank line ${blankLine}, OpenSSL reads the block as RFC 1421 data of 64-character lines, and line ${shortLine} is shorter than 64 without being the last`,
      );
    }
    target.push({ start, end: contentEnd, line });
    if (state === 'post-header') {
      const length = contentEnd - start + 1; // with the newline sanitize_line adds
      if (length > 65) {
        return fail(
          line,
          `after the blank line ${blankLine}, OpenSSL reads the block as RFC 1421 data, whose lines are at most 64 characters`,
        );
      }
      if (length < 65) shortLine = line;
    }
  }
}

function physicalLine(chunk: Chunk): SkippedLine {
  return { line: chunk.line, start: chunk.lineStart, end: chunk.lineEnd };
}

/**
 * PEM_get_EVP_CIPHER_INFO on a block's headers: none is fine; anything but
 * `Proc-Type: 4,ENCRYPTED` followed by a `DEK-Info:` is refused, and a
 * block that is encrypted needs a password no truststore loader gives.
 * Returns why the block cannot be loaded, or undefined when it has no headers.
 */
export function headerProblem(block: Pick<OpensslPemBlock, 'header' | 'blankLine' | 'line'>): string | undefined {
  const { header } = block;
  if (header === '' || header.startsWith('\n')) return undefined;
  const text = header.replace(/^[ \t]+/, '');
  if (!text.startsWith('Proc-Type:')) {
    const first = header.slice(0, header.indexOf('\n'));
    if (!first.includes(':') && block.blankLine)
      return `line ${block.blankLine} is blank inside the block: OpenSSL takes the lines before it for RFC 1421 headers, which it refuses`;
    return `it has RFC 1421 header lines ("${shorten(first)}") that are not "Proc-Type:", which OpenSSL refuses`;
  }
  return 'it is marked "Proc-Type: 4,ENCRYPTED" (or has a malformed Proc-Type header): OpenSSL would need a password to decode it, which a truststore loader never has';
}

function shorten(text: string): string {
  const printable = text.replace(/[^\x20-\x7e]/g, '?');
  return printable.length > 40 ? `${printable.slice(0, 39)}…` : printable;
}
