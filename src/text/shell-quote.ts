/**
 * A value as one word for a POSIX shell: file names come from the pull
 * request, and a reviewer may paste the command.
 */
export function shellQuote(value: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
