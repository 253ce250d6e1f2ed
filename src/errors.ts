/**
 * A problem with how the check was asked for (flags, configuration, globs),
 * as opposed to a problem found in the certificates. The CLI exits 2 on it.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A message for any thrown value; errors from other realms can fail `instanceof Error`. */
export function describeError(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error) return String(error.message);
  return String(error);
}
