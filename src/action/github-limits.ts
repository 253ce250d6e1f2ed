/** GitHub's size limits that the action writes within (see the reference notes on GitHub's limits). */

/** Issue and review comment bodies: GitHub answers 422 "Body is too long" past this. */
export const COMMENT_LIMIT = 65536;
/** A check run's `output.summary` and `output.text`. */
export const CHECK_OUTPUT_LIMIT = 65535;
/** A step's job summary is capped at 1 MiB; keep clear of it. */
export const JOB_SUMMARY_LIMIT = 1_000_000;
/** A check run annotation's message (GitHub: 64 KB); kept a little under. */
export const ANNOTATION_MESSAGE_LIMIT = 60_000;
/**
 * Annotations sent per check run: 50 per request, so 1,000 are 20 writes. A
 * pull request with 25,000 findings would otherwise spend 500 writes of the
 * token's hourly budget; the rest are counted in the summary.
 */
export const MAX_CHECK_ANNOTATIONS = 1_000;
