import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { resolveSettings } from '../config/load.js';
import { overridesFrom } from '../config/schema.js';
import { HELP, parseArgsOptions } from './options.js';
import { checkChange, openBase } from '../change.js';
import { withDiscovery } from '../discovery/index.js';
import { formatTargets } from './format-targets.js';
import { runCheck } from '../engine.js';
import { profilesAsJson, renderProfilesMarkdown } from '../docs/profiles-markdown.js';
import { renderRulesMarkdown, rulesAsJson } from '../docs/rules-markdown.js';
import { renderSettingsMarkdown, settingsAsJson } from '../docs/settings-markdown.js';
import { describeError, UsageError } from '../errors.js';
import { formatJson, jsonPieces } from '../report/format-json.js';
import { formatSarif } from '../report/format-sarif.js';
import { formatText } from '../report/format-text.js';
import { failsOn } from '../report/report.js';
import { plural } from '../findings/severity.js';
import { fixFiles } from './fix-files.js';
import { VERSION } from '../version.js';
import { inertJson, inertLines, onActionsRunner, withoutCommands } from '../report/workflow-commands.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export interface Streams {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** Runs the CLI; returns the exit code. Never throws. */
export async function main(argv: string[], streams: Streams): Promise<number> {
  try {
    const { values: given, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: parseArgsOptions(),
    });
    // The options are the schema's, so parseArgs cannot type them: the flags given, by name.
    const values = given as Record<string, string | boolean | string[] | undefined>;
    const text = (name: string) => values[name] as string | undefined;
    if (values.help) {
      streams.stdout.write(HELP);
      return EXIT_OK;
    }
    if (values.version) {
      streams.stdout.write(`${VERSION}\n`);
      return EXIT_OK;
    }
    if (values['list-rules']) {
      streams.stdout.write(text('format') === 'json' ? rulesAsJson() : renderRulesMarkdown());
      return EXIT_OK;
    }
    if (values['list-profiles']) {
      streams.stdout.write(text('format') === 'json' ? profilesAsJson() : renderProfilesMarkdown());
      return EXIT_OK;
    }
    if (values['list-settings']) {
      streams.stdout.write(text('format') === 'json' ? settingsAsJson() : renderSettingsMarkdown());
      return EXIT_OK;
    }
    if (positionals.length > 1) throw new UsageError(`expected at most one root folder, got: ${positionals.join(' ')}`);
    const format = text('format') ?? 'text';
    if (format !== 'text' && format !== 'json' && format !== 'sarif')
      throw new UsageError(`--format: "${format}" is not one of text, json, sarif`);

    if (values['fail-on-new'] && values.base === undefined)
      throw new UsageError('--fail-on-new needs --base REF: without a base, no finding can be told new');
    const settings = await resolveSettings(
      positionals[0] ?? '.',
      overridesFrom((entry) => (entry.flag ? values[entry.name] : undefined)),
    );
    // The base is opened first: its infrastructure code says what it deployed, and so what must still be checked.
    const baseRef = text('base');
    const base = baseRef !== undefined ? openBase(settings.root, baseRef) : undefined;
    const checked = await withDiscovery(settings, base);
    if (values['list-targets']) {
      const listing = formatTargets(checked, format === 'json' ? 'json' : 'text');
      // Resource names and messages come from the pull request's files: inert on a runner, like the report.
      streams.stdout.write(
        !onActionsRunner() ? listing : format === 'json' ? inertJson(listing) : withoutCommands(listing),
      );
      return EXIT_OK;
    }
    if (values.fix) {
      const outcome = fixFiles(checked);
      // On stderr: stdout is the report, which may be JSON or SARIF.
      const untouched =
        outcome.untouched.length > 0
          ? ` Not fixed (not regular files inside ${settings.root}, or too large): ${outcome.untouched.join(', ')}.`
          : '';
      const undone =
        outcome.undone.length > 0
          ? ` Error: the fixed ${outcome.undone.join(', ')} did not load exactly the certificates the fixes said when read back, so the write was undone.`
          : '';
      const message = `truststore-check: fixed ${plural(outcome.fixed, 'problem')} in ${plural(outcome.files.length, 'file')}${outcome.files.length > 0 ? ` (${outcome.files.join(', ')})` : ''}.${untouched}${undone}\n`;
      streams.stderr.write(onActionsRunner() ? inertLines(message) : message);
    }
    const report = base ? checkChange(checked, base) : runCheck(checked);
    const output = text('output');
    if (output) await writeFile(output, formatJson(report));
    // In a workflow step, names and fields from the pull request must not become runner commands.
    const runner = onActionsRunner();
    if (format === 'json') {
      // In pieces: a large report's text is never held whole (jsonPieces).
      for (const piece of jsonPieces(report)) streams.stdout.write(runner ? inertJson(piece) : piece);
    } else {
      const printed =
        format === 'sarif'
          ? formatSarif(report, (checked.targets[0] ?? settings.targets[0]!).profile)
          : formatText(report);
      streams.stdout.write(!runner ? printed : format === 'text' ? withoutCommands(printed) : inertJson(printed));
    }
    return failsOn(report, checked.failOn, values['fail-on-new'] === true) ? EXIT_FINDINGS : EXIT_OK;
  } catch (error) {
    const usage = error instanceof UsageError || (error as { code?: string })?.code?.startsWith('ERR_PARSE_ARGS');
    const message = `truststore-check: ${describeError(error)}\n`;
    streams.stderr.write(onActionsRunner() ? inertLines(message) : message);
    if (usage) {
      streams.stderr.write('Run truststore-check --help for usage.\n');
      return EXIT_USAGE;
    }
    // Not a usage problem and not a finding: still exit 2 so CI never reads it as success.
    return EXIT_USAGE;
  }
}
