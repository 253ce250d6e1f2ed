import type { Report } from './report.js';

/** The stable JSON report (version 1): see docs/report-format.md. */
export function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * About how long each piece of jsonPieces is: few writes, and short enough for
 * V8's young generation (longer strings go straight to the large-object
 * space, which only a full collection empties: 200 MB of them piled up).
 */
const PIECE_LENGTH = 64 * 1024;

/**
 * formatJson's text in pieces of about 64 KB, so a report of 100,000
 * clients (200 MB of JSON) is written without holding all its text, and a
 * copy of it in bytes, at once. The report's arrays are written element by
 * element; JSON text never holds a raw line break, so indenting is a replace.
 */
export function* jsonPieces(report: Report): Generator<string> {
  const indented = (value: unknown, indent: string) =>
    (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${indent}`);
  // JSON.stringify leaves out members whose value it cannot write (undefined).
  const entries = Object.entries(report).filter(([, value]) => JSON.stringify(value) !== undefined);
  let piece = '{';
  for (const [index, [key, value]] of entries.entries()) {
    piece += `\n  ${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length > 0) {
      piece += '[';
      for (const [position, element] of (value as unknown[]).entries()) {
        piece += `${position === 0 ? '' : ','}\n    ${indented(element, '    ')}`;
        if (piece.length >= PIECE_LENGTH) {
          yield piece;
          piece = '';
        }
      }
      piece += '\n  ]';
    } else piece += indented(value, '  ');
    if (index < entries.length - 1) piece += ',';
  }
  yield `${piece}${entries.length > 0 ? '\n' : ''}}\n`;
}
