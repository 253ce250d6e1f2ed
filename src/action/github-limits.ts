/** GitHub's size limits that the action writes within (see the reference notes on GitHub's limits). */

/** Issue and review comment bodies: GitHub answers 422 "Body is too long" past this. */
export const COMMENT_LIMIT = 65536;
/** A check run's `output.summary` and `output.text`. */
export const CHECK_OUTPUT_LIMIT = 65535;
/** A step's job summary is capped at 1 MiB; keep clear of it. */
export const JOB_SUMMARY_LIMIT = 1_000_000;
