import type { FindingDraft } from '../findings/finding.js';
import type { DiscoveryRule } from '../discovery/model.js';
import type { RuleContext } from './rule.js';

/** The findings of one discovery rule: the notes discovery made for it, as they are. */
export function* discoveryFindings(context: RuleContext, rule: DiscoveryRule): Generator<FindingDraft> {
  for (const note of context.discovery ?? []) {
    if (note.rule !== rule) continue;
    yield {
      message: note.message,
      file: note.file,
      line: note.line,
      endLine: note.line,
      ...(note.atMost ? { atMost: note.atMost } : {}),
    };
  }
}
