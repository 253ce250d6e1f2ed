import type { Settings } from '../config/settings.js';
import { Walker } from '../inventory/file-tree.js';
import type { ListedTree } from '../inventory/listed-tree.js';
import { emptyDiscovery, type Discovery } from './model.js';
import { anyInfrastructure, mayBeInfrastructure } from './names.js';
import { diskRepository, listedRepository, type Repository } from './repository.js';

export type { TargetOrigin } from './model.js';

/**
 * What a repository's infrastructure code configures. One listing of names
 * decides whether there is any; only then are discovery and its parsers loaded.
 */
async function discoverIn(repository: Repository): Promise<Discovery> {
  const { files, links } = repository.list();
  if (!anyInfrastructure(files, links)) return emptyDiscovery();
  const { discover } = await import('./discover.js');
  return discover(repository);
}

/** What the working tree's infrastructure code configures. */
export function discoverWorkingTree(root: string): Promise<Discovery> {
  return discoverIn(diskRepository(root));
}

/**
 * The files of a base commit (listed, not yet fetched) that discovery may
 * read there: its possible infrastructure code and the files the working
 * tree's targets read.
 */
export function filesForBaseDiscovery(listed: readonly string[], head: Discovery): string[] {
  const known = new Set(listed);
  const truststores = head.targets.flatMap((target) => [...target.truststore, ...target.crls]);
  return [...new Set([...mayBeInfrastructure(listed), ...truststores.filter((file) => known.has(file))])];
}

const nothing = (found: Discovery | undefined) =>
  !found || (found.files.length === 0 && found.notes.length === 0 && found.targets.length === 0);

/**
 * The settings a check runs with once the infrastructure code is read: the
 * working tree's, and in a change review the base commit's too. A
 * repository without infrastructure code costs a listing of its names.
 */
export async function withDiscovery(
  settings: Settings,
  base?: ListedTree,
  options: { enforceBase?: boolean; head?: Discovery } = {},
): Promise<Settings> {
  const head = options.head ?? (await discoverIn(diskRepository(settings.root)));
  const atBase = base ? await discoverIn(listedRepository(base)) : undefined;
  if (nothing(head) && nothing(atBase)) return settings;
  const { planTargets } = await import('./plan.js');
  return planTargets(settings, {
    head,
    headTree: new Walker(settings.root),
    ...(base && atBase ? { base: { discovery: atBase, tree: base } } : {}),
    ...(options.enforceBase ? { enforceBase: true } : {}),
  });
}
