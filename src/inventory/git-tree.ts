import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describeError, UsageError } from '../errors.js';
import type { Entry, FileTree } from './files.js';

/** git's object ids: SHA-1 (40 hex digits) or SHA-256 (64). */
const OBJECT_ID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/** A listing or a batch of blobs larger than this is refused rather than buffered. */
const MAX_GIT_OUTPUT = 1024 * 1024 * 1024;

function git(cwd: string, args: string[], input?: string): Buffer {
  return execFileSync('git', args, {
    cwd,
    maxBuffer: MAX_GIT_OUTPUT,
    stdio: ['pipe', 'pipe', 'pipe'],
    ...(input !== undefined ? { input } : {}),
    // A repository's own configuration must not run anything (core.fsmonitor and the like).
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0' },
  });
}

/** The commit a ref names, as git resolves it; a usage error that says how to get it when the clone lacks it. */
export function resolveCommit(root: string, ref: string): string {
  if (ref.startsWith('-')) throw new UsageError(`--base: "${ref}" is not a git ref`);
  let topLevel: string;
  try {
    topLevel = git(root, ['rev-parse', '--show-toplevel']).toString().trim();
  } catch {
    throw new UsageError(`--base: ${root} is not inside a git repository`);
  }
  try {
    return git(topLevel, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])
      .toString()
      .trim();
  } catch {
    let shallow = false;
    try {
      shallow = git(topLevel, ['rev-parse', '--is-shallow-repository']).toString().trim() === 'true';
    } catch {
      // Older git: no way to tell; the advice below covers both.
    }
    throw new UsageError(
      `--base: "${ref}" is not a commit in this repository${shallow ? ' (the clone is shallow)' : ''}. ` +
        `Fetch it first, e.g. \`git fetch --depth=1 origin ${ref.replace(/^origin\//, '')}\`, or \`git fetch --unshallow\`; ` +
        'with actions/checkout, set `fetch-depth: 0` or fetch the base commit.',
    );
  }
}

interface TreeFile {
  id: string;
  size: number;
}

/**
 * A commit's files under the checked folder, read from git objects and never
 * checked out: the base of a change. Symbolic links are not followed (as on
 * disk, a link could lead anywhere); submodules are not entered.
 */
export class GitTree implements FileTree {
  private readonly files = new Map<string, TreeFile>();
  private readonly links = new Set<string>();
  private readonly blobs = new Map<string, Buffer>();
  private readonly topLevel: string;

  constructor(
    root: string,
    readonly commit: string,
  ) {
    this.topLevel = git(root, ['rev-parse', '--show-toplevel']).toString().trim();
    const prefix = path.relative(this.topLevel, path.resolve(root)).split(path.sep).join('/');
    const under = prefix === '' ? '' : `${prefix}/`;
    // -z: names as they are, however odd; --long: sizes, to judge limits before reading.
    const listing = git(this.topLevel, [
      'ls-tree',
      '-r',
      '-z',
      '--long',
      '--full-tree',
      commit,
      '--',
      ...(under ? [under] : []),
    ]);
    for (const line of listing.toString('utf8').split('\0')) {
      if (line === '') continue;
      const tab = line.indexOf('\t');
      const [mode, type, id, size] = line.slice(0, tab).split(/ +/);
      const name = line.slice(tab + 1);
      if (!name.startsWith(under) || type !== 'blob' || !OBJECT_ID.test(id ?? '')) continue;
      const relative = name.slice(under.length);
      if (mode === '120000') this.links.add(relative);
      else this.files.set(relative, { id: id!, size: Number(size) });
    }
  }

  entriesBelow(base: string): Entry[] {
    const entries: Entry[] = [];
    const within = (name: string) => base === '' || name === base || name.startsWith(`${base}/`);
    for (const name of this.files.keys()) if (within(name) && !pruned(name)) entries.push({ path: name });
    for (const name of this.links) {
      if (!within(name) || pruned(name)) continue;
      entries.push({
        path: name,
        skipped: { severity: 'error', reason: 'it is a symbolic link in the base commit, which is not followed' },
      });
    }
    return entries;
  }

  filesIn(folder: string): Set<string> {
    const names = new Set<string>();
    const start = folder === '' || folder === '.' ? '' : `${folder}/`;
    for (const name of this.files.keys()) {
      if (name.startsWith(start) && !name.slice(start.length).includes('/')) names.add(name.slice(start.length));
    }
    return names;
  }

  size(relative: string): number | { error: string } {
    const file = this.files.get(relative);
    return file ? file.size : { error: `no such file in commit ${this.commit.slice(0, 12)}` };
  }

  read(relative: string): Uint8Array | { error: string } {
    const file = this.files.get(relative);
    if (!file) return { error: `no such file in commit ${this.commit.slice(0, 12)}` };
    const cached = this.blobs.get(file.id);
    if (cached) return cached;
    try {
      const blob = git(this.topLevel, ['cat-file', 'blob', file.id]);
      this.blobs.set(file.id, blob);
      return blob;
    } catch (error) {
      return { error: describeError(error) };
    }
  }

  /**
   * Reads every listed blob with one `git cat-file --batch`: ten thousand
   * client files cost one process, not ten thousand.
   */
  prefetch(relatives: readonly string[]): void {
    const ids = [...new Set(relatives.map((name) => this.files.get(name)?.id).filter((id) => id !== undefined))].filter(
      (id) => !this.blobs.has(id),
    );
    if (ids.length === 0) return;
    const output = git(this.topLevel, ['cat-file', '--batch'], `${ids.join('\n')}\n`);
    let offset = 0;
    while (offset < output.length) {
      const end = output.indexOf(0x0a, offset);
      if (end < 0) break;
      const [id, type, size] = output.subarray(offset, end).toString('latin1').split(' ');
      if (type !== 'blob') {
        offset = end + 1;
        continue;
      }
      const length = Number(size);
      this.blobs.set(id!, output.subarray(end + 1, end + 1 + length));
      offset = end + 1 + length + 1;
    }
  }
}

function pruned(name: string): boolean {
  return name.split('/').some((part) => part === '.git' || part === 'node_modules');
}
