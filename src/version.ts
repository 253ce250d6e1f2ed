/** Kept in step with package.json and CHANGELOG.md by a test and by the release check (scripts/check-release.mjs). */
export const VERSION = '0.1.0';

/** The project's home; the owner is a placeholder until the repository is published. */
export const REPOSITORY_URL = 'https://github.com/truststore-check/truststore-check';

/**
 * Where users read about a rule; findings link here by rule id. The exact
 * release tag (vX.Y.Z), which exists for every released version and never
 * moves, so a link always shows the rules of the version that wrote it.
 */
export const RULES_DOC_URL = `${REPOSITORY_URL}/blob/v${VERSION}/docs/rules.md`;
