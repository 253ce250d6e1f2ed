import path from 'node:path';

/**
 * A path the infrastructure code names, resolved against the folder it is
 * relative to (both POSIX, relative to the checked root). Anything that
 * leaves the checked root (an absolute path, `..` past it, `~`) is refused,
 * never read: a pull request controls these strings.
 */
export type ResolvedPath = { path: string } | { outside: string };

export function resolveInside(folder: string, reference: string): ResolvedPath {
  const posix = reference.replace(/\\/g, '/');
  if (posix.startsWith('/') || /^[A-Za-z]:\//.test(posix) || posix.startsWith('~'))
    return { outside: `"${reference}" is an absolute path` };
  const joined = path.posix.normalize(path.posix.join(folder === '' ? '.' : folder, posix));
  if (joined === '..' || joined.startsWith('../'))
    return { outside: `"${reference}" leads outside the folder checked` };
  return { path: joined === '.' ? '' : joined.replace(/\/$/, '') };
}

/** The folder of a repository-relative file ('' at the root). */
export function folderOf(file: string): string {
  const folder = path.posix.dirname(file);
  return folder === '.' ? '' : folder;
}

/** The 1-based line of each offset of a text, by binary search over the line starts. */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}
