export const DAY_MS = 24 * 60 * 60 * 1000;

/** `2027-03-01 12:00:00 UTC`: unambiguous in every report. */
export function formatDate(date: Date): string {
  return `${date
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d{3}Z$/, '')} UTC`;
}
