import { createHash } from 'node:crypto';
import { describeError } from '../errors.js';
import { PRUNED_FOLDERS, type Entry, type FileTree } from './file-tree.js';

/** The id git gives a file's content: the hash of `blob <size>\0<content>` (SHA-1, or SHA-256 in such repositories). */
export function gitBlobId(content: Uint8Array, hexLength = 40): string {
  return createHash(hexLength === 64 ? 'sha256' : 'sha1')
    .update(`blob ${content.length}\0`)
    .update(content)
    .digest('hex');
}

/** A file of a listed tree: its size and the id its content is fetched by. */
export interface ListedFile {
  id: string;
  size: number;
}

/**
 * A commit's files known from a listing (git's or GitHub's), their contents
 * fetched by object id and kept: the base of a change, never checked out.
 * Symbolic links are reported and not followed (as on disk, one could lead
 * anywhere); submodules are not entered.
 */
export class ListedTree implements FileTree {
  readonly files = new Map<string, ListedFile>();
  readonly links = new Set<string>();
  protected readonly blobs = new Map<string, Uint8Array>();
  private folders?: Map<string, Set<string>>;

  constructor(
    /** The commit, for messages. */
    readonly commit: string,
    /** Reads one blob; a tree whose blobs are all given up front has none. */
    private readonly fetchBlob?: (id: string) => Uint8Array,
  ) {}

  /** Adds an entry of the listing, by its path relative to the checked root and its git mode. */
  add(relative: string, mode: string, id: string, size: number): void {
    if (pruned(relative)) return;
    this.folders = undefined;
    if (mode === '120000') this.links.add(relative);
    else if (mode === '100644' || mode === '100755') this.files.set(relative, { id, size });
  }

  /** Gives a blob's content, fetched elsewhere. */
  provide(id: string, content: Uint8Array): void {
    this.blobs.set(id, content);
  }

  entriesBelow(base: string): Entry[] {
    const within = (name: string) => base === '' || name === base || name.startsWith(`${base}/`);
    const entries: Entry[] = [];
    for (const name of this.files.keys()) if (within(name)) entries.push({ path: name });
    for (const name of this.links) {
      if (!within(name)) continue;
      entries.push({
        path: name,
        skipped: { severity: 'error', reason: 'it is a symbolic link in the base commit, which is not followed' },
      });
    }
    return entries;
  }

  filesIn(folder: string): Set<string> {
    if (!this.folders) {
      // Indexed once: keys are looked for beside each of thousands of certificate files.
      this.folders = new Map();
      for (const name of this.files.keys()) {
        const slash = name.lastIndexOf('/');
        const parent = slash < 0 ? '' : name.slice(0, slash);
        let names = this.folders.get(parent);
        if (!names) this.folders.set(parent, (names = new Set()));
        names.add(name.slice(slash + 1));
      }
    }
    return this.folders.get(folder === '.' ? '' : folder) ?? new Set();
  }

  size(relative: string): number | { error: string } {
    return this.files.get(relative)?.size ?? this.missing();
  }

  read(relative: string): Uint8Array | { error: string } {
    const file = this.files.get(relative);
    if (!file) return this.missing();
    const known = this.blobs.get(file.id);
    if (known) return known;
    if (!this.fetchBlob) return { error: `its content was not fetched from commit ${this.commit.slice(0, 12)}` };
    try {
      const content = this.fetchBlob(file.id);
      this.blobs.set(file.id, content);
      return content;
    } catch (error) {
      return { error: describeError(error) };
    }
  }

  private missing(): { error: string } {
    return { error: `no such file in commit ${this.commit.slice(0, 12)}` };
  }
}

/** Never walked, as on disk. */
function pruned(name: string): boolean {
  return name.split('/').some((part) => PRUNED_FOLDERS.has(part));
}
