import { lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { isInside } from './containment.js';
import { globBase, globMatcher, isGlob } from './glob.js';
import { describeError, UsageError } from '../errors.js';

/**
 * `truststore`: a bundle uploaded to the gateway. `client`: a certificate a
 * client presents (leaf first, then any intermediates it sends). `crl`:
 * certificate revocation lists the gateway is given. `key`: a private-key
 * file found beside a certificate file, read only to compare keys.
 */
export type FileRole = 'truststore' | 'client' | 'crl' | 'key';

/** Why a matched path was not read: an error (the check is incomplete) or a notice (nothing to read). */
export interface Skipped {
  severity: 'error' | 'notice';
  reason: string;
}

export interface LocatedFile {
  /** POSIX path relative to the root. */
  path: string;
  role: FileRole;
  skipped?: Skipped;
}

/** Names a private key for `client.pem` is commonly given. */
const KEY_SIBLING_SUFFIXES = ['.key', '.key.pem', '-key.pem', '_key.pem', '.pem.key'];
const CERTIFICATE_EXTENSION = /\.(pem|crt|cer|der|cert)$/i;
/**
 * Never walked: git's own folder, which holds no committed file (git refuses
 * to track a path with a `.git` component). Everything else a `**` reaches
 * is walked, `node_modules` and dot-folders included, as bash's globstar and
 * every deploy script that copies `certs/**` include them: a CA or client
 * skipped here would still reach the gateway.
 */
export const PRUNED_FOLDERS = new Set(['.git']);

function checkPattern(pattern: string, option: string): void {
  if (pattern.trim() === '') throw new UsageError(`${option}: empty glob`);
  if (path.isAbsolute(pattern) || /^[A-Za-z]:[\\/]/.test(pattern)) {
    throw new UsageError(`${option}: "${pattern}" is absolute; globs are relative to the repository root`);
  }
  if (pattern.split(/[\\/]/).includes('..')) {
    throw new UsageError(`${option}: "${pattern}" reaches outside the repository root`);
  }
}

/** `certs/client` for `certs/client.pem`, `certs/client.key`, `certs/client-key.pem`... */
export function pairingBaseName(file: string): string {
  for (const suffix of KEY_SIBLING_SUFFIXES) {
    if (file.endsWith(suffix)) return file.slice(0, -suffix.length);
  }
  return file.replace(CERTIFICATE_EXTENSION, '');
}

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
    if (stats.isFile()) return { entry: { path: relative } };
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
    if (target.isFile()) return { entry: { path: relative } };
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

/**
 * The files the patterns match. `ordered`: in the order of the patterns, each
 * pattern's matches sorted, each file once (the order `cat` concatenates a
 * bundle in); otherwise all sorted by path.
 */
function match(
  tree: FileTree,
  root: string,
  patterns: string[],
  option: string,
  ordered: boolean,
  unmatchedOk: boolean,
): Entry[] {
  const found = new Map<string, Entry>();
  for (const pattern of patterns) {
    checkPattern(pattern, option);
    const normalised = pattern.replace(/\\/g, '/').replace(/^\.\//, '');
    const wildcard = isGlob(normalised);
    const matches = wildcard ? globMatcher(normalised, option) : (candidate: string) => candidate === normalised;
    const base = wildcard ? globBase(normalised) : normalised;
    // The fixed part itself refused (a link out of the repository) is reported whatever the pattern matches.
    const entries = tree
      .entriesBelow(base)
      .filter((entry) => matches(entry.path) || (entry.path === base && entry.skipped));
    if (entries.length === 0 && !unmatchedOk)
      throw new UsageError(`${option}: "${pattern}" matches no file under ${root}`);
    entries.sort(byPath);
    for (const entry of entries) if (!found.has(entry.path)) found.set(entry.path, entry);
  }
  return ordered ? [...found.values()] : [...found.values()].sort(byPath);
}

function byPath(a: Entry, b: Entry): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** Key files beside the certificate files; each folder is listed once, not probed per name. */
function keySiblings(tree: FileTree, certificateFiles: string[], taken: Set<string>): string[] {
  const keys: string[] = [];
  for (const file of certificateFiles) {
    const base = pairingBaseName(file);
    const names = tree.filesIn(path.posix.dirname(base));
    for (const suffix of KEY_SIBLING_SUFFIXES) {
      const candidate = base + suffix;
      if (taken.has(candidate) || !names.has(path.posix.basename(candidate))) continue;
      taken.add(candidate);
      keys.push(candidate);
    }
  }
  return keys;
}

/**
 * Resolves the globs to files under `root`. A file matched by both globs is a
 * truststore file (the stricter reading). Globs that match nothing are an
 * error: a typo must not turn into a silent pass. Past `maxFiles`, the first
 * file left out carries the count of all that were. With `bundle`, the
 * truststore files keep the order of their globs (they are concatenated so).
 */
export function findFiles(request: {
  root: string;
  truststore: string[];
  bundle?: boolean;
  clients: string[];
  crls?: string[];
  maxFiles: number;
  /** Where the files are read from (default: the working tree under `root`). */
  tree?: FileTree;
  /** A glob matching nothing is no error (the base of a change may not have the files yet). */
  unmatchedOk?: boolean;
}): LocatedFile[] {
  if (request.truststore.length === 0) {
    // Clients alone would pass with no chain judged: nothing to check them against is not a pass.
    throw new UsageError(
      request.clients.length === 0
        ? 'nothing to check: no truststore or client-certificate globs were given (flags, action inputs or .truststore-check.yml)'
        : 'client certificates are given but no truststore: there is nothing to judge them against. Name the truststore the gateway receives (--truststore, the truststore input, or truststore: in .truststore-check.yml)',
    );
  }
  const tree = request.tree ?? new Walker(request.root);
  const lenient = request.unmatchedOk ?? false;
  const truststore = match(tree, request.root, request.truststore, 'truststore', request.bundle ?? false, lenient);
  const taken = new Set(truststore.map((entry) => entry.path));
  const clients = match(tree, request.root, request.clients, 'clients', false, lenient).filter(
    (entry) => !taken.has(entry.path),
  );
  for (const entry of clients) taken.add(entry.path);
  // In glob order, like a bundle: which of two equally good CRLs OpenSSL uses depends on their order.
  const crls = match(tree, request.root, request.crls ?? [], 'crls', true, lenient).filter(
    (entry) => !taken.has(entry.path),
  );
  for (const entry of crls) taken.add(entry.path);
  const readable = (entries: Entry[]) => entries.filter((entry) => !entry.skipped).map((entry) => entry.path);
  const keys = keySiblings(tree, [...readable(truststore), ...readable(clients)], taken);
  const located: LocatedFile[] = [
    ...truststore.map((entry) => ({ ...entry, role: 'truststore' as const })),
    ...clients.map((entry) => ({ ...entry, role: 'client' as const })),
    ...crls.map((entry) => ({ ...entry, role: 'crl' as const })),
    ...keys.map((file) => ({ path: file, role: 'key' as const })),
  ];
  if (located.length <= request.maxFiles) return located;
  const over = located.length - request.maxFiles;
  const first = located[request.maxFiles]!;
  const reason = `${located.length} files matched, over the limit of ${request.maxFiles} (limits.max-files): this one and ${over - 1} more were not read`;
  return [...located.slice(0, request.maxFiles), { ...first, skipped: { severity: 'error', reason } }];
}
