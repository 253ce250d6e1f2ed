import { analyseTrust } from './chain/analysis.js';
import type { SignatureVerifier } from './chain/signatures.js';
import type { Settings, Target } from './config/settings.js';
import { notesFor, withEmbedded } from './discovery/findings.js';
import { Walker, type FileTree } from './inventory/file-tree.js';
import { planInventory, type Inventory, type InventoryRequest, type SourceFile } from './inventory/inventory.js';
import { checkInParts } from './batches/check-in-parts.js';
import { targetReport } from './batches/merge.js';
import { splitIntoParts } from './batches/parts.js';
import { checkPart, type CheckOptions } from './pipeline/check-part.js';
import { DEFAULT_PROFILE } from './profiles/registry.js';
import { mergeReports, type Report } from './report/report.js';

/** One target's check of an inventory held in memory: its parts judged one after the other. */
export function checkInventory(inventory: Inventory, options: CheckOptions): Report {
  const trust = analyseTrust(inventory, options.verifier);
  const partFiles = splitIntoParts(inventory.files, Infinity).map((indexes) =>
    indexes.map((index) => inventory.files[index]!),
  );
  const parts = partFiles.map((files, index) => checkPart({ ...inventory, files }, trust, options, index === 0));
  const paths = (files: readonly SourceFile[]) => files.map((file) => file.path);
  return targetReport(parts, partFiles.map(paths), paths(inventory.files), trust.truststores, options);
}

/**
 * What one target reads: its globs under the settings' root and limits, from
 * the working tree or from `tree`, another commit's (the base of a change),
 * which may lack what the globs match today.
 */
export function inventoryRequest(settings: Settings, target: Target, tree?: FileTree): InventoryRequest {
  return {
    root: settings.root,
    truststore: target.truststore,
    bundle: target.truststoreIsBundle,
    clients: target.clients,
    crls: target.crls,
    limits: settings.limits,
    ...(tree ? { tree: withEmbedded(tree, settings.discovery?.embedded), unmatchedOk: true } : {}),
    ...(!tree && settings.discovery?.embedded.size
      ? { tree: withEmbedded(new Walker(settings.root), settings.discovery.embedded) }
      : {}),
  };
}

/**
 * Finds the files of every target, reads them and checks each against its
 * own profile; one report holds them all. Throws UsageError for bad globs.
 * `tree`: read the files from there instead of the working tree;
 * `verifier`: signature checks to share with another run.
 */
export function runCheck(settings: Settings, tree?: FileTree, verifier?: SignatureVerifier): Report {
  const files = new Set<string>();
  const { deferredPolicy, discovery, ...common } = settings;
  // Infrastructure code that configures no truststore discovery could follow: its notes are the whole report.
  if (settings.targets.length === 0)
    return checkInventory(
      { root: settings.root, files: [], bundles: [] },
      {
        ...common,
        ...(deferredPolicy ? { deferredPolicy } : {}),
        profile: DEFAULT_PROFILE,
        discovery: notesFor(discovery, '', true),
      },
    );
  const reports = settings.targets.map((target, index) => {
    const plan = planInventory(inventoryRequest(settings, target, tree));
    for (const file of plan.files) files.add(file.path);
    // The deferred configuration change and notes about no target in particular are said once, with the first target.
    return checkInParts(plan, {
      ...common,
      ...(index === 0 && deferredPolicy ? { deferredPolicy } : {}),
      ...(discovery ? { discovery: notesFor(discovery, target.name, index === 0) } : {}),
      ...(target.origin ? { origin: target.origin } : {}),
      profile: target.profile,
      target: target.name,
      ...(verifier ? { verifier } : {}),
    });
  });
  return reports.length === 1 ? reports[0]! : mergeReports(reports, files.size);
}
