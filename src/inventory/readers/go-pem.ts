/**
 * The second reader: Go's `encoding/pem.Decode` as `x509.CertPool.AppendCertsFromPEM`
 * loops over it (Go 1.19, what Caddy, Traefik and Vault build with):
 * a block opens at `-----BEGIN ` at the very start of the data or after a
 * newline, its BEGIN line may end in spaces and tabs (and CR before LF),
 * `Key: value` lines after it are headers, it closes at the first
 * `\n-----END ` whose rest is the same type and `-----`; the body loses its
 * spaces and tabs and is decoded as strict padded base64 that skips CR and
 * LF. A block that fails any of that is skipped, and the search goes on
 * right after its BEGIN line (and headers), so it may find a block inside
 * the one it gave up on. AppendCertsFromPEM keeps only `CERTIFICATE` blocks
 * without headers whose bytes `x509.ParseCertificate` takes whole.
 *
 * Modelled from src/encoding/pem/pem.go and src/crypto/x509/cert_pool.go of
 * Go 1.19; checked against the real Go program
 * (__tests__/differential/go-reader/main.go) by `npm run test:system`.
 */

export interface GoPemBlock {
  type: string;
  hasHeaders: boolean;
  bytes: Uint8Array;
  /** 1-based line of the BEGIN line. */
  line: number;
}

const PEM_START = Buffer.from('\n-----BEGIN ', 'latin1');
const PEM_END = Buffer.from('\n-----END ', 'latin1');
const NEWLINE = 0x0a;

/** Go's getLine: up to the next LF, without CR before it and trailing spaces and tabs. */
function getLine(bytes: Uint8Array, start: number, limit: number): { end: number; next: number } {
  let i = bytes.indexOf(NEWLINE, start);
  let next: number;
  if (i < 0 || i >= limit) {
    i = limit;
    next = limit;
  } else {
    next = i + 1;
    if (i > start && bytes[i - 1] === 0x0d) i--;
  }
  let end = i;
  while (end > start && (bytes[end - 1] === 0x20 || bytes[end - 1] === 0x09)) end--;
  return { end, next };
}

function matchesAt(bytes: Uint8Array, at: number, pattern: Uint8Array): boolean {
  if (at < 0 || at + pattern.length > bytes.length) return false;
  for (let i = 0; i < pattern.length; i++) if (bytes[at + i] !== pattern[i]) return false;
  return true;
}

const BASE64_VALUE = new Int8Array(256).fill(-1);
{
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < 64; i++) BASE64_VALUE[alphabet.charCodeAt(i)] = i;
}

/**
 * base64.StdEncoding.Decode after removeSpacesAndTabs: CR and LF skipped,
 * spaces and tabs removed, padding required, nothing but line ends after it.
 */
export function decodeGoBase64(bytes: Uint8Array, start: number, end: number): Uint8Array | undefined {
  const out = new Uint8Array(Math.ceil(((end - start) * 3) / 4) + 3);
  let length = 0;
  let quantum = 0;
  let digits = 0;
  let padding = 0;
  for (let i = start; i < end; i++) {
    const byte = bytes[i]!;
    if (byte === 0x0a || byte === 0x0d || byte === 0x20 || byte === 0x09) continue;
    if (padding > 0) {
      // After "=": the second "=" of "xx==", then nothing.
      if (byte === 0x3d && padding === 1 && digits === 2) {
        padding = 2;
        continue;
      }
      return undefined;
    }
    if (byte === 0x3d) {
      if (digits < 2) return undefined;
      padding = 1;
      continue;
    }
    const value = BASE64_VALUE[byte]!;
    if (value < 0) return undefined;
    quantum = (quantum << 6) | value;
    if (++digits === 4) {
      out[length++] = (quantum >> 16) & 0xff;
      out[length++] = (quantum >> 8) & 0xff;
      out[length++] = quantum & 0xff;
      quantum = 0;
      digits = 0;
    }
  }
  if (padding > 0) {
    // "xx==" or "xxx=".
    if ((digits === 2 && padding !== 2) || (digits === 3 && padding !== 1)) return undefined;
    if (digits === 2) out[length++] = (quantum >> 4) & 0xff;
    else {
      out[length++] = (quantum >> 10) & 0xff;
      out[length++] = (quantum >> 2) & 0xff;
    }
    return out.subarray(0, length);
  }
  return digits === 0 ? out.subarray(0, length) : undefined;
}

/** Every block pem.Decode returns, in order, up to `maxBlocks`. */
export function readGoPem(bytes: Uint8Array, maxBlocks = Infinity): GoPemBlock[] {
  const blocks: GoPemBlock[] = [];
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  // Line numbers of offsets, counted forward as the search moves on.
  let countedTo = 0;
  let lineAt = 1;
  const lineOf = (offset: number) => {
    while (countedTo < offset) {
      const newline = bytes.indexOf(NEWLINE, countedTo);
      if (newline < 0 || newline >= offset) {
        countedTo = offset;
        break;
      }
      lineAt++;
      countedTo = newline + 1;
    }
    return lineAt;
  };
  // The first "\n-----END " at or after an offset: searched once for every offset range.
  let endSearchedFrom = -1;
  let endFound = -1;
  const nextEnd = (from: number) => {
    if (from >= endSearchedFrom && endSearchedFrom >= 0 && (endFound < 0 || from <= endFound)) return endFound;
    endSearchedFrom = from;
    endFound = buffer.indexOf(PEM_END, from);
    return endFound;
  };

  let rest = 0;
  while (rest < bytes.length && blocks.length < maxBlocks) {
    // Decode: the start of the data, or "\n-----BEGIN ".
    let beginAt: number;
    if (matchesAt(bytes, rest, PEM_START.subarray(1))) beginAt = rest;
    else {
      const found = buffer.indexOf(PEM_START, rest);
      if (found < 0) break;
      beginAt = found + 1;
    }
    let position = beginAt + PEM_START.length - 1;
    const typeLine = getLine(bytes, position, bytes.length);
    position = typeLine.next;
    const searchOn = () => {
      rest = position;
    };
    if (!endsWithDashes(bytes, beginAt + PEM_START.length - 1, typeLine.end)) {
      searchOn();
      continue;
    }
    const typeStart = beginAt + PEM_START.length - 1;
    const typeEnd = typeLine.end - 5;
    // Headers: lines with a colon.
    let hasHeaders = false;
    let ended = false;
    for (;;) {
      if (position >= bytes.length) {
        ended = true;
        break;
      }
      const line = getLine(bytes, position, bytes.length);
      let colon = position;
      while (colon < line.end && bytes[colon] !== 0x3a) colon++;
      if (colon >= line.end) break;
      hasHeaders = true;
      position = line.next;
    }
    if (ended) break; // "if len(rest) == 0 { return nil, data }": no more blocks at all
    let endIndex: number;
    let trailerStart: number;
    if (!hasHeaders && matchesAt(bytes, position, PEM_END.subarray(1))) {
      endIndex = position;
      trailerStart = position + PEM_END.length - 1;
    } else {
      endIndex = nextEnd(position);
      trailerStart = endIndex + PEM_END.length;
    }
    if (endIndex < 0) {
      searchOn();
      continue;
    }
    const typeLength = typeEnd - typeStart;
    const trailerLength = typeLength + 5;
    if (bytes.length - trailerStart < trailerLength) {
      searchOn();
      continue;
    }
    let sameType = true;
    for (let i = 0; i < typeLength; i++) {
      if (bytes[trailerStart + i] !== bytes[typeStart + i]) {
        sameType = false;
        break;
      }
    }
    if (!sameType || !endsWithDashes(bytes, trailerStart + typeLength, trailerStart + trailerLength)) {
      searchOn();
      continue;
    }
    const restOfEndLine = getLine(bytes, trailerStart + trailerLength, bytes.length);
    if (restOfEndLine.end !== trailerStart + trailerLength) {
      searchOn();
      continue;
    }
    const decoded = decodeGoBase64(bytes, position, endIndex);
    if (!decoded) {
      searchOn();
      continue;
    }
    blocks.push({
      type: Buffer.from(bytes.buffer, bytes.byteOffset + typeStart, typeLength).toString('latin1'),
      hasHeaders,
      bytes: decoded,
      line: lineOf(beginAt),
    });
    // The -1: the END line may have been matched without its leading newline.
    rest = getLine(bytes, endIndex + PEM_END.length - 1, bytes.length).next;
  }
  return blocks;
}

function endsWithDashes(bytes: Uint8Array, start: number, end: number): boolean {
  if (end - start < 5) return false;
  for (let i = end - 5; i < end; i++) if (bytes[i] !== 0x2d) return false;
  return true;
}
