/** Finding severities, most severe first: the one definition of their order and look. */
export const SEVERITIES = ['error', 'warning', 'notice'] as const;
export type Severity = (typeof SEVERITIES)[number];

const RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** Sorts most severe first. */
export function bySeverity(a: Severity, b: Severity): number {
  return RANK[a] - RANK[b];
}

/** The less severe of the two: a severity never rises above its cap. */
export function capSeverity(severity: Severity, cap: Severity): Severity {
  return RANK[severity] >= RANK[cap] ? severity : cap;
}

export const SEVERITY_ICON: Record<Severity, string> = { error: '🔴', warning: '🟡', notice: '🔵' };

/** `1 error`, `3 warnings`. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
