import { lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { isInside } from './containment.js';
import { describeError } from '../errors.js';

/** Why a matched path was not read: an error (the check is incomplete) or a notice (nothing to read). */
export interface Skipped {
  severity: 'error' | 'notice';
  reason: string;
}

/**
 * Never walked: git's own folder, which holds no committed file (git refuses
 * to track a path with a `.git` component). Everything else a `**` reaches
 * is walked, `node_modules` and dot-folders included, as bash's globstar and
 * every deploy script that copies `certs/**` include them: a CA or client
 * skipped here would still reach the gateway.
 */
export const PRUNED_FOLDERS = new Set(['.git']);

export interface Entry {
  path: string;
  skipped?: Skipped;
}

/**
 * Where the files come from: the working tree on disk, or a commit's tree
 * read from git objects (the base of a change). Paths are POSIX and relative
 * to the checked root.
 */
export interface FileTree {
  /** Every entry below `base` (a folder or a single path); nothing when it does not exist. */
  entriesBelow(base: string): Entry[];
  /** The names of the regular files in a folder (to find keys beside certificates). */
  filesIn(folder: string): Set<string>;
  /** A file's size in bytes, or why it cannot be read. */
  size(relative: string): number | { error: string };
  /** A file's bytes, or why they cannot be read. */
  read(relative: string): Uint8Array | { error: string };
  /** Told every file about to be read, at once, where one batch is cheaper than many reads. */
  prefetch?(relatives: readonly string[]): void;
}

function describeSpecial(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * Walks the repository below the patterns' fixed prefixes without following
 * symbolic links out of it. Unlike a glob library, it keeps what it will not
 * read (links leaving the repository, pipes, devices) so they can be
 * reported instead of vanishing.
 */
export class Walker implements FileTree {
  private readonly realRoot: string;
  private readonly cache = new Map<string, Entry[]>();
  private readonly listings = new Map<string, Set<string>>();
  /** The sizes the walk saw: planning a file then costs no second stat. */
  private readonly sizes = new Map<string, number>();

  constructor(private readonly root: string) {
    this.realRoot = realpathSync(root);
  }

  private inside(real: string): boolean {
    return isInside(this.realRoot, real);
  }

  /**
   * What a path is: a file to read, a skipped entry, a folder to walk, or
   * nothing. `start`: a pattern's fixed part, whose folders on the way were
   * not walked, so a link among them could lead anywhere.
   */
  private classify(relative: string, start = false): { entry?: Entry; folder?: boolean } {
    const absolute = path.join(this.root, relative);
    const skip = (severity: Skipped['severity'], reason: string) => ({
      entry: { path: relative, skipped: { severity, reason } },
    });
    let stats: Stats;
    try {
      stats = lstatSync(absolute);
    } catch {
      return {};
    }
    if (start && relative !== '' && !stats.isSymbolicLink()) {
      let real: string;
      try {
        real = realpathSync(absolute);
      } catch {
        return {};
      }
      if (!this.inside(real))
        return skip(
          'error',
          'a folder on its path is a symbolic link to outside the repository, which is not followed',
        );
    }
    if (stats.isDirectory()) return { folder: true };
    if (stats.isFile()) {
      this.sizes.set(relative, stats.size);
      return { entry: { path: relative } };
    }
    if (!stats.isSymbolicLink()) return skip('notice', `it is ${describeSpecial(stats)}, which is skipped`);
    let real: string;
    try {
      real = realpathSync(absolute);
    } catch {
      return skip('error', 'it is a broken symbolic link');
    }
    if (!this.inside(real))
      return skip('error', 'it is a symbolic link to a path outside the repository, which is not followed');
    let target: Stats;
    try {
      target = statSync(real);
    } catch {
      return skip('error', 'its link target cannot be read');
    }
    // Folders linked from inside the repository are reachable directly; following them could loop.
    if (target.isDirectory()) return {};
    if (target.isFile()) {
      this.sizes.set(relative, target.size);
      return { entry: { path: relative } };
    }
    return skip('notice', `it links to ${describeSpecial(target)}, which is skipped`);
  }

  filesIn(folder: string): Set<string> {
    let names = this.listings.get(folder);
    if (!names) {
      try {
        names = new Set(
          readdirSync(path.join(this.root, folder), { withFileTypes: true })
            .filter((entry) => entry.isFile())
            .map((entry) => entry.name),
        );
      } catch {
        names = new Set();
      }
      this.listings.set(folder, names);
    }
    return names;
  }

  size(relative: string): number | { error: string } {
    const walked = this.sizes.get(relative);
    if (walked !== undefined) return walked;
    try {
      return statSync(path.join(this.root, relative)).size;
    } catch (error) {
      return { error: describeError(error) };
    }
  }

  read(relative: string): Uint8Array | { error: string } {
    try {
      return readFileSync(path.join(this.root, relative));
    } catch (error) {
      return { error: describeError(error) };
    }
  }

  /** Every entry below `base` (a folder or a single path), relative to the root. */
  entriesBelow(base: string): Entry[] {
    const cached = this.cache.get(base);
    if (cached) return cached;
    const entries: Entry[] = [];
    const start = this.classify(base, true);
    if (start.entry) entries.push(start.entry);
    const folders = start.folder ? [base] : [];
    while (folders.length > 0) {
      const folder = folders.pop()!;
      let names: string[];
      try {
        names = readdirSync(path.join(this.root, folder)).sort();
      } catch {
        continue;
      }
      for (const name of names) {
        if (PRUNED_FOLDERS.has(name)) continue;
        const relative = folder === '' ? name : `${folder}/${name}`;
        const found = this.classify(relative);
        if (found.entry) entries.push(found.entry);
        if (found.folder) folders.push(relative);
      }
    }
    this.cache.set(base, entries);
    return entries;
  }
}
