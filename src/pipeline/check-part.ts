import { judgeClients, truststoreGaps, type ChainAnalysis, type Trust } from '../chain/analysis.js';
import type { SignatureVerifier } from '../chain/signatures.js';
import type { Settings } from '../config/settings.js';
import type { DiscoveryNote, TargetOrigin } from '../discovery/model.js';
import { resolveFindings, type RuledDraft } from '../findings/resolve.js';
import type { Finding, SuppressedFinding } from '../findings/finding.js';
import type { Inventory } from '../inventory/inventory.js';
import type { Profile } from '../profiles/profile.js';
import { certificateEntries } from '../report/entries.js';
import type { CertificateEntry, ChainEntry } from '../report/report.js';
import {
  configurationChangeDeferred,
  deferredPolicyDraft,
} from '../rules/definitions/configuration-change-deferred.js';
import { RULES } from '../rules/registry.js';
import { INTERNAL_ERROR_RULE_ID, internalError, type RuleContext } from '../rules/rule.js';
import { resolveSeverities, type RuleSeverity } from '../rules/severities.js';
import { clientVerdicts, explainClients } from '../verdicts/clients.js';

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

/** What one part of an inventory adds to its target's report (see batches/parts.ts): plain data, so a worker thread can send it. */
export interface ReportPart {
  findings: Finding[];
  suppressed: SuppressedFinding[];
  certificates: CertificateEntry[];
  chains: ChainEntry[];
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
 * holds the truststores, also finds their gaps and says the deferred policy
 * and discovery's notes.
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
    // Discovery's notes are about the infrastructure code, not a part's files: the first part says them.
    ...(first && options.discovery ? { discovery: options.discovery } : {}),
  };
  const severities = resolveSeverities(profile, options.severities);
  const drafts: RuledDraft[] = [];
  if (first && options.deferredPolicy)
    drafts.push({ ruleId: configurationChangeDeferred.id, draft: deferredPolicyDraft(options.deferredPolicy) });
  for (const file of part.files)
    if (file.readerError !== undefined)
      drafts.push({
        ruleId: INTERNAL_ERROR_RULE_ID,
        draft: internalError(file.path, 1, 1, 'reading the file', file.readerError),
      });
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
