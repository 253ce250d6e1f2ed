/** Kept in step with package.json by a test. */
export const VERSION = '0.1.0';

/** Where users read about a rule; findings link here by rule id. */
export const RULES_DOC_URL = 'https://github.com/truststore-check/truststore-check/blob/v1/docs/rules.md';
