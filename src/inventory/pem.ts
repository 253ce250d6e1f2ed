/**
 * Splits a text file into PEM blocks and the text around them, keeping the
 * 1-based line span of each so findings can point at the block.
 */

export interface PemBlock {
  kind: 'pem';
  label: string;
  startLine: number;
  endLine: number;
  /** Decoded body; absent when `error` says why it could not be decoded. */
  der?: Uint8Array;
  error?: string;
  /** RFC 1421 headers (Proc-Type, DEK-Info): legacy encrypted keys carry them. */
  hasHeaders: boolean;
}

export interface TextSpan {
  kind: 'text';
  startLine: number;
  endLine: number;
  /** The run's lines, trimmed: some gateways accept only certain comments. */
  lines: string[];
}

const BEGIN = /^-----BEGIN ([A-Z0-9 #/_-]+)-----$/;
const END = /^-----END ([A-Z0-9 #/_-]+)-----$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const HEADER = /^[A-Za-z0-9-]+:/;

function decodeBody(lines: string[], firstLine: number): { der?: Uint8Array; error?: string; hasHeaders: boolean } {
  let index = 0;
  let hasHeaders = false;
  if (lines.length > 0 && HEADER.test(lines[0]!)) {
    hasHeaders = true;
    while (index < lines.length && lines[index] !== '') index++;
    index++;
  }
  const parts: string[] = [];
  for (; index < lines.length; index++) {
    const line = lines[index]!;
    if (line === '') continue;
    if (!BASE64.test(line)) {
      return { error: `bad base64 on line ${firstLine + 1 + index}`, hasHeaders };
    }
    parts.push(line);
  }
  const body = parts.join('');
  if (body.length === 0) return { error: 'the block is empty', hasHeaders };
  if (body.length % 4 !== 0 || /=[^=]/.test(body)) {
    return { error: 'bad base64: the body is not a whole number of base64 groups (truncated or edited?)', hasHeaders };
  }
  return { der: Buffer.from(body, 'base64'), hasHeaders };
}

/**
 * Every PEM block and every run of non-blank text outside blocks, in file
 * order; stops before block number `maxBlocks + 1` and says on which line.
 */
export function scanPem(
  text: string,
  maxBlocks = Infinity,
): { items: Array<PemBlock | TextSpan>; blankLines: number[]; truncatedAtLine?: number } {
  // Trimmed only where needed: a 50 MB CRL is a million lines.
  const lines = text.split('\n').map((line) => (/^\s|\s$/.test(line) ? line.trim() : line));
  // The empty string after a final newline is the end of the file, not a blank line.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const blankLines: number[] = [];
  lines.forEach((line, index) => {
    if (line === '') blankLines.push(index + 1);
  });
  const items: Array<PemBlock | TextSpan> = [];
  let textStart = 0; // 1-based first line of the current text run, 0 when none
  let textEnd = 0;
  const flushText = () => {
    if (textStart) {
      const runLines = lines.slice(textStart - 1, textEnd).filter((line) => line !== '');
      items.push({ kind: 'text', startLine: textStart, endLine: textEnd, lines: runLines });
    }
    textStart = 0;
  };

  let i = 0;
  let blocks = 0;
  while (i < lines.length) {
    const begin = BEGIN.exec(lines[i]!);
    if (begin && blocks >= maxBlocks) {
      flushText();
      return { items, blankLines, truncatedAtLine: i + 1 };
    }
    if (!begin) {
      if (lines[i] !== '') {
        if (!textStart) textStart = i + 1;
        textEnd = i + 1;
      }
      i++;
      continue;
    }
    flushText();
    blocks++;
    const label = begin[1]!;
    const startLine = i + 1;
    const body: string[] = [];
    let j = i + 1;
    let block: PemBlock | undefined;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      const end = END.exec(line);
      if (end) {
        const decoded = decodeBody(body, startLine);
        block = { kind: 'pem', label, startLine, endLine: j + 1, ...decoded };
        if (end[1] !== label && !block.error) block.error = `END line says "${end[1]}" but BEGIN says "${label}"`;
        j++;
        break;
      }
      if (BEGIN.test(line)) break; // the next block starts before this one ended
      body.push(line);
    }
    if (!block) {
      const lastLine = body.length > 0 ? startLine + body.length : startLine;
      block = {
        kind: 'pem',
        label,
        startLine,
        endLine: lastLine,
        error: 'truncated: no -----END line',
        hasHeaders: false,
      };
      // Trailing blank lines are not part of the block.
      while (block.endLine > startLine && lines[block.endLine - 1] === '') block.endLine--;
    }
    items.push(block);
    i = j;
  }
  flushText();
  return { items, blankLines };
}
