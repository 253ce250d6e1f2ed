import type { ParseArgsConfig } from 'node:util';
import { SETTINGS, type Setting } from '../config/schema.js';
import { CLI_OPTIONS, SHARED_OPTIONS } from '../config/run-options.js';

/** The command line's options, in the order the help lists them: the settings, then how a run reports. */
export const CLI_ENTRIES: readonly Setting[] = [
  ...Object.values(SETTINGS),
  ...Object.values(SHARED_OPTIONS),
  ...Object.values(CLI_OPTIONS),
].filter((entry) => entry.flag);

/** parseArgs' options, from the entries. */
export function parseArgsOptions(): NonNullable<ParseArgsConfig['options']> {
  return Object.fromEntries(
    CLI_ENTRIES.map((entry) => [
      entry.name,
      {
        type: entry.flag!.value ? ('string' as const) : ('boolean' as const),
        ...(entry.flag!.repeatable ? { multiple: true } : {}),
        ...(entry.flag!.short ? { short: entry.flag!.short } : {}),
      },
    ]),
  );
}

const WIDTH = 80;
const COLUMN = 29;

/** `text` in lines of at most WIDTH characters, the first after `lead`, the rest indented to COLUMN. */
function wrap(lead: string, text: string): string[] {
  const lines: string[] = [];
  let line = lead.length >= COLUMN - 1 ? `${lead} ` : lead.padEnd(COLUMN);
  for (const word of text.split(' ')) {
    if (line.trim() !== lead.trim() && line.length + word.length > WIDTH) {
      lines.push(line.trimEnd());
      line = ' '.repeat(COLUMN);
    }
    line += `${word} `;
  }
  lines.push(line.trimEnd());
  return lines;
}

/** One option's lines in the help. */
function helpLines(entry: Setting): string[] {
  const flag = entry.flag!;
  const name = `${flag.short ? `-${flag.short}, ` : ''}--${entry.name}${flag.value ? ` ${flag.value}` : ''}`;
  const extra = [flag.repeatable ? '; repeatable' : '', entry.default ? ` (default: ${entry.default})` : ''].join('');
  return wrap(`  ${name}`, `${entry.summary}${extra}`);
}

export const HELP = `Usage: truststore-check [root] [options]

Checks a mutual-TLS truststore bundle and client certificates the way the
gateway does (Amazon API Gateway unless --profile says otherwise). root
defaults to the current folder; globs are relative to it. Settings also come
from <root>/.truststore-check.yml, which may also list several targets
(each a gateway with its own profile, truststore, clients and CRLs); flags
win over the file. --list-settings prints every setting.

Options:
${CLI_ENTRIES.flatMap(helpLines).join('\n')}

Exit status: 0 nothing reached --fail-on, 1 something did, 2 usage or configuration error.
`;
