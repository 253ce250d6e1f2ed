import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Settings } from '../config/settings.js';
import { runCheck } from '../engine.js';
import { fixHolds, fixKey, planFixes } from '../findings/fix.js';
import { LinesUnder } from '../inventory/containment.js';

/** Check-and-fix rounds at most: overlapping fixes wait for the next round, and a fix that did not take ends it. */
const MAX_ROUNDS = 10;

export interface FixOutcome {
  /** Findings whose fix was made. */
  fixed: number;
  /** Files written, relative to the root. */
  files: string[];
  /** Files with fixes that were not made: not regular files inside the root, or over the size limit. */
  untouched: string[];
  /** Files whose fixed text, read back, did not load what the fixes said: the write was undone. */
  undone: string[];
}

/**
 * `--fix`: makes the mechanical fixes the check finds (blank lines and text
 * in a bundle, repeated blocks, a client file written CA first, a verified
 * CA a client sends copied into the truststore), checking again after each
 * round until nothing fixable is left. Writes only regular files inside the
 * root, never through a link.
 */
export function fixFiles(settings: Settings): FixOutcome {
  const written = new Set<string>();
  const untouched = new Set<string>();
  const undone = new Set<string>();
  let fixed = 0;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const findings = runCheck(settings).findings.filter(
      (finding) => finding.fix && !untouched.has(finding.fix.file) && !undone.has(finding.fix.file),
    );
    if (findings.length === 0) break;
    // Read afresh each round: the last round rewrote some.
    const files = new LinesUnder(settings.root, settings.limits.maxFileSize);
    const linesOf = (file: string) => files.lines(file);
    const plan = planFixes(
      findings.map((finding) => finding.fix!),
      linesOf,
    );
    for (const finding of findings) if (!linesOf(finding.fix!.file)) untouched.add(finding.fix!.file);
    if (plan.applied.length === 0) break;
    const made = new Set(plan.applied.map(fixKey));
    for (const [file, text] of plan.texts) {
      const target = path.join(settings.root, file);
      const original = readFileSync(target);
      // A file written with CRLF keeps them.
      writeFileSync(target, files.crlf(file) ? text.replace(/\n/g, '\r\n') : text);
      // Read back from the disk: the file must load what its fixes say, or it goes back as it was.
      const fixes = plan.applied.filter((fix) => fix.file === file);
      if (!fixHolds(original.toString('utf8'), readFileSync(target).toString('utf8'), fixes)) {
        writeFileSync(target, original);
        undone.add(file);
        for (const fix of fixes) made.delete(fixKey(fix));
        continue;
      }
      written.add(file);
    }
    // Findings that share an edit (clients missing the same CA) are all fixed by it.
    fixed += findings.filter((finding) => made.has(fixKey(finding.fix!))).length;
  }
  return { fixed, files: [...written].sort(), untouched: [...untouched].sort(), undone: [...undone].sort() };
}
