import { UsageError } from '../errors.js';

/**
 * Glob patterns (`*`, `?`, `[...]`, `**`, `{a,b}`) matched in time
 * proportional to pattern × path. Patterns come from the configuration file,
 * which a pull request can edit; a regular-expression matcher (picomatch)
 * backtracks exponentially on patterns like `**` + `/*a*a*a*a*b` — minutes per
 * path. Matching is segment by segment: `**` takes zero or more whole
 * segments (a table over pattern and path segments), and within a segment a
 * `*` never crosses `/` and is matched by the usual greedy algorithm that
 * only ever returns to the last star. Dot files match like any other
 * (picomatch's `dot: true`).
 */

/** A bound on `{a,b}` expansion, so nested braces cannot multiply without end. */
const MAX_ALTERNATIVES = 64;
export const MAX_PATTERN_LENGTH = 1024;

const GLOB_CHARACTERS = /[*?[\]{}]/;

/** Whether a pattern has any wildcard (otherwise it names one path). */
export function isGlob(pattern: string): boolean {
  return GLOB_CHARACTERS.test(pattern.replace(/\\./g, ''));
}

/** The leading segments without wildcards: the folder a walk must start from (`''` for the root). */
export function globBase(pattern: string): string {
  const segments = pattern.split('/');
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (isGlob(segment)) break;
    fixed.push(segment.replace(/\\(.)/g, '$1'));
  }
  return fixed.join('/');
}

/** `{a,b}` expanded (innermost first), at most MAX_ALTERNATIVES patterns. */
function expandBraces(pattern: string, option: string): string[] {
  const results: string[] = [];
  const pending = [pattern];
  while (pending.length > 0) {
    const current = pending.pop()!;
    const open = innermostBrace(current);
    if (!open) {
      results.push(current);
      continue;
    }
    const { start, end, alternatives } = open;
    for (const alternative of alternatives) {
      pending.push(current.slice(0, start) + alternative + current.slice(end + 1));
      if (pending.length + results.length > MAX_ALTERNATIVES)
        throw new UsageError(`${option}: "${pattern}" expands to more than ${MAX_ALTERNATIVES} patterns`);
    }
  }
  return results;
}

function innermostBrace(pattern: string): { start: number; end: number; alternatives: string[] } | undefined {
  let start = -1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '{') start = i;
    else if (c === '}' && start >= 0) {
      const body = pattern.slice(start + 1, i);
      // `{a}` without a comma is literal, as in a shell.
      if (!body.includes(',')) return undefined;
      return { start, end: i, alternatives: body.split(',') };
    }
  }
  return undefined;
}

/** One character of a segment pattern: a literal, `?`, or a bracket class. */
type Token = { kind: 'star' } | { kind: 'any' } | { kind: 'literal'; char: string } | ClassToken;
interface ClassToken {
  kind: 'class';
  negated: boolean;
  ranges: Array<[string, string]>;
}

function tokenize(segment: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === '\\' && i + 1 < segment.length) tokens.push({ kind: 'literal', char: segment[++i]! });
    else if (c === '*') {
      if (tokens.at(-1)?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (c === '?') tokens.push({ kind: 'any' });
    else if (c === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close < 0) {
        tokens.push({ kind: 'literal', char: c });
        continue;
      }
      let body = segment.slice(i + 1, close);
      const negated = body.startsWith('!') || body.startsWith('^');
      if (negated) body = body.slice(1);
      const ranges: Array<[string, string]> = [];
      for (let j = 0; j < body.length; j++) {
        if (body[j + 1] === '-' && j + 2 < body.length) {
          ranges.push([body[j]!, body[j + 2]!]);
          j += 2;
        } else ranges.push([body[j]!, body[j]!]);
      }
      tokens.push({ kind: 'class', negated, ranges });
      i = close;
    } else tokens.push({ kind: 'literal', char: c });
  }
  return tokens;
}

function matchesOne(token: Exclude<Token, { kind: 'star' }>, char: string): boolean {
  if (token.kind === 'any') return true;
  if (token.kind === 'literal') return token.char === char;
  const inside = token.ranges.some(([low, high]) => char >= low && char <= high);
  return inside !== token.negated;
}

/** Wildcard matching of one path segment: greedy, returning only to the last `*` (O(pattern × name)). */
function segmentMatches(tokens: readonly Token[], name: string): boolean {
  let t = 0;
  let n = 0;
  let starAt = -1;
  let resumeAt = 0;
  while (n < name.length) {
    const token = tokens[t];
    if (token && token.kind !== 'star' && matchesOne(token, name[n]!)) {
      t++;
      n++;
    } else if (token?.kind === 'star') {
      starAt = t++;
      resumeAt = n;
    } else if (starAt >= 0) {
      t = starAt + 1;
      n = ++resumeAt;
    } else return false;
  }
  while (tokens[t]?.kind === 'star') t++;
  return t === tokens.length;
}

type CompiledSegment = 'globstar' | Token[];

function compile(pattern: string): CompiledSegment[] {
  return pattern.split('/').map((segment) => (segment === '**' ? 'globstar' : tokenize(segment)));
}

/** `**` matches zero or more segments: a table over (pattern segment, path segment), each entry computed once. */
function pathMatches(pattern: readonly CompiledSegment[], segments: readonly string[]): boolean {
  const width = segments.length + 1;
  // 0 unknown, 1 match, 2 no match
  const memo = new Uint8Array((pattern.length + 1) * width);
  const at = (p: number, s: number): boolean => {
    const cell = p * width + s;
    if (memo[cell]) return memo[cell] === 1;
    let result: boolean;
    if (p === pattern.length) result = s === segments.length;
    else {
      const segment = pattern[p]!;
      if (segment === 'globstar') result = at(p + 1, s) || (s < segments.length && at(p, s + 1));
      else result = s < segments.length && segmentMatches(segment, segments[s]!) && at(p + 1, s + 1);
    }
    memo[cell] = result ? 1 : 2;
    return result;
  };
  return at(0, 0);
}

/** A matcher for POSIX paths relative to the root; throws a UsageError naming `option` for a pattern it cannot take. */
export function globMatcher(pattern: string, option: string): (path: string) => boolean {
  if (pattern.length > MAX_PATTERN_LENGTH)
    throw new UsageError(
      `${option}: a glob of ${pattern.length} characters is over the limit of ${MAX_PATTERN_LENGTH}`,
    );
  if (/[@!+*?]\(/.test(pattern.replace(/\\./g, '')) || pattern.startsWith('!'))
    throw new UsageError(`${option}: "${pattern}" uses extended glob syntax, which is not supported`);
  const compiled = expandBraces(pattern, option).map(compile);
  return (path) => {
    const segments = path.split('/');
    return compiled.some((one) => pathMatches(one, segments));
  };
}
