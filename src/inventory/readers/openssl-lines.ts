// crypto/bio/bss_file.c's file_gets and pem_lib.c's sanitize_line: a file in the lines OpenSSL's PEM reader sees.

const LINE_BYTES = 254; // LINESIZE - 1 in pem_lib.c: what one BIO_gets returns at most
const NEWLINE = 0x0a;

/** A line as the reader sees it: `bytes[start, contentEnd)` after stripping; `rawLength` is what BIO_gets returned. */
export interface Chunk {
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

/** Reads `fgets`-sized lines from a buffer, counting physical lines. */
export class LineReader {
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

/** A whole line, its content followed by LF or CRLF and nothing else. */
export function isPlainLine(bytes: Uint8Array, chunk: Chunk, contentStart: number): boolean {
  const end = chunk.start + chunk.rawLength;
  if (contentStart !== chunk.start || chunk.contentEnd === contentStart || bytes[end - 1] !== NEWLINE) return false;
  const after = end - chunk.contentEnd;
  return after === 1 || (after === 2 && bytes[end - 2] === 0x0d);
}

/** Judged once, on the line's first read: a line of spaces, tabs, CR, VT and FF only. */
export function isBlankLine(bytes: Uint8Array, chunk: Chunk): boolean {
  if (chunk.lineStart !== chunk.start) return false;
  for (let i = chunk.lineStart; i < chunk.lineEnd; i++) {
    const byte = bytes[i]!;
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d && byte !== 0x0b && byte !== 0x0c) return false;
  }
  return true;
}

/** Bytes of a line as text, one character per byte. */
export const latin1 = (bytes: Uint8Array, start: number, end: number) =>
  Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1');
