import type { FindingDraft } from '../../findings/finding.js';
import type { Rule } from '../rule.js';

/** On a pull request: what its own configuration changes that waits for the merge (see config/base-policy.ts). */
export interface DeferredPolicy {
  /** The configuration file, relative to the folder checked. */
  file: string;
  /** What the pull request's version changes that waits for the merge, one line each. */
  changes: string[];
}

/** Not a check of certificates: on a pull request, what its edit of the configuration would change after merge. */
export const configurationChangeDeferred: Rule = {
  id: 'configuration-change-deferred',
  defaultSeverity: 'notice',
  title: 'Configuration change that applies after merge',
  description:
    "On a pull request the check follows the configuration at the base commit and the workflow's inputs (with no configuration file at the base, the inputs and defaults), so a pull request cannot choose its profile, define or extend one, switch rules off, add suppressions, raise limits or point the check at other files for itself. Stricter changes in its own `.truststore-check.yml` (a severity raised, a limit lowered, a suppression removed) apply at once; the rest are listed here and apply once merged.",
  remedy:
    'Nothing to fix: review the configuration change like any policy change. If it should apply to this pull request, merge it first in a pull request of its own.',
  appliesTo: () => ({}),
  consequence: () => 'None until merged; after that, the changed configuration governs every check.',
};

/** The notice for a pull request's deferred configuration change. */
export function deferredPolicyDraft(deferred: DeferredPolicy): FindingDraft {
  return {
    message: `This pull request changes the configuration; the check used the base commit's, so these wait for the merge: ${deferred.changes.join(', ')}. Only stricter severities, lower limits, removed suppressions, a stricter fail-on and a longer expiry warning apply at once.`,
    file: deferred.file,
    line: 1,
    endLine: 1,
  };
}
