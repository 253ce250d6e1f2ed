import { SignatureVerifier } from './chain/signatures.js';
import type { Settings } from './config/settings.js';
import { runCheck } from './engine.js';
import { GitTree, resolveCommit } from './inventory/git-tree.js';
import type { ListedTree } from './inventory/listed-tree.js';
import { compareReports, markNewFindings } from './report/changes.js';
import type { Report } from './report/report.js';

/**
 * Adds to the head's report what the change from `base` does: truststore
 * content, client verdicts, and which findings are new. The base is judged
 * by the same settings and moment; a deferred configuration change is the
 * head's news alone.
 */
export function compareWithBase(
  settings: Settings,
  head: Report,
  base: ListedTree,
  verifier?: SignatureVerifier,
): Report {
  const baseReport = runCheck({ ...settings, deferredPolicy: undefined }, base, verifier);
  head.summary.new = markNewFindings(baseReport, head);
  head.changes = compareReports(baseReport, head, base.commit);
  return head;
}

/**
 * Checks the working tree and the files of a base commit (read from git
 * objects, never checked out). Throws UsageError when the base cannot be found.
 */
export function checkChange(settings: Settings, baseRef: string): Report {
  const commit = resolveCommit(settings.root, baseRef);
  // One memo of signature checks for both sides: most certificates are the same at both.
  const verifier = new SignatureVerifier();
  return compareWithBase(
    settings,
    runCheck(settings, undefined, verifier),
    new GitTree(settings.root, commit),
    verifier,
  );
}
