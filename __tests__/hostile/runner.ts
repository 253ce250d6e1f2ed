/** What .NET's Trim removes (Char.IsWhiteSpace): JavaScript's `\s` without U+FEFF, with U+0085 (NEXT LINE). */
const DOTNET_WHITESPACE = '[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const TRIM = new RegExp(`^${DOTNET_WHITESPACE}+|${DOTNET_WHITESPACE}+$`, 'g');

/**
 * What a GitHub Actions runner would execute from a step's output, written
 * here from the runner's rules (ActionCommandManager): a line (ended by CR,
 * LF or both) whose start, trimmed as .NET trims, is `::name ...::` is a
 * command, and so is `##[name ...]` anywhere in a line; between
 * `::stop-commands::TOKEN` and `::TOKEN::` nothing is.
 */
export function runnerCommands(output: string): string[] {
  const commands: string[] = [];
  let stopToken: string | undefined;
  for (const raw of output.split(/\r\n|\r|\n/)) {
    const line = raw.replace(TRIM, '');
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const v2 = /^::([A-Za-z-]+)(?:\s[^:]*)?::(.*)$/.exec(line);
    if (v2) {
      if (v2[1] === 'stop-commands') stopToken = v2[2];
      else commands.push(line);
      continue;
    }
    const legacy = /##\[([A-Za-z-]+)[^\]]*\]/.exec(line);
    if (legacy) commands.push(line);
  }
  return commands;
}
