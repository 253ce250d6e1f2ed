/**
 * The lines of a file a review comment may be placed on: the right-hand
 * (new) side lines of the hunks in a `GET /pulls/{n}/files` patch. A comment
 * anywhere else makes GitHub reject the whole review.
 */
export function commentableLines(patch: string | undefined): Set<number> {
  const lines = new Set<number>();
  if (!patch) return lines;
  let right = 0;
  let inHunk = false;
  const patchLines = patch.split('\n');
  if (patchLines[patchLines.length - 1] === '') patchLines.pop();
  for (const line of patchLines) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk) {
      right = Number(hunk[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    if (line.startsWith('+') || line.startsWith(' ')) {
      lines.add(right);
      right++;
    } else if (line === '') {
      // An empty context line that lost its leading space in transit.
      lines.add(right);
      right++;
    }
    // '-' lines and '\ No newline at end of file' take no right-hand line.
  }
  return lines;
}

/**
 * The left-hand (old) side lines a patch deletes: where a review comment
 * about something removed (side LEFT) may go.
 */
export function removedLines(patch: string | undefined): Set<number> {
  const lines = new Set<number>();
  if (!patch) return lines;
  let left = 0;
  let inHunk = false;
  for (const line of patch.split('\n')) {
    const hunk = /^@@ -(\d+)(?:,\d+)? \+\d+(?:,\d+)? @@/.exec(line);
    if (hunk) {
      left = Number(hunk[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    if (line.startsWith('-')) lines.add(left++);
    else if (line.startsWith(' ') || line === '') left++;
    // '+' lines and '\ No newline at end of file' take no left-hand line.
  }
  return lines;
}
