import { readdirSync } from 'node:fs';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { UsageError } from '../errors.js';

/**
 * `truststore`: a bundle uploaded to the gateway. `client`: a certificate a
 * client presents (leaf first, then any intermediates it sends). `key`: a
 * private-key file found beside one of those, read only to compare keys.
 */
export type FileRole = 'truststore' | 'client' | 'key';

export interface LocatedFile {
  path: string;
  role: FileRole;
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

async function match(root: string, patterns: string[], option: string): Promise<string[]> {
  const found = new Set<string>();
  for (const pattern of patterns) {
    checkPattern(pattern, option);
    const matches = await glob(pattern, { cwd: root, dot: true, onlyFiles: true, expandDirectories: false, followSymbolicLinks: false });
    if (matches.length === 0) throw new UsageError(`${option}: "${pattern}" matches no file under ${root}`);
    for (const file of matches) found.add(file.split(path.sep).join('/'));
  }
  return [...found].sort();
}

/** `certs/client` for `certs/client.pem`, `certs/client.key`, `certs/client-key.pem`... */
export function pairingBaseName(file: string): string {
  for (const suffix of KEY_SIBLING_SUFFIXES) {
    if (file.endsWith(suffix)) return file.slice(0, -suffix.length);
  }
  return file.replace(CERTIFICATE_EXTENSION, '');
}

/** Key files beside the certificate files; each folder is listed once, not probed per name. */
function keySiblings(root: string, certificateFiles: string[], taken: Set<string>): string[] {
  const listings = new Map<string, Set<string>>();
  const filesIn = (folder: string): Set<string> => {
    let names = listings.get(folder);
    if (!names) {
      try {
        names = new Set(readdirSync(path.join(root, folder), { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name));
      } catch {
        names = new Set();
      }
      listings.set(folder, names);
    }
    return names;
  };
  const keys: string[] = [];
  for (const file of certificateFiles) {
    const base = pairingBaseName(file);
    const folder = path.posix.dirname(base);
    const names = filesIn(folder);
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
 * error: a typo must not turn into a silent pass.
 */
export async function findFiles(request: { root: string; truststore: string[]; clients: string[] }): Promise<LocatedFile[]> {
  if (request.truststore.length === 0 && request.clients.length === 0) {
    throw new UsageError('nothing to check: no truststore or client-certificate globs were given (flags, action inputs or .truststore-check.yml)');
  }
  const truststore = await match(request.root, request.truststore, 'truststore');
  const taken = new Set(truststore);
  const clients = (await match(request.root, request.clients, 'clients')).filter((file) => !taken.has(file));
  for (const file of clients) taken.add(file);
  const keys = keySiblings(request.root, [...truststore, ...clients], taken);
  return [
    ...truststore.map((file) => ({ path: file, role: 'truststore' as const })),
    ...clients.map((file) => ({ path: file, role: 'client' as const })),
    ...keys.map((file) => ({ path: file, role: 'key' as const })),
  ];
}
