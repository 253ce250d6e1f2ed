import { analyseChains } from './chain/analysis.js';
import type { SignatureVerifier } from './chain/signatures.js';
import type { Settings, Target } from './config/settings.js';
import { resolveFindings, type RuledDraft } from './findings/resolve.js';
import { Walker, type FileTree } from './inventory/file-tree.js';
import { buildInventory, type Inventory, type InventoryRequest } from './inventory/inventory.js';
import type { Profile } from './profiles/profile.js';
import { DEFAULT_PROFILE } from './profiles/registry.js';
import { notesFor, withEmbedded } from './discovery/findings.js';
import type { DiscoveryNote, TargetOrigin } from './discovery/model.js';
import { certificateEntries, truststoreEntry } from './report/entries.js';
import { mergeReports, summarise, type Report } from './report/report.js';
import { configurationChangeDeferred, deferredPolicyDraft } from './rules/definitions/configuration-change-deferred.js';
import { RULES } from './rules/registry.js';
import { INTERNAL_ERROR_RULE_ID, internalError, type RuleContext } from './rules/rule.js';
import { resolveSeverities, type RuleSeverity } from './rules/severities.js';
import { clientVerdicts, explainClients } from './verdicts/clients.js';

export interface CheckOptions extends Pick<
  Settings,
  'at' | 'expiryWarningDays' | 'severities' | 'suppressions' | 'deferredPolicy'
> {
  profile: Profile;
  /** The target's name, carried by every finding, certificate and chain of its report (empty: the only target). */
  target?: string;
  /** Signature checks already made: the base and head of a change share theirs. */
  verifier?: SignatureVerifier;
  /** What discovery says about the infrastructure code, reported with this target. */
  discovery?: readonly DiscoveryNote[];
  /** Where the infrastructure code configures the target, when discovery found it. */
  origin?: TargetOrigin;
}

/** What every rule that is on says about the files and certificates; a rule that throws becomes an internal error. */
function ruleDrafts(context: RuleContext, severities: ReadonlyMap<string, RuleSeverity>): RuledDraft[] {
  const drafts: RuledDraft[] = [];
  for (const rule of RULES) {
    if (severities.get(rule.id) === 'off' || !rule.check) continue;
    try {
      for (const draft of rule.check(context)) drafts.push({ ruleId: draft.ruleId ?? rule.id, draft });
    } catch (error) {
      // A rule that throws outside its per-certificate checks cannot say on which file; name the first so it is not lost.
      const file = context.inventory.files[0]?.path ?? '.';
      drafts.push({
        ruleId: INTERNAL_ERROR_RULE_ID,
        draft: internalError(file, 1, 1, `running rule ${rule.id}`, error),
      });
    }
  }
  return drafts;
}

/**
 * One target's check, as a pipeline: the inventory's chains, what the rules
 * say, what explains each client's refusal, the findings under the profile
 * and configuration, and the one verdict per client every channel reads.
 * Never throws for bad certificates.
 */
export function checkInventory(inventory: Inventory, options: CheckOptions): Report {
  const { profile } = options;
  const target = options.target ?? '';
  const chains = analyseChains(inventory, profile, options.at, options.verifier);
  const context: RuleContext = {
    inventory,
    profile,
    at: options.at,
    expiryWarningDays: options.expiryWarningDays,
    chains,
    target,
    ...(options.discovery ? { discovery: options.discovery } : {}),
  };
  const severities = resolveSeverities(profile, options.severities);
  const drafts: RuledDraft[] = [];
  if (options.deferredPolicy)
    drafts.push({ ruleId: configurationChangeDeferred.id, draft: deferredPolicyDraft(options.deferredPolicy) });
  for (const { file, object, error } of chains.crashes)
    drafts.push({
      ruleId: INTERNAL_ERROR_RULE_ID,
      draft: internalError(file.path, object.line, object.endLine, 'validating the chain', error),
    });
  drafts.push(...ruleDrafts(context, severities));
  drafts.push(...explainClients(chains, context, severities, drafts));
  const { findings, suppressed } = resolveFindings(drafts, {
    severities,
    suppressions: options.suppressions,
    at: options.at,
    target,
  });
  const chainEntries = clientVerdicts(chains, findings, suppressed, context, severities);
  const certificates = certificateEntries(inventory, target);
  const summary = summarise(findings, inventory.files.length, certificates.length, chainEntries);
  const named = { id: profile.id, name: profile.name };
  return {
    version: 1,
    profile: named,
    targets: [
      {
        name: target,
        profile: named,
        ...(options.origin ? { origin: options.origin } : {}),
        summary,
        truststores: chains.truststores.map(truststoreEntry),
      },
    ],
    summary,
    findings,
    certificates,
    chains: chainEntries,
    suppressed,
  };
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
    const inventory = buildInventory(inventoryRequest(settings, target, tree));
    for (const file of inventory.files) files.add(file.path);
    // The deferred configuration change and notes about no target in particular are said once, with the first target.
    return checkInventory(inventory, {
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
