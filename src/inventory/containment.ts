import { existsSync, lstatSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileLines } from '../text/lines.js';

/**
 * Symbolic links are committed like files, so a pull request can point one
 * anywhere on the runner. Every path the tool reads or writes on the
 * repository's behalf is resolved to its real location and must stay inside
 * the folder it belongs to.
 */

/** Whether `real` (a resolved path) is `root` or inside it. */
export function isInside(root: string, real: string): boolean {
  const relative = path.relative(root, real);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * The real path of an existing `target`, or undefined when it (or a folder
 * on the way, or a link in it) leads outside the real path of `root`.
 */
export function realPathInside(root: string, target: string): string | undefined {
  const real = realpathSync(target);
  return isInside(realpathSync(root), real) ? real : undefined;
}

/**
 * Where a file may be written inside `root`: its folder's real path must be
 * inside, and the file itself must not be a link (writing would follow it).
 * Returns a reason when it may not.
 */
export function unwritableReason(root: string, target: string): string | undefined {
  // The nearest folder that exists: creating the rest under a link would create them outside.
  let folder = path.dirname(target);
  while (!existsSync(folder) && path.dirname(folder) !== folder) folder = path.dirname(folder);
  if (!realPathInside(root, folder)) return 'its folder leads outside the workspace';
  try {
    if (lstatSync(target).isSymbolicLink()) return 'it is a symbolic link, which is never written through';
  } catch {
    // does not exist yet: nothing to follow
  }
  return undefined;
}

/**
 * The bytes of `relative` under `root` when it is a regular file (not a
 * link, pipe or device), inside `root` however reached, and at most
 * `maxSize` bytes; otherwise undefined. Never throws.
 */
export function readRegularFileInside(root: string, relative: string, maxSize: number): Buffer | undefined {
  try {
    const file = path.join(root, relative);
    const stats = lstatSync(file);
    if (!stats.isFile() || stats.size > maxSize || !realPathInside(root, file)) return undefined;
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * The lines of files under `root` as they are now (for the text of fixes),
 * each file read once, through readRegularFileInside: anything else reads
 * as undefined.
 */
export class LinesUnder {
  private readonly read = new Map<string, { lines: string[]; crlf: boolean } | undefined>();

  constructor(
    private readonly root: string,
    private readonly maxSize: number,
  ) {}

  lines(relative: string): string[] | undefined {
    return this.file(relative)?.lines;
  }

  /** Whether the file ends its lines with CRLF (its lines are given without the CR). */
  crlf(relative: string): boolean {
    return this.file(relative)?.crlf ?? false;
  }

  private file(relative: string) {
    if (!this.read.has(relative)) {
      const text = readRegularFileInside(this.root, relative, this.maxSize)?.toString('utf8');
      this.read.set(relative, text === undefined ? undefined : { lines: fileLines(text), crlf: text.includes('\r\n') });
    }
    return this.read.get(relative);
  }
}
