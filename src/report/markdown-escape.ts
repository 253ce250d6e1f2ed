/**
 * Text from certificates and file names is attacker-controlled in a pull
 * request from a fork: a subject can hold `<img>`, `@mentions`, backticks,
 * `](javascript:` or newlines. These make such text inert in GitHub Markdown.
 */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '@': '&#64;', // no mentions
  '`': '&#96;', // no code spans that swallow the rest of a line
  '|': '&#124;', // no table cells
  '\\': '&#92;',
};

/** Inline Markdown text: HTML entities for what HTML or GitHub would interpret, backslashes for Markdown syntax. */
export function escapeMarkdown(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]+/g, ' ')
      // One pass, so the entities made here are not escaped again.
      .replace(/[&<>"'@`|\\*_[\]()#+!~=-]/g, (c) => ENTITIES[c] ?? `\\${c}`)
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

/** A relative URL path for a Markdown link target (a file name can hold `)` or spaces). */
export function escapeLinkPath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
