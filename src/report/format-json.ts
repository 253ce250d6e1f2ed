import type { Report } from './report.js';

/** The stable JSON report (version 1): see docs/report-format.md. */
export function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * Array elements per piece of jsonPieces: pieces of some tens of kilobytes,
 * short enough for V8's young generation (longer strings go straight to the
 * large-object space, which only a full collection empties: 200 MB of them
 * piled up), long enough to be written in few calls.
 */
const ELEMENTS_PER_PIECE = 50;

/** How JSON.stringify(value, null, 2) opens and closes `{ x: [...] }`: around the elements, indented as a member's. */
const OPENING = '{\n  "x": [';
const CLOSING = '\n  ]\n}';

/**
 * formatJson's text in pieces, so a report of 100,000 clients (200 MB of
 * JSON) is written without holding all its text, and a copy of it in bytes,
 * at once. The report's arrays are written some elements at a time, each
 * slice by JSON.stringify inside an object like the report, so it is
 * indented as in the whole.
 */
export function* jsonPieces(report: Report): Generator<string> {
  // JSON.stringify leaves out members whose value it cannot write (undefined).
  const entries = Object.entries(report).filter(([, value]) => JSON.stringify(value) !== undefined);
  let piece = '{';
  for (const [index, [key, value]] of entries.entries()) {
    piece += `\n  ${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length > 0) {
      piece += '[';
      for (let start = 0; start < value.length; start += ELEMENTS_PER_PIECE) {
        const text = JSON.stringify({ x: value.slice(start, start + ELEMENTS_PER_PIECE) }, null, 2);
        yield `${piece}${start === 0 ? '' : ','}${text.slice(OPENING.length, text.length - CLOSING.length)}`;
        piece = '';
      }
      piece += '\n  ]';
    } else piece += JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
    if (index < entries.length - 1) piece += ',';
  }
  yield `${piece}${entries.length > 0 ? '\n' : ''}}\n`;
}
