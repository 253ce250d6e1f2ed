import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { resolveSettings } from '../config/load.js';
import { checkChange } from '../change.js';
import { runCheck } from '../engine.js';
import { profilesAsJson, renderProfilesMarkdown } from '../docs/profiles-markdown.js';
import { renderRulesMarkdown, rulesAsJson } from '../docs/rules-markdown.js';
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

const HELP = `Usage: truststore-check [root] [options]

Checks a mutual-TLS truststore bundle and client certificates the way the
gateway does (Amazon API Gateway unless --profile says otherwise). root
defaults to the current folder; globs are relative to it. Settings also come
from <root>/.truststore-check.yml, which may also list several targets
(each a gateway with its own profile, truststore, clients and CRLs).

Options:
  --truststore GLOB          truststore file(s), each its own truststore; repeatable
  --bundle                   the --truststore files are one bundle, concatenated in glob order
  --clients GLOB             client certificate files; repeatable
  --crls GLOB                certificate revocation lists the gateway is given; repeatable
  --profile ID               gateway profile (default: aws-api-gateway; see --list-profiles)
  --format text|json|sarif   output format (default: text)
  --output FILE              also write the JSON report to FILE
  --fail-on LEVEL            error, warning or never (default: error)
  --base REF                 also check the files at git REF (read from git, not checked
                             out) and report what the change does: truststore CAs added,
                             removed and renewed, clients whose verdict changes, and which
                             findings are new
  --fail-on-new              with --base, only findings the base does not have count
                             toward --fail-on
  --fix                      make the mechanical fixes first (blank lines and text in a
                             bundle, repeated blocks, a client file written CA first, a
                             verified CA a client sends copied into the truststore), then
                             report what is left
  --expiry-warning-days N    warn this many days before expiry (default: 30)
  --at ISO-TIME              judge validity at this time (default: now)
  --config FILE              configuration file (default: <root>/.truststore-check.yml)
  --list-rules               print the rules (Markdown, or JSON with --format json) and exit
  --list-profiles            print the gateway profiles (Markdown, or JSON with --format json) and exit
  -h, --help                 show this help
  -v, --version              show the version

Exit status: 0 nothing reached --fail-on, 1 something did, 2 usage or configuration error.
`;

export interface Streams {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** Runs the CLI; returns the exit code. Never throws. */
export async function main(argv: string[], streams: Streams): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        truststore: { type: 'string', multiple: true },
        bundle: { type: 'boolean' },
        clients: { type: 'string', multiple: true },
        crls: { type: 'string', multiple: true },
        profile: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string' },
        'fail-on': { type: 'string' },
        base: { type: 'string' },
        'fail-on-new': { type: 'boolean' },
        fix: { type: 'boolean' },
        'expiry-warning-days': { type: 'string' },
        at: { type: 'string' },
        config: { type: 'string' },
        'list-rules': { type: 'boolean' },
        'list-profiles': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
    if (values.help) {
      streams.stdout.write(HELP);
      return EXIT_OK;
    }
    if (values.version) {
      streams.stdout.write(`${VERSION}\n`);
      return EXIT_OK;
    }
    if (values['list-rules']) {
      streams.stdout.write(values.format === 'json' ? rulesAsJson() : renderRulesMarkdown());
      return EXIT_OK;
    }
    if (values['list-profiles']) {
      streams.stdout.write(values.format === 'json' ? profilesAsJson() : renderProfilesMarkdown());
      return EXIT_OK;
    }
    if (positionals.length > 1) throw new UsageError(`expected at most one root folder, got: ${positionals.join(' ')}`);
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json' && format !== 'sarif')
      throw new UsageError(`--format: "${format}" is not one of text, json, sarif`);

    if (values['fail-on-new'] && values.base === undefined)
      throw new UsageError('--fail-on-new needs --base REF: without a base, no finding can be told new');
    const settings = await resolveSettings(positionals[0] ?? '.', {
      truststore: values.truststore,
      ...(values.bundle ? { bundle: true } : {}),
      clients: values.clients,
      crls: values.crls,
      profile: values.profile,
      failOn: values['fail-on'],
      expiryWarningDays: values['expiry-warning-days'],
      at: values.at,
      config: values.config,
    });
    if (values.fix) {
      const outcome = fixFiles(settings);
      // On stderr: stdout is the report, which may be JSON or SARIF.
      const untouched =
        outcome.untouched.length > 0
          ? ` Not fixed (not regular files inside ${settings.root}, or too large): ${outcome.untouched.join(', ')}.`
          : '';
      const message = `truststore-check: fixed ${plural(outcome.fixed, 'problem')} in ${plural(outcome.files.length, 'file')}${outcome.files.length > 0 ? ` (${outcome.files.join(', ')})` : ''}.${untouched}\n`;
      streams.stderr.write(onActionsRunner() ? inertLines(message) : message);
    }
    const report = values.base !== undefined ? checkChange(settings, values.base) : runCheck(settings);
    if (values.output) await writeFile(values.output, formatJson(report));
    // In a workflow step, names and fields from the pull request must not become runner commands.
    const runner = onActionsRunner();
    if (format === 'json') {
      // In pieces: a large report's text is never held whole (jsonPieces).
      for (const piece of jsonPieces(report)) streams.stdout.write(runner ? inertJson(piece) : piece);
    } else {
      const output = format === 'sarif' ? formatSarif(report, settings.targets[0]!.profile) : formatText(report);
      streams.stdout.write(!runner ? output : format === 'text' ? withoutCommands(output) : inertJson(output));
    }
    return failsOn(report, settings.failOn, values['fail-on-new'] ?? false) ? EXIT_FINDINGS : EXIT_OK;
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
