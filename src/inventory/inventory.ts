import { Walker, type FileTree, type Skipped } from './file-tree.js';
import { findFiles, type FileRole, type LocatedFile } from './files.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
import {
  readObjects,
  type CertificateObject,
  type CrlObject,
  type FileObject,
  type LoadFailure,
  type NotLoaded,
  type ReaderDisagreement,
} from './objects.js';

export type { FileRole };

export interface SourceFile {
  /** POSIX path relative to the root. */
  path: string;
  role: FileRole;
  size: number;
  objects: FileObject[];
  /** Blank lines (1-based) of a PEM text file. */
  blankLines?: number[];
  /** Set when the file was not read, or only in part, and why. */
  notRead?: Skipped;
  /** OpenSSL's reader fails on the file and loads nothing from it (see readers/openssl-pem.ts). */
  loadFailure?: LoadFailure;
  /** What OpenSSL's reader passes by without loading: a PKCS#7 bundle, DER, a block it does not see. */
  notLoaded?: NotLoaded[];
  /** OpenSSL's and Go's readers load different certificates from the file. */
  disagreement?: ReaderDisagreement;
  /** Lines of a text file. */
  lineCount?: number;
}

export interface Inventory {
  root: string;
  files: SourceFile[];
  /** The truststore files of each bundle the gateway receives, in order: one file each, or all in one. */
  bundles: SourceFile[][];
}

export interface InventoryRequest {
  root: string;
  truststore: string[];
  /** The truststore files are one bundle, concatenated in the order of their globs. */
  bundle?: boolean;
  clients: string[];
  /** Certificate revocation lists the gateway is given. */
  crls?: string[];
  limits?: Limits;
  /** Where the files are read from (default: the working tree under `root`). */
  tree?: FileTree;
  /** A glob matching nothing is no error (the base of a change may not have the files yet). */
  unmatchedOk?: boolean;
}

/** Reads one file within the limits; never throws. */
function readSource(
  tree: FileTree,
  relative: string,
  role: FileRole,
  limits: Limits,
  budget: { bytes: number },
): SourceFile {
  const skip = (reason: string, size = 0): SourceFile => ({
    path: relative,
    role,
    size,
    objects: [],
    notRead: { severity: 'error', reason },
  });
  const size = tree.size(relative);
  if (typeof size !== 'number') return skip(`it cannot be read (${size.error})`);
  // Judged before reading: a 2 GB file is never loaded to find out it is too large.
  const [maxSize, limitKey] =
    role === 'crl' ? [limits.maxCrlFileSize, 'max-crl-file-size'] : [limits.maxFileSize, 'max-file-size'];
  if (size > maxSize)
    return skip(
      `it is ${size.toLocaleString('en-US')} bytes, over the limit of ${maxSize.toLocaleString('en-US')} (limits.${limitKey})`,
      size,
    );
  if (budget.bytes + size > limits.maxTotalSize)
    return skip(
      `reading it would pass the limit of ${limits.maxTotalSize.toLocaleString('en-US')} bytes for one run (limits.max-total-size)`,
      size,
    );
  const bytes = tree.read(relative);
  if (!(bytes instanceof Uint8Array)) return skip(`it cannot be read (${bytes.error})`);
  budget.bytes += bytes.length;
  return sourceFile(relative, role, bytes, limits.maxObjectsPerFile);
}

/** A file's content as the rules see it; also how tests build files in memory. */
export function sourceFile(relative: string, role: FileRole, bytes: Uint8Array, maxObjects = Infinity): SourceFile {
  const { objects, blankLines, truncated, loadFailure, notLoaded, disagreement, lineCount } = readObjects(
    bytes,
    maxObjects,
    role,
  );
  const file: SourceFile = {
    path: relative,
    role,
    size: bytes.length,
    objects,
    ...(blankLines && blankLines.length > 0 ? { blankLines } : {}),
    ...(loadFailure ? { loadFailure } : {}),
    ...(notLoaded ? { notLoaded } : {}),
    ...(disagreement ? { disagreement } : {}),
    ...(lineCount !== undefined ? { lineCount } : {}),
  };
  if (truncated)
    file.notRead = {
      severity: 'error',
      reason: `it holds more than ${maxObjects.toLocaleString('en-US')} blocks (limits.max-objects-per-file); only those before line ${truncated.line} were read`,
    };
  return file;
}

/** The located files the limits let through, judged by size before anything is read. */
function withinLimits(tree: FileTree, located: readonly LocatedFile[], limits: Limits): string[] {
  let total = 0;
  return located
    .filter(({ path: relative, role, skipped }) => {
      const size = tree.size(relative);
      const max = role === 'crl' ? limits.maxCrlFileSize : limits.maxFileSize;
      if (skipped || typeof size !== 'number' || size > max || total + size > limits.maxTotalSize) return false;
      total += size;
      return true;
    })
    .map((file) => file.path);
}

/**
 * The files a request would read from `tree`, within the limits: what to
 * fetch before checking a tree whose contents come from far away.
 */
export function filesToRead(request: InventoryRequest & { tree: FileTree }): string[] {
  const limits = request.limits ?? DEFAULT_LIMITS;
  return withinLimits(request.tree, findFiles({ ...request, maxFiles: limits.maxFiles }), limits);
}

export function buildInventory(request: InventoryRequest): Inventory {
  const limits = request.limits ?? DEFAULT_LIMITS;
  const tree: FileTree = request.tree ?? new Walker(request.root);
  const located = findFiles({ ...request, tree, maxFiles: limits.maxFiles });
  // Synchronous reads: thousands of small files go faster one after another
  // than through the thread pool, and each file is parsed as soon as it is read.
  const budget = { bytes: 0 };
  tree.prefetch?.(withinLimits(tree, located, limits));
  const files = located.map(({ path: relative, role, skipped }): SourceFile =>
    skipped
      ? { path: relative, role, size: 0, objects: [], notRead: skipped }
      : readSource(tree, relative, role, limits, budget),
  );
  const truststoreFiles = files.filter((file) => file.role === 'truststore');
  const bundles = request.bundle ? [truststoreFiles] : truststoreFiles.map((file) => [file]);
  return { root: request.root, files, bundles: bundles.filter((bundle) => bundle.length > 0) };
}

export function certificatesOf(file: SourceFile): CertificateObject[] {
  return file.objects.filter((object): object is CertificateObject => object.kind === 'certificate');
}

export function crlsOf(file: SourceFile): CrlObject[] {
  return file.objects.filter((object): object is CrlObject => object.kind === 'crl');
}
