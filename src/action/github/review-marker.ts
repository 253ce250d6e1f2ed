import { createHash } from 'node:crypto';
import { COMMENT_LIMIT } from '../github-limits.js';

// The marker each review comment ends with: whose check it is, the finding's identity and a hash of what it says,
// so a re-run edits or resolves its own comments instead of posting again.

// Anchored at the end, where withMarker puts it: a suggestion quotes file lines, which could hold a copy of a marker.
export const MARKER = /<!-- truststore-check:finding check=(\S+) id=([0-9a-f]+) hash=([0-9a-f]+)( fixed)? -->\s*$/;

/** Content cut to fit, then the marker: cutting the whole body could drop the marker and make a re-run post again. */
export function withMarker(content: string, marker: string): string {
  return `${content.slice(0, COMMENT_LIMIT - marker.length - 1)}\n${marker}`;
}

export function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** The check name a marker carries; a marker that does not decode is nobody's. */
export function markerCheck(encoded: string): string | undefined {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
}

export function markerFor(check: string, id: string, hash: string, fixed = false): string {
  return `<!-- truststore-check:finding check=${encodeURIComponent(check)} id=${id} hash=${hash}${fixed ? ' fixed' : ''} -->`;
}
