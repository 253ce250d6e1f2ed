import type { Entry, FileTree } from '../inventory/file-tree.js';
import type { DiscoveryNote } from './model.js';

/**
 * What discovery hands the engine for one side of a check: the notes its
 * rules report, and the file contents that exist only inside
 * infrastructure code (read as if they were files).
 */
export interface DiscoverySide {
  notes: DiscoveryNote[];
  embedded: ReadonlyMap<string, Uint8Array>;
}

export interface DiscoveryFindings extends DiscoverySide {
  /** The base commit's side of a change review, so a note already there is not new. */
  atBase?: DiscoverySide;
}

/** The notes one target reports: its own, and (for the first target) those about no target. */
export function notesFor(side: DiscoverySide | undefined, target: string, first: boolean): DiscoveryNote[] {
  if (!side) return [];
  return side.notes.filter((note) => (note.target === undefined ? first : note.target === target));
}

/**
 * A file tree with the embedded files added, under their own paths
 * (`k8s/secret.yaml#ca/ca.crt`). Only a path named exactly finds one: a
 * configured glob never matches content that is not a file.
 */
export function withEmbedded(tree: FileTree, embedded: ReadonlyMap<string, Uint8Array> | undefined): FileTree {
  if (!embedded || embedded.size === 0) return tree;
  return {
    entriesBelow(base: string): Entry[] {
      return embedded.has(base) ? [{ path: base }] : tree.entriesBelow(base);
    },
    filesIn: (folder) => tree.filesIn(folder),
    size: (relative) => embedded.get(relative)?.length ?? tree.size(relative),
    read: (relative) => embedded.get(relative) ?? tree.read(relative),
    ...(tree.prefetch
      ? { prefetch: (relatives: readonly string[]) => tree.prefetch!(relatives.filter((name) => !embedded.has(name))) }
      : {}),
  };
}
