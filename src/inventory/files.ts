import path from 'node:path';
import { globBase, globMatcher, isGlob } from './glob.js';
import { UsageError } from '../errors.js';
import { Walker, type Entry, type FileTree, type Skipped } from './file-tree.js';

/**
 * `truststore`: a bundle uploaded to the gateway. `client`: a certificate a
 * client presents (leaf first, then any intermediates it sends). `crl`:
 * certificate revocation lists the gateway is given. `key`: a private-key
 * file found beside a certificate file, read only to compare keys.
 */
export type FileRole = 'truststore' | 'client' | 'crl' | 'key';

/** The files whose certificates the gateway uses: those it trusts and those clients present. A certificate in a CRL or key file is neither. */
export const CERTIFICATE_FILE_ROLES: readonly FileRole[] = ['truststore', 'client'];

export interface LocatedFile {
  /** POSIX path relative to the root. */
  path: string;
  role: FileRole;
  skipped?: Skipped;
}

/** Names a private key for `client.pem` is commonly given. */
const KEY_SIBLING_SUFFIXES = ['.key', '.key.pem', '-key.pem', '_key.pem', '.pem.key'];
const CERTIFICATE_EXTENSION = /\.(pem|crt|cer|der|cert)$/i;
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
    // path.posix.dirname and basename, without their cost on every one of thousands of files.
    const slash = base.lastIndexOf('/');
    const names = tree.filesIn(slash < 0 ? '.' : base.slice(0, slash));
    const stem = base.slice(slash + 1);
    for (const suffix of KEY_SIBLING_SUFFIXES) {
      const candidate = base + suffix;
      if (!names.has(stem + suffix) || taken.has(candidate)) continue;
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
