/**
 * What a GitHub Actions runner would execute from a step's output, written
 * here from the runner's rules (ActionCommandManager): a line whose trimmed
 * start is `::name ...::` is a command, and so is `##[name ...]` anywhere in a
 * line; between `::stop-commands::TOKEN` and `::TOKEN::` nothing is.
 */
export function runnerCommands(output: string): string[] {
  const commands: string[] = [];
  let stopToken: string | undefined;
  for (const raw of output.split(/\r?\n/)) {
    const line = raw.trim();
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
