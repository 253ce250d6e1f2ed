/** Where a review comment may go in one file of a pull request, from its `GET /pulls/{n}/files` patch. */
export interface DiffLines {
  /** Right-hand (new) side lines of the hunks, added or context: side RIGHT. */
  commentable: Set<number>;
  /** Left-hand (old) side lines the patch deletes: side LEFT, for something removed. */
  removed: Set<number>;
}

/**
 * Walks a patch's hunks once for both sides. A comment anywhere else makes
 * GitHub reject the whole review.
 */
export function diffLines(patch: string | undefined): DiffLines {
  const result: DiffLines = { commentable: new Set(), removed: new Set() };
  if (!patch) return result;
  let left = 0;
  let right = 0;
  let inHunk = false;
  const patchLines = patch.split('\n');
  if (patchLines[patchLines.length - 1] === '') patchLines.pop();
  for (const line of patchLines) {
    const hunk = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (hunk) {
      left = Number(hunk[1]);
      right = Number(hunk[2]);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    if (line.startsWith('+')) result.commentable.add(right++);
    else if (line.startsWith('-')) result.removed.add(left++);
    // A context line; an empty one has lost its leading space in transit.
    else if (line.startsWith(' ') || line === '') {
      result.commentable.add(right++);
      left++;
    }
    // '\ No newline at end of file' takes no line on either side.
  }
  return result;
}

/** The right-hand lines a review comment may be placed on. */
export function commentableLines(patch: string | undefined): Set<number> {
  return diffLines(patch).commentable;
}

/** The left-hand lines a patch deletes: where a comment about something removed (side LEFT) may go. */
export function removedLines(patch: string | undefined): Set<number> {
  return diffLines(patch).removed;
}
