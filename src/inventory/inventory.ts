import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findFiles, type FileRole } from './files.js';
import { readObjects, type CertificateObject, type FileObject } from './objects.js';

export type { FileRole };

export interface SourceFile {
  /** POSIX path relative to the root. */
  path: string;
  role: FileRole;
  size: number;
  objects: FileObject[];
}

export interface Inventory {
  root: string;
  files: SourceFile[];
}

export interface InventoryRequest {
  root: string;
  truststore: string[];
  clients: string[];
}

export async function buildInventory(request: InventoryRequest): Promise<Inventory> {
  const located = await findFiles(request);
  // Synchronous reads: thousands of small files go faster one after another
  // than through the thread pool, and each file is parsed as soon as it is read.
  const files = located.map(({ path: relative, role }) => {
    const bytes = readFileSync(path.join(request.root, relative));
    return { path: relative, role, size: bytes.length, objects: readObjects(bytes) };
  });
  return { root: request.root, files };
}

export function certificatesOf(file: SourceFile): CertificateObject[] {
  return file.objects.filter((object): object is CertificateObject => object.kind === 'certificate');
}
