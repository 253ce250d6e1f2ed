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
  // The base's own discovery notes, so a note already there is not new.
  const baseReport = runCheck(
    { ...settings, deferredPolicy: undefined, discovery: settings.discovery?.atBase },
    base,
    verifier,
  );
  head.summary.new = markNewFindings(baseReport, head);
  head.changes = compareReports(baseReport, head, base.commit);
  return head;
}

/**
 * Checks the working tree and the files of a base commit (read from git
 * objects, never checked out). Throws UsageError when the base cannot be found.
 */
export function checkChange(settings: Settings, base: string | ListedTree): Report {
  const tree = typeof base === 'string' ? openBase(settings.root, base) : base;
  // One memo of signature checks for both sides: most certificates are the same at both.
  const verifier = new SignatureVerifier();
  return compareWithBase(settings, runCheck(settings, undefined, verifier), tree, verifier);
}

/** The files of the commit a ref names, read from git objects. Throws UsageError when the base cannot be found. */
export function openBase(root: string, baseRef: string): ListedTree {
  return new GitTree(root, resolveCommit(root, baseRef));
}
