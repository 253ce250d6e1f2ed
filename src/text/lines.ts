/** A file's lines as the findings number them: split at LF, a CR before it dropped, no line after a final newline. */
export function fileLines(text: string): string[] {
  const lines = text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
