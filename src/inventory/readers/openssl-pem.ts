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

const LINE_BYTES = 254; // LINESIZE - 1 in pem_lib.c: what one BIO_gets returns at most
const BEGIN = Buffer.from('-----BEGIN ', 'latin1');
const END = Buffer.from('-----END ', 'latin1');
const DASHES = 0x2d;
const NEWLINE = 0x0a;
const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/** crypto/evp/encode.c's data_ascii2bin, by class: a base64 digit's value, or one of these. */
const B64_WS = -1; // space, tab: skipped
const B64_EOLN = -2; // LF, CR: skipped
const B64_EOF = -3; // '-': ends the data
const B64_ERROR = -4;
const B64_PAD = 64; // '=' decodes as 0 and counts as padding
const BASE64_CLASS = new Int8Array(256).fill(B64_ERROR);
{
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < 64; i++) BASE64_CLASS[alphabet.charCodeAt(i)] = i;
  BASE64_CLASS[0x3d] = B64_PAD;
  BASE64_CLASS[0x20] = B64_WS;
  BASE64_CLASS[0x09] = B64_WS;
  BASE64_CLASS[0x0a] = B64_EOLN;
  BASE64_CLASS[0x0d] = B64_EOLN;
  BASE64_CLASS[0x2d] = B64_EOF;
}

/** A line as the reader sees it: `bytes[start, contentEnd)` after stripping; `rawLength` is what BIO_gets returned. */
interface Chunk {
  start: number;
  contentEnd: number;
  rawLength: number;
  /** The line number of the physical line the chunk is part of, and where that line starts and ends (before its LF). */
  line: number;
  lineStart: number;
  lineEnd: number;
  /** A full 254-byte read that did not reach the newline. */
  partial: boolean;
  hasColon: boolean;
}

/** A span of a data or header line's content, with its line for messages. */
interface Part {
  start: number;
  end: number;
  line: number;
}

/** Reads `fgets`-sized lines from a buffer, counting physical lines. */
class LineReader {
  private offset = 0;
  private line = 1;
  private lineStart = 0;
  private nextNul: number;
  private nextNewline: number;

  constructor(private readonly bytes: Uint8Array) {
    this.nextNul = bytes.indexOf(0);
    this.nextNewline = bytes.indexOf(NEWLINE);
  }

  get position(): { offset: number; line: number } {
    return { offset: this.offset, line: this.line };
  }

  /** The next line, or undefined at the end of the file (or at a line that starts with NUL, as `file_gets` has it). */
  next(): Chunk | undefined {
    const { bytes } = this;
    const start = this.offset;
    if (start >= bytes.length) return undefined;
    // Both searched forward once: a line of megabytes is read in 254-byte steps without scanning it again.
    if (this.nextNewline >= 0 && this.nextNewline < start) this.nextNewline = bytes.indexOf(NEWLINE, start);
    if (this.nextNul >= 0 && this.nextNul < start) this.nextNul = bytes.indexOf(0, start);
    const newline = this.nextNewline;
    const lineEnd = newline < 0 ? bytes.length : newline;
    let end = newline < 0 ? bytes.length : newline + 1;
    if (end - start > LINE_BYTES) end = start + LINE_BYTES;
    const line = this.line;
    const lineStart = this.lineStart;
    this.offset = end;
    if (end > 0 && bytes[end - 1] === NEWLINE) {
      this.line++;
      this.lineStart = end;
    }
    // BIO_gets returns strlen(): a NUL cuts the line there, and a line that starts with one reads as the end.
    const rawEnd = this.nextNul >= 0 && this.nextNul < end ? this.nextNul : end;
    if (rawEnd === start) return undefined;
    let contentEnd = rawEnd;
    // sanitize_line, PEM_FLAG_EAY_COMPATIBLE: `while (linebuf[len] <= ' ') len--` on a signed char.
    while (contentEnd > start && (bytes[contentEnd - 1]! <= 0x20 || bytes[contentEnd - 1]! >= 0x80)) contentEnd--;
    let hasColon = false;
    for (let i = start; i < rawEnd; i++) {
      if (bytes[i] === 0x3a) {
        hasColon = true;
        break;
      }
    }
    return {
      start,
      contentEnd,
      rawLength: rawEnd - start,
      line,
      lineStart,
      lineEnd,
      partial: rawEnd - start === LINE_BYTES && bytes[start + LINE_BYTES - 1] !== NEWLINE,
      hasColon,
    };
  }
}

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

const latin1 = (bytes: Uint8Array, start: number, end: number) =>
  Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1');

/**
 * EVP_DecodeUpdate + EVP_DecodeFinal over the data lines: spaces, tabs and
 * line ends are skipped, `-` ends the data (the rest is ignored), `=` is
 * padding after which only `=` may come (two at most), any other byte is an
 * error, and the digits read must be a whole number of 4-digit groups.
 */
export function decodeOpensslBase64(
  bytes: Uint8Array,
  parts: readonly Part[],
): Uint8Array | { line: number; reason: string } {
  let total = 0;
  for (const part of parts) total += part.end - part.start;
  const out = new Uint8Array(Math.floor((total * 3) / 4) + 3);
  let length = 0;
  let quantum = 0;
  let digits = 0; // digits in the current quantum
  let padding = 0;
  let lastLine = parts[0]?.line ?? 0;
  outer: for (const part of parts) {
    lastLine = part.line;
    for (let i = part.start; i < part.end; i++) {
      const byte = bytes[i]!;
      const value = BASE64_CLASS[byte]!;
      if (value === B64_ERROR) {
        return { line: part.line, reason: `${describeByte(byte)} is not a base64 character` };
      }
      if (value === B64_EOF) break outer;
      if (value < 0) continue;
      if (value === B64_PAD) {
        padding++;
        if (padding > 2) return { line: part.line, reason: 'more than two "=" of base64 padding' };
      } else if (padding > 0) {
        return { line: part.line, reason: 'base64 continues after its "=" padding' };
      }
      quantum = (quantum << 6) | (value === B64_PAD ? 0 : value);
      if (++digits === 4) {
        out[length++] = (quantum >> 16) & 0xff;
        out[length++] = (quantum >> 8) & 0xff;
        out[length++] = quantum & 0xff;
        quantum = 0;
        digits = 0;
      }
    }
  }
  if (digits !== 0) {
    return { line: lastLine, reason: 'the base64 is not a whole number of 4-character groups (a line cut short?)' };
  }
  return out.subarray(0, length - padding);
}

function describeByte(byte: number): string {
  if (byte >= 0x21 && byte < 0x7f) return `"${String.fromCharCode(byte)}"`;
  return `byte 0x${byte.toString(16).padStart(2, '0')}`;
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

/** A whole line, its content followed by LF or CRLF and nothing else. */
function isPlainLine(bytes: Uint8Array, chunk: Chunk, contentStart: number): boolean {
  const end = chunk.start + chunk.rawLength;
  if (contentStart !== chunk.start || chunk.contentEnd === contentStart || bytes[end - 1] !== NEWLINE) return false;
  const after = end - chunk.contentEnd;
  return after === 1 || (after === 2 && bytes[end - 2] === 0x0d);
}

/** Whole groups of base64 digits, with padding only at the very end: what every decoder decodes alike. */
const PLAIN_BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * A block's body decoded. Where its lines hold nothing but base64 digits and
 * final padding, the native decoder gives what EVP_DecodeUpdate gives;
 * anything else goes through the byte-by-byte model, and the file is no
 * longer plain.
 */
function decodeBody(
  bytes: Uint8Array,
  parts: readonly Part[],
  reading: Pick<OpensslPemReading, 'plain'>,
): Uint8Array | { line: number; reason: string } {
  const text = parts.map((part) => latin1(bytes, part.start, part.end)).join('');
  if (text.length % 4 === 0 && PLAIN_BASE64.test(text)) return Buffer.from(text, 'base64');
  reading.plain = false;
  return decodeOpensslBase64(bytes, parts);
}

function physicalLine(chunk: Chunk): SkippedLine {
  return { line: chunk.line, start: chunk.lineStart, end: chunk.lineEnd };
}

/** Judged once, on the line's first read: a line of spaces, tabs, CR, VT and FF only. */
function isBlankLine(bytes: Uint8Array, chunk: Chunk): boolean {
  if (chunk.lineStart !== chunk.start) return false;
  for (let i = chunk.lineStart; i < chunk.lineEnd; i++) {
    const byte = bytes[i]!;
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d && byte !== 0x0b && byte !== 0x0c) return false;
  }
  return true;
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
