import { INTERNAL_ERROR_RULE_ID, type Rule } from './rule.js';

/** Not a check of its own: the framework reports a crashed check under this id, so nothing is lost silently. */
export const internalErrorRule: Rule = {
  id: INTERNAL_ERROR_RULE_ID,
  defaultSeverity: 'error',
  mandatory: true,
  title: 'A check failed unexpectedly',
  description:
    'A check threw on this file or certificate. The other checks still ran and their findings are reported; this one could not be completed, so the file is not known to be good.',
  remedy:
    'Report it with the file (certificates only, never keys). It cannot be suppressed: a check that crashed could be hiding anything.',
  appliesTo: () => ({}),
  consequence: () => 'Unknown: the file could not be fully checked.',
};
