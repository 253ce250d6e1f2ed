import type { Settings } from './config/settings.js';
import { runCheck } from './engine.js';
import { GitTree, resolveCommit } from './inventory/git-tree.js';
import { compareReports, markNewFindings } from './report/changes.js';
import type { Report } from './report/report.js';

/**
 * Checks the working tree and the files of a base commit (read from git
 * objects, never checked out) under the same settings, and reports the
 * head with what changed: truststore content, client verdicts, and which
 * findings are new. Throws UsageError when the base cannot be found.
 */
export function checkChange(settings: Settings, baseRef: string): Report {
  const commit = resolveCommit(settings.root, baseRef);
  const head = runCheck(settings);
  // The base is judged by the same policy and moment; a deferred configuration change is the head's news alone.
  const base = runCheck({ ...settings, deferredPolicy: undefined }, new GitTree(settings.root, commit));
  head.summary.new = markNewFindings(base, head);
  head.changes = compareReports(base, head, commit);
  return head;
}
