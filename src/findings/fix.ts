/** Lines `line` to `endLine` (1-based, inclusive) of `file`, a POSIX path relative to the checked root. */
export interface LineSpan {
  file: string;
  line: number;
  endLine: number;
}

/**
 * A mechanical fix, in lines: lines `line` to `endLine` of `file` become the
 * lines of `replacement`, in order (spans of this file or of another); no
 * spans deletes them. Spans rather than text, so a finding stays small and
 * carries no file content; the text is assembled where the fix is shown.
 */
export interface Fix extends LineSpan {
  /** What applying it does, as an imperative sentence: "Remove the blank lines." */
  description: string;
  replacement: LineSpan[];
}

/** A file's lines as the findings number them: split at LF, a CR before it dropped, no line after a final newline. */
export function fileLines(text: string): string[] {
  const lines = text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * The lines that take the place of the fixed span, or undefined when a span
 * lies outside its file (the file changed since it was checked).
 */
export function replacementLines(
  fix: Fix,
  linesOf: (file: string) => readonly string[] | undefined,
): string[] | undefined {
  const result: string[] = [];
  for (const span of fix.replacement) {
    const lines = linesOf(span.file);
    if (!lines || span.line < 1 || span.endLine < span.line || span.endLine > lines.length) return undefined;
    result.push(...lines.slice(span.line - 1, span.endLine));
  }
  return result;
}

/** The text of `fix.file` with the fix applied (as a one-click suggestion would), or undefined when it no longer fits. */
export function applyFix(fix: Fix, linesOf: (file: string) => readonly string[] | undefined): string | undefined {
  const lines = linesOf(fix.file);
  const replacement = replacementLines(fix, linesOf);
  if (!lines || !replacement || fix.line < 1 || fix.endLine < fix.line || fix.endLine > lines.length) return undefined;
  const result = [...lines.slice(0, fix.line - 1), ...replacement, ...lines.slice(fix.endLine)];
  return result.length > 0 ? `${result.join('\n')}\n` : '';
}

/** Fixes that would make the same edit are one: eleven clients missing the same CA need it added once. */
export function fixKey(fix: Fix): string {
  const spans = (spans: readonly LineSpan[]) => spans.map((s) => `${s.file}:${s.line}-${s.endLine}`).join(',');
  return `${spans([fix])}=${spans(fix.replacement)}`;
}
