import { latin1 } from './openssl-lines.js';

// crypto/evp/encode.c's EVP_DecodeUpdate and EVP_DecodeFinal, as OpenSSL's PEM reader decodes a block's body.

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

/** A span of a data or header line's content, with its line for messages. */
export interface Part {
  start: number;
  end: number;
  line: number;
}

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

/** Whole groups of base64 digits, with padding only at the very end: what every decoder decodes alike. */
const PLAIN_BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** The same, as lines: base64 digits on every line, each ended by LF or CRLF, padding only on the last. */
const PLAIN_BASE64_LINES = /^(?:[A-Za-z0-9+/]+\r?\n)*[A-Za-z0-9+/]*={0,2}$/;

/** Whether only a line end (LF or CRLF) lies between each part and the next, so the parts are one span of lines. */
function linesApart(bytes: Uint8Array, parts: readonly Part[]): boolean {
  for (let i = 1; i < parts.length; i++) {
    const gap = parts[i]!.start - parts[i - 1]!.end;
    const end = parts[i]!.start;
    if (!((gap === 1 && bytes[end - 1] === 0x0a) || (gap === 2 && bytes[end - 2] === 0x0d && bytes[end - 1] === 0x0a)))
      return false;
  }
  return true;
}

/**
 * The decoded bytes as a plain Uint8Array: the DER reader takes thousands of
 * views of a certificate, and a Buffer's subarray costs several times a
 * Uint8Array's (it builds a Buffer each time).
 */
const bytesOf = (buffer: Buffer): Uint8Array => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length);

/**
 * A block's body decoded. Where its lines hold nothing but base64 digits and
 * final padding, the native decoder gives what EVP_DecodeUpdate gives;
 * anything else goes through the byte-by-byte model, and the file is no
 * longer plain.
 */
export function decodeBody(
  bytes: Uint8Array,
  parts: readonly Part[],
  reading: { plain: boolean },
): Uint8Array | { line: number; reason: string } {
  let digits = 0;
  for (const part of parts) digits += part.end - part.start;
  if (digits % 4 === 0) {
    // Usually the lines lie one after the other: tested as one span, without a string per line (the native
    // decoder skips the line ends).
    if (parts.length > 0 && linesApart(bytes, parts)) {
      const span = latin1(bytes, parts[0]!.start, parts[parts.length - 1]!.end);
      if (PLAIN_BASE64_LINES.test(span)) return bytesOf(Buffer.from(span, 'base64'));
    }
    const text = parts.map((part) => latin1(bytes, part.start, part.end)).join('');
    if (PLAIN_BASE64.test(text)) return bytesOf(Buffer.from(text, 'base64'));
  }
  reading.plain = false;
  return decodeOpensslBase64(bytes, parts);
}
