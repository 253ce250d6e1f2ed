import { lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { describeError } from '../errors.js';
import { isInside } from '../inventory/containment.js';
import { PRUNED_FOLDERS } from '../inventory/file-tree.js';
import type { ListedTree } from '../inventory/listed-tree.js';

/**
 * The repository as discovery reads it: the working tree, or a commit's
 * files (the base of a change). Symbolic links are never followed: a pull
 * request can point one anywhere on the runner.
 */
export interface Repository {
  /** Every regular file, POSIX paths relative to the checked root, sorted; symbolic links apart. */
  list(): { files: string[]; links: string[]; truncated: boolean };
  /** A regular file's size, or undefined when there is no such regular file inside the repository. */
  size(relative: string): number | undefined;
  read(relative: string): Uint8Array | { error: string };
}

/** Never listed: besides version control and packages, what tools download or generate (remote modules, synthesized templates). */
const SKIPPED_FOLDERS = new Set([...PRUNED_FOLDERS, '.terraform', 'cdk.out', '.aws-sam', '.serverless']);

/** Entries listed at most: a repository larger than this is discovered in part, and says so. */
export const MAX_LISTED_ENTRIES = 200_000;

function skippedFolder(name: string): boolean {
  return SKIPPED_FOLDERS.has(name);
}

/** The working tree under `root`: names from readdir alone (no stat per file), so listing stays cheap. */
export function diskRepository(root: string): Repository {
  const realRoot = realpathSync(root);
  let listing: ReturnType<Repository['list']> | undefined;
  const regularInside = (relative: string): string | undefined => {
    try {
      const absolute = path.join(root, relative);
      if (!lstatSync(absolute).isFile()) return undefined;
      const real = realpathSync(absolute);
      return isInside(realRoot, real) ? real : undefined;
    } catch {
      return undefined;
    }
  };
  return {
    list() {
      if (listing) return listing;
      const files: string[] = [];
      const links: string[] = [];
      let seen = 0;
      let truncated = false;
      const folders = [''];
      while (folders.length > 0 && !truncated) {
        const folder = folders.pop()!;
        let entries;
        try {
          entries = readdirSync(path.join(root, folder), { withFileTypes: true });
        } catch {
          continue;
        }
        for (const entry of entries) {
          if (++seen > MAX_LISTED_ENTRIES) {
            truncated = true;
            break;
          }
          const relative = folder === '' ? entry.name : `${folder}/${entry.name}`;
          if (entry.isDirectory()) {
            if (!skippedFolder(entry.name)) folders.push(relative);
          } else if (entry.isFile()) files.push(relative);
          else if (entry.isSymbolicLink()) links.push(relative);
        }
      }
      files.sort();
      links.sort();
      listing = { files, links, truncated };
      return listing;
    },
    size(relative) {
      const real = regularInside(relative);
      if (!real) return undefined;
      try {
        return lstatSync(real).size;
      } catch {
        return undefined;
      }
    },
    read(relative) {
      const real = regularInside(relative);
      if (!real) return { error: 'it is not a regular file inside the repository' };
      try {
        return readFileSync(real);
      } catch (error) {
        return { error: describeError(error) };
      }
    },
  };
}

/** A commit's files, as listed by git or GitHub. */
export function listedRepository(tree: ListedTree): Repository {
  const inSkipped = (name: string) => name.split('/').some(skippedFolder);
  return {
    list() {
      return {
        files: [...tree.files.keys()].filter((name) => !inSkipped(name)).sort(),
        links: [...tree.links].filter((name) => !inSkipped(name)).sort(),
        truncated: false,
      };
    },
    size(relative) {
      return tree.files.get(relative)?.size;
    },
    read(relative) {
      return tree.read(relative);
    },
  };
}
