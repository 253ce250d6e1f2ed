import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A file's text, or a symbolic link to `link` (committed as git commits links: mode 120000). */
export type TreeEntry = string | { link: string };
export type Tree = Record<string, TreeEntry>;

/** Fixed identities and dates: the same trees always give the same commits. */
const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_TERMINAL_PROMPT: '0',
};

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], { env: GIT_ENV, maxBuffer: 64 << 20 })
    .toString('utf8')
    .trim();
}

/** Replaces everything but `.git` in `dir` with `files`. */
export async function writeTree(dir: string, files: Tree): Promise<void> {
  for (const name of await readdir(dir)) if (name !== '.git') await rm(path.join(dir, name), { recursive: true });
  for (const [file, entry] of Object.entries(files)) {
    const target = path.join(dir, file);
    await mkdir(path.dirname(target), { recursive: true });
    if (typeof entry === 'string') await writeFile(target, entry);
    else await symlink(entry.link, target);
  }
}

/**
 * The repository on GitHub's side of a test: every commit of every branch
 * and pull request (base, head, GitHub's merge commit), which the fake API
 * serves trees and blobs from and checkouts are cloned from, full or shallow.
 */
export class GitRepository {
  private constructor(readonly dir: string) {}

  static async create(): Promise<GitRepository> {
    const dir = await mkdtemp(path.join(tmpdir(), 'tsc-origin-'));
    git(dir, 'init', '-q');
    // actions/checkout fetches one commit by its SHA, as a shallow clone does here.
    git(dir, 'config', 'uploadpack.allowAnySHA1InWant', 'true');
    return new GitRepository(dir);
  }

  /** A commit of exactly `files`, with `parents`; no branch moves. */
  async commit(files: Tree, parents: string[] = [], message = 'commit'): Promise<string> {
    await writeTree(this.dir, files);
    git(this.dir, 'add', '-A');
    const tree = git(this.dir, 'write-tree');
    return git(this.dir, 'commit-tree', tree, ...parents.flatMap((parent) => ['-p', parent]), '-m', message);
  }

  /** GitHub's test merge commit of a pull request: the head's files, with the base and the head as parents. */
  mergeCommit(base: string, head: string): string {
    const tree = git(this.dir, 'rev-parse', `${head}^{tree}`);
    return git(this.dir, 'commit-tree', tree, '-p', base, '-p', head, '-m', 'merge');
  }

  branch(name: string, commit: string): void {
    git(this.dir, 'update-ref', `refs/heads/${name}`, commit);
  }

  /**
   * A checkout of `commit` as actions/checkout makes one: every branch and
   * its history (`fetch-depth: 0`), or that commit alone (the default, depth 1).
   */
  async checkout(commit: string, depth: 'full' | 'shallow', into?: string): Promise<string> {
    const dir = into ?? (await mkdtemp(path.join(tmpdir(), `tsc-checkout-${depth}-`)));
    await mkdir(dir, { recursive: true });
    git(dir, 'init', '-q');
    if (depth === 'full') git(dir, 'fetch', '-q', this.dir, '+refs/heads/*:refs/remotes/origin/*', commit);
    else git(dir, 'fetch', '-q', '--depth=1', `file://${this.dir}`, commit);
    git(dir, 'checkout', '-q', '--detach', commit);
    return dir;
  }
}
