import { randomBytes } from 'node:crypto';

/**
 * A GitHub Actions runner reads every line a step prints for workflow
 * commands: `::name args::value` at the start of a line (after blanks) and
 * the older `##[name args]value` anywhere in it. File names, subjects and
 * dates come from the pull request, so a file named
 * `::warning title=x::LGTM.pem` would otherwise annotate, mask or set outputs
 * on the author's behalf. These keep such text inert.
 */

/** Whether output goes to an Actions runner's log (the runner sets GITHUB_ACTIONS=true in every step). */
export function onActionsRunner(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.GITHUB_ACTIONS === 'true';
}

/**
 * Text that cannot start a command: a zero-width space after the first `:`
 * of a leading `::` and after `##`. The runner trims only whitespace, which
 * the zero-width space is not; a reader sees the same characters. Leading
 * whitespace is .NET's, which the runner trims: JavaScript's `\s` lacks
 * U+0085 (NEXT LINE), which would otherwise hide a `::` behind it.
 */
export function inertLines(text: string): string {
  return text.replace(/^([\s\u0085]*):(?=:)/gm, '$1:\u200b').replace(/##\[/g, '##\u200b[');
}

/**
 * JSON (the report, SARIF) made inert without changing what it means: `[`
 * after `##` can only be inside a string, where `\u005b` is the same
 * character; a line of pretty-printed JSON never starts with `::`.
 */
export function inertJson(json: string): string {
  return json.replace(/##\[/g, '##\\u005b');
}

/**
 * Human-readable output between `::stop-commands::TOKEN` and `::TOKEN::`: the
 * runner ignores every command in between. The token is random per run, so
 * the text inside cannot guess it to resume commands early; lines are made
 * inert as well in case the output is read by something that ignores
 * stop-commands.
 */
export function withoutCommands(text: string): string {
  const token = randomBytes(16).toString('hex');
  return `::stop-commands::${token}\n${inertLines(text)}${text.endsWith('\n') ? '' : '\n'}::${token}::\n`;
}
