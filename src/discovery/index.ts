import type { Settings } from '../config/settings.js';
import { Walker } from '../inventory/files.js';
import type { ListedTree } from '../inventory/listed-tree.js';
import { discover } from './discover.js';
import { planTargets } from './plan.js';
import { diskRepository, listedRepository } from './repository.js';

export { describeServed, type TargetOrigin } from './plan.js';

/**
 * The settings a check runs with once the infrastructure code is read: the
 * working tree's, and in a change review the base commit's too. A
 * repository without infrastructure code costs a listing of its names.
 */
export async function withDiscovery(
  settings: Settings,
  base?: ListedTree,
  options: { enforceBase?: boolean } = {},
): Promise<Settings> {
  const head = await discover(diskRepository(settings.root));
  const atBase = base ? await discover(listedRepository(base)) : undefined;
  const nothing = (found: typeof head | undefined) =>
    !found || (found.files.length === 0 && found.notes.length === 0 && found.targets.length === 0);
  if (nothing(head) && nothing(atBase)) return settings;
  return planTargets(settings, {
    head,
    headTree: new Walker(settings.root),
    ...(base && atBase ? { base: { discovery: atBase, tree: base } } : {}),
    ...(options.enforceBase ? { enforceBase: true } : {}),
  });
}
