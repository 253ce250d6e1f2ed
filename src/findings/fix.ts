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
  return planFixes([fix], linesOf).texts.get(fix.file);
}

/** Fixes that would make the same edit are one: eleven clients missing the same CA need it added once. */
export function fixKey(fix: Fix): string {
  const spans = (spans: readonly LineSpan[]) => spans.map((s) => `${s.file}:${s.line}-${s.endLine}`).join(',');
  return `${spans([fix])}=${spans(fix.replacement)}`;
}

/** The edits a set of fixes makes, computed from the files as read, and the fixes they carry out. */
export interface FixPlan {
  /** The new text of each file edited. */
  texts: Map<string, string>;
  applied: Fix[];
}

/**
 * Plans the fixes that can be made together: in each file, those that do
 * not overlap one taken before (in line order); a fix whose lines or
 * sources cannot be read is left out. Every replacement is taken from the
 * files as they were read, so one fix never reads another's result; what
 * is left out is for another pass, after a fresh check.
 */
export function planFixes(fixes: readonly Fix[], linesOf: (file: string) => readonly string[] | undefined): FixPlan {
  const unique = [...new Map(fixes.map((fix) => [fixKey(fix), fix])).values()];
  const byFile = new Map<string, Fix[]>();
  for (const fix of unique) byFile.set(fix.file, [...(byFile.get(fix.file) ?? []), fix]);
  const texts = new Map<string, string>();
  const applied: Fix[] = [];
  for (const [file, candidates] of byFile) {
    const lines = linesOf(file);
    if (!lines) continue;
    const taken: Array<{ fix: Fix; replacement: string[] }> = [];
    for (const fix of [...candidates].sort((a, b) => a.line - b.line || a.endLine - b.endLine)) {
      const previous = taken[taken.length - 1];
      if (previous && fix.line <= previous.fix.endLine) continue;
      if (fix.line < 1 || fix.endLine < fix.line || fix.endLine > lines.length) continue;
      const replacement = replacementLines(fix, linesOf);
      if (replacement) taken.push({ fix, replacement });
    }
    if (taken.length === 0) continue;
    const result = [...lines];
    // Bottom up, so the line numbers of the edits above stay true.
    for (const { fix, replacement } of [...taken].reverse())
      result.splice(fix.line - 1, fix.endLine - fix.line + 1, ...replacement);
    texts.set(file, result.length > 0 ? `${result.join('\n')}\n` : '');
    applied.push(...taken.map((entry) => entry.fix));
  }
  return { texts, applied };
}
