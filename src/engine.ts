import { analyseTrust, judgeClients, truststoreGaps, type ChainAnalysis, type Trust } from './chain/analysis.js';
import type { SignatureVerifier } from './chain/signatures.js';
import type { Settings, Target } from './config/settings.js';
import { resolveFindings, type RuledDraft } from './findings/resolve.js';
import type { FileTree } from './inventory/file-tree.js';
import { planInventory, type Inventory, type InventoryRequest, type SourceFile } from './inventory/inventory.js';
import { checkInParts } from './batches/check-in-parts.js';
import type { Profile } from './profiles/profile.js';
import { certificateEntries } from './report/entries.js';
import { mergeReports, type Report } from './report/report.js';
import { targetReport, type ReportPart } from './batches/merge.js';
import { splitIntoParts } from './batches/parts.js';
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
 * One part of a target's check (see batches/parts.ts), as a pipeline: the
 * part's client chains, what the rules say about its files, what explains
 * each client's refusal, the findings under the profile and configuration,
 * and the one verdict per client every channel reads. The first part, which
 * holds the truststores, also finds their gaps and says the deferred policy.
 * Never throws for bad certificates.
 */
export function checkPart(part: Inventory, trust: Trust, options: CheckOptions, first: boolean): ReportPart {
  const { profile, at } = options;
  const target = options.target ?? '';
  const judged = judgeClients(part.files, trust, profile, at);
  const chains: ChainAnalysis = { ...trust, ...judged, gaps: first ? truststoreGaps(trust, at) : [] };
  const context: RuleContext = {
    inventory: part,
    profile,
    at,
    expiryWarningDays: options.expiryWarningDays,
    chains,
    target,
  };
  const severities = resolveSeverities(profile, options.severities);
  const drafts: RuledDraft[] = [];
  if (first && options.deferredPolicy)
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
    at,
    target,
  });
  const verdicts = clientVerdicts(chains, findings, suppressed, context, severities);
  return { findings, suppressed, certificates: certificateEntries(part, target), chains: verdicts };
}

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
    ...(tree ? { tree, unmatchedOk: true } : {}),
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
  const reports = settings.targets.map((target, index) => {
    const plan = planInventory(inventoryRequest(settings, target, tree));
    for (const file of plan.files) files.add(file.path);
    // The deferred configuration change is said once, with the first target.
    const { deferredPolicy, ...common } = settings;
    return checkInParts(
      plan,
      {
        ...common,
        ...(index === 0 && deferredPolicy ? { deferredPolicy } : {}),
        profile: target.profile,
        target: target.name,
        ...(verifier ? { verifier } : {}),
      },
      checkPart,
    );
  });
  return reports.length === 1 ? reports[0]! : mergeReports(reports, files.size);
}
