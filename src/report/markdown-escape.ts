/**
 * Text from certificates and file names is attacker-controlled in a pull
 * request from a fork: a subject can hold `<img>`, `@mentions`, backticks,
 * `](javascript:`, bare URLs, issue references or newlines. These make such
 * text inert in GitHub Markdown.
 */

/** Zero-width space: GitHub's mention, reference and autolink patterns need their characters adjacent. */
const BREAK = '\u200b';
/** Bidirectional controls reorder what a reader sees (CVE-2021-42574, "Trojan Source"). */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // GitHub decodes entities before it finds mentions, so `&#64;user` would still notify: a break follows instead.
  '@': `&#64;${BREAK}`,
  '`': '&#96;', // no code spans that swallow the rest of a line
  '|': '&#124;', // no table cells
  '\\': '&#92;',
};

/**
 * Inline Markdown text: HTML entities for what HTML or GitHub would interpret,
 * backslashes for Markdown syntax, and a zero-width break inside what GitHub
 * turns into mentions (`@user`), references (`#123`, `GH-123`, `owner/repo#1`)
 * and autolinks (`https://…`, `www.…`), which escaping alone does not stop.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]+/g, ' ')
      .replace(BIDI_CONTROLS, '\ufffd')
      .replace(/(gh)-(?=\d)/gi, `$1${BREAK}-`)
      .replace(/:(?=\/\/)/g, `:${BREAK}`)
      .replace(/\b(www)\./gi, `$1${BREAK}.`)
      // One pass, so the entities made here are not escaped again; `#` is followed by a break.
      .replace(/[&<>"'@`|\\*_[\]()#+!~=-]/g, (c) => ENTITIES[c] ?? (c === '#' ? `\\#${BREAK}` : `\\${c}`))
      // A leading "1." or ":" could still start a list or emoji; numbers are harmless mid-line.
      .replace(/^(\d+)\./, '$1\\.')
  );
}

/**
 * A fenced code block whose fence is longer than any run of backticks in the
 * text, so the text (a command with file names from a pull request) cannot
 * close it early.
 */
export function codeBlock(text: string, language = 'sh'): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${language}\n${text}\n${fence}`;
}

/** A Mermaid node label: everything but plain letters, digits and spaces becomes a Mermaid entity code. */
export function escapeMermaid(text: string): string {
  return text.replace(/[^A-Za-z0-9 ]/g, (c) => `#${c.codePointAt(0)};`);
}

/** A relative URL path for a Markdown link target: encodeURIComponent leaves `()'!*`, which can end a link early. */
export function escapeLinkPath(path: string): string {
  return path
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
    )
    .join('/');
}
