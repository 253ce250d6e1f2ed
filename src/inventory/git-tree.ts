import { shellQuote } from '../text/shell-quote.js';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { ListedTree } from './listed-tree.js';

/** git's object ids: SHA-1 (40 hex digits) or SHA-256 (64). */
export const OBJECT_ID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/** A listing or a batch of blobs larger than this is refused rather than buffered. */
const MAX_GIT_OUTPUT = 1024 * 1024 * 1024;

function git(cwd: string, args: string[], input?: string): Buffer {
  return execFileSync('git', args, {
    cwd,
    maxBuffer: MAX_GIT_OUTPUT,
    stdio: ['pipe', 'pipe', 'pipe'],
    ...(input !== undefined ? { input } : {}),
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
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
        `Fetch it first: ${fetchAdvice(ref)}, or \`git fetch --unshallow\`; ` +
        'with actions/checkout, set `fetch-depth: 0` or fetch the base commit.',
    );
  }
}

/**
 * A fetch that makes `ref` resolvable, by its form: git refuses a revision
 * expression such as `HEAD~1` as a refspec, so history is deepened instead.
 */
export function fetchAdvice(ref: string): string {
  const quote = (text: string) => shellQuote(text);
  const ancestry = /^(.*?)((?:[~^]\d*)+)$/.exec(ref);
  if (ancestry) {
    // HEAD~2^ is three commits back: each ~N is N, each ^ (or ^N, a parent of a merge) one.
    const back = [...ancestry[2]!.matchAll(/([~^])(\d*)/g)].reduce(
      (sum, [, op, n]) => sum + (op === '~' ? Number(n || 1) : 1),
      0,
    );
    const start = ancestry[1] || 'HEAD';
    return start === 'HEAD' ? `\`git fetch --deepen=${back}\`` : `${fetchAdvice(start)} with \`--depth=${back + 1}\``;
  }
  if (OBJECT_ID.test(ref.toLowerCase())) return `\`git fetch --depth=1 origin ${ref}\``;
  // An abbreviated commit id cannot be fetched by itself: the server wants it whole.
  if (/^[0-9a-f]{4,63}$/i.test(ref)) return 'the full commit id with `git fetch --depth=1 origin <commit id>`';
  const remoteBranch = /^origin\/(.+)$/.exec(ref)?.[1];
  const branch = remoteBranch ?? ref.replace(/^refs\/heads\//, '');
  if (ref.startsWith('refs/tags/'))
    return `\`git fetch --depth=1 origin tag ${quote(ref.slice('refs/tags/'.length))}\``;
  const tracking = `refs/remotes/origin/${branch}`;
  return `\`git fetch --depth=1 origin ${quote(`${branch}:${tracking}`)}\` (then --base ${quote(`origin/${branch}`)})`;
}

/** A commit's files under the checked folder, listed by `git ls-tree` and read from git's objects. */
export class GitTree extends ListedTree {
  private readonly topLevel: string;

  constructor(root: string, commit: string) {
    super(commit, (id) => git(this.topLevel, ['cat-file', 'blob', id]));
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
      const tab = line.indexOf('\t');
      if (tab < 0) continue;
      const [mode, type, id, size] = line.slice(0, tab).split(/ +/);
      const name = line.slice(tab + 1);
      if (type !== 'blob' || !name.startsWith(under) || !OBJECT_ID.test(id ?? '')) continue;
      this.add(name.slice(under.length), mode!, id!, Number(size));
    }
  }

  /**
   * Reads every listed blob with one `git cat-file --batch`: ten thousand
   * client files cost one process, not ten thousand.
   */
  prefetch(relatives: readonly string[]): void {
    const ids = [...new Set(relatives.map((name) => this.files.get(name)?.id))].filter(
      (id): id is string => id !== undefined && !this.blobs.has(id),
    );
    if (ids.length === 0) return;
    const output = git(this.topLevel, ['cat-file', '--batch'], `${ids.join('\n')}\n`);
    let offset = 0;
    while (offset < output.length) {
      const end = output.indexOf(0x0a, offset);
      if (end < 0) break;
      const [id, type, size] = output.subarray(offset, end).toString('latin1').split(' ');
      const length = type === 'missing' ? 0 : Number(size);
      if (type === 'blob') this.provide(id!, output.subarray(end + 1, end + 1 + length));
      offset = type === 'missing' ? end + 1 : end + 1 + length + 1;
    }
  }
}
