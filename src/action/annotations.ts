import * as core from '@actions/core';
import { bySeverity } from '../findings/severity.js';
import { findingMessage, type Report } from '../report/report.js';

/** GitHub keeps at most this many annotations of each level per step and drops the rest silently. */
export const ANNOTATIONS_PER_LEVEL = 10;

const ANNOTATE = { error: core.error, warning: core.warning, notice: core.notice } as const;

/**
 * Workflow-command annotations, most severe first, within GitHub's per-step
 * caps; when some do not fit, the last notice says how many and where to look.
 * Returns how many findings were left out.
 */
export function emitAnnotations(report: Report, repoPath: (file: string) => string, elsewhere: string): number {
  const sorted = [...report.findings].sort((a, b) => bySeverity(a.severity, b.severity));
  const byLevel = {
    error: sorted.filter((f) => f.severity === 'error'),
    warning: sorted.filter((f) => f.severity === 'warning'),
    notice: sorted.filter((f) => f.severity === 'notice'),
  };
  const left = Object.values(byLevel).reduce((sum, list) => sum + Math.max(0, list.length - ANNOTATIONS_PER_LEVEL), 0);
  // One notice slot is kept for the "more findings" pointer when anything overflows.
  const noticeSlots = left > 0 ? ANNOTATIONS_PER_LEVEL - 1 : ANNOTATIONS_PER_LEVEL;
  const shownNotices = byLevel.notice.slice(0, noticeSlots);
  const omitted =
    left +
    (byLevel.notice.length > noticeSlots ? Math.min(byLevel.notice.length, ANNOTATIONS_PER_LEVEL) - noticeSlots : 0);
  for (const finding of [
    ...byLevel.error.slice(0, ANNOTATIONS_PER_LEVEL),
    ...byLevel.warning.slice(0, ANNOTATIONS_PER_LEVEL),
    ...shownNotices,
  ]) {
    ANNOTATE[finding.severity](findingMessage(report, finding), {
      // No colon: the runner would percent-encode it in the title.
      title: `truststore-check/${finding.ruleId}`,
      file: repoPath(finding.file),
      startLine: finding.line,
      endLine: Math.max(finding.line, finding.endLine),
    });
  }
  if (omitted > 0)
    core.notice(
      `${omitted} more finding${omitted === 1 ? ' is' : 's are'} not annotated here (GitHub shows at most ${ANNOTATIONS_PER_LEVEL} of each level per step): ${elsewhere}.`,
      { title: 'truststore-check' },
    );
  return omitted;
}
