import { Walker, type FileTree, type Skipped } from './file-tree.js';
import { findFiles, type FileRole, type LocatedFile } from './files.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
import type {
  CertificateObject,
  CrlObject,
  FileObject,
  LoadFailure,
  NotLoaded,
  ReaderDisagreement,
} from './file-objects.js';
import { readObjects } from './objects.js';

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
  /** The reader failed on the file (a bug, not the file's fault): reported as an internal error. */
  readerError?: string;
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

/** A located file and how it is read: `skipped` is the file as reported when a limit or the file system keeps it unread. */
export interface PlannedFile {
  /** POSIX path relative to the root. */
  path: string;
  role: FileRole;
  skipped?: SourceFile;
}

/**
 * What a request reads, decided before anything is read: every located file
 * with the limits applied (file sizes, the run's total), and which files form
 * each bundle. The files can then be read in any order, by any thread.
 */
export interface InventoryPlan {
  root: string;
  tree: FileTree;
  limits: Limits;
  files: PlannedFile[];
  /** Indexes into `files` of the truststore files of each bundle the gateway receives. */
  bundles: number[][];
}

function notRead(relative: string, role: FileRole, reason: string, size = 0): SourceFile {
  return { path: relative, role, size, objects: [], notRead: { severity: 'error', reason } };
}

/** The largest file of a role the limits let through, and the setting that says so. */
function maxSizeOf(role: FileRole, limits: Limits): [number, string] {
  return role === 'crl' ? [limits.maxCrlFileSize, 'max-crl-file-size'] : [limits.maxFileSize, 'max-file-size'];
}

function tooLarge(relative: string, role: FileRole, size: number, limits: Limits): SourceFile | undefined {
  const [maxSize, limitKey] = maxSizeOf(role, limits);
  if (size <= maxSize) return undefined;
  return notRead(
    relative,
    role,
    `it is ${size.toLocaleString('en-US')} bytes, over the limit of ${maxSize.toLocaleString('en-US')} (limits.${limitKey})`,
    size,
  );
}

export function planInventory(request: InventoryRequest): InventoryPlan {
  const limits = request.limits ?? DEFAULT_LIMITS;
  const tree: FileTree = request.tree ?? new Walker(request.root);
  const located = findFiles({ ...request, tree, maxFiles: limits.maxFiles });
  tree.prefetch?.(withinLimits(tree, located, limits));
  let total = 0;
  const files = located.map(({ path: relative, role, skipped }): PlannedFile => {
    if (skipped)
      return { path: relative, role, skipped: { path: relative, role, size: 0, objects: [], notRead: skipped } };
    const size = tree.size(relative);
    // Judged before reading: a 2 GB file is never loaded to find out it is too large.
    if (typeof size !== 'number')
      return { path: relative, role, skipped: notRead(relative, role, `it cannot be read (${size.error})`) };
    const large = tooLarge(relative, role, size, limits);
    if (large) return { path: relative, role, skipped: large };
    if (total + size > limits.maxTotalSize)
      return {
        path: relative,
        role,
        skipped: notRead(
          relative,
          role,
          `reading it would pass the limit of ${limits.maxTotalSize.toLocaleString('en-US')} bytes for one run (limits.max-total-size)`,
          size,
        ),
      };
    total += size;
    return { path: relative, role };
  });
  const truststoreFiles = files.flatMap((file, index) => (file.role === 'truststore' ? [index] : []));
  const bundles = request.bundle ? [truststoreFiles] : truststoreFiles.map((index) => [index]);
  return { root: request.root, tree, limits, files, bundles: bundles.filter((bundle) => bundle.length > 0) };
}

/** A planned file's bytes, or the file as reported when they cannot be read; never throws. */
export function readBytes(tree: FileTree, file: PlannedFile, limits: Limits): Uint8Array | SourceFile {
  if (file.skipped) return file.skipped;
  const bytes = tree.read(file.path);
  if (!(bytes instanceof Uint8Array)) return notRead(file.path, file.role, `it cannot be read (${bytes.error})`);
  // The file may have grown since its size was judged.
  return tooLarge(file.path, file.role, bytes.length, limits) ?? bytes;
}

/** Reads a planned file and what it holds; never throws. */
export function readPlanned(tree: FileTree, file: PlannedFile, limits: Limits): SourceFile {
  const bytes = readBytes(tree, file, limits);
  return bytes instanceof Uint8Array ? sourceFile(file.path, file.role, bytes, limits.maxObjectsPerFile) : bytes;
}

/** A file's content as the rules see it; also how tests build files in memory. */
export function sourceFile(relative: string, role: FileRole, bytes: Uint8Array, maxObjects = Infinity): SourceFile {
  const { objects, blankLines, truncated, loadFailure, notLoaded, disagreement, lineCount, readerError } = readObjects(
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
    ...(readerError !== undefined ? { readerError } : {}),
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

/** Reads every file a request names, within the limits. */
export function buildInventory(request: InventoryRequest): Inventory {
  const plan = planInventory(request);
  // Synchronous reads: thousands of small files go faster one after another
  // than through the thread pool, and each file is parsed as soon as it is read.
  const files = plan.files.map((file) => readPlanned(plan.tree, file, plan.limits));
  return { root: plan.root, files, bundles: plan.bundles.map((bundle) => bundle.map((index) => files[index]!)) };
}

export function certificatesOf(file: SourceFile): CertificateObject[] {
  return file.objects.filter((object): object is CertificateObject => object.kind === 'certificate');
}

export function crlsOf(file: SourceFile): CrlObject[] {
  return file.objects.filter((object): object is CrlObject => object.kind === 'crl');
}
