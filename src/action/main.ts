import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describeError, UsageError } from '../errors.js';
import { LinesUnder } from '../inventory/containment.js';
import { formatJson } from '../report/format-json.js';
import { verdictHeadline } from '../report/headline.js';
import { failsOn } from '../report/report.js';
import { readRunContext } from './github-context.js';
import { readInputs } from './inputs.js';
import { repositoryPaths } from './paths.js';
import { produceReport } from './produce.js';
import { publish } from './publish.js';
import { establishContext } from './run-context.js';
import { logLine } from './log.js';

/** Largest file a suggestion is made from: the checked files are within the limits, this only bounds a surprise. */
const MAX_SUGGESTION_SOURCE = 16 * 1024 * 1024;

/**
 * The action in three parts: the context (which event, repository, pull
 * request and commit), the report (run-context.ts, produce.ts), and its
 * publication through every channel (publish.ts); then the outputs and the
 * step's result, which depends on the findings alone.
 */
export async function run(): Promise<void> {
  try {
    const { inputs, context } = await establishContext(readInputs(), readRunContext());
    const checked = await core.group('Checking the certificates', () => produceReport(inputs, context));
    const { report, failOn, root } = checked;
    const failed = failsOn(report, failOn, inputs.failOnNew);

    const reportFile = path.join(process.env.RUNNER_TEMP ?? tmpdir(), 'truststore-check', 'report.json');
    await mkdir(path.dirname(reportFile), { recursive: true });
    await writeFile(reportFile, formatJson(report));
    core.setOutput('report', reportFile);
    core.setOutput('errors', report.summary.errors);
    core.setOutput('warnings', report.summary.warnings);
    core.setOutput('notices', report.summary.notices);
    core.setOutput('certificates', report.summary.certificates);

    // The checked files' lines as they are in the working tree, for the text of suggested fixes.
    const headLines = new LinesUnder(root, MAX_SUGGESTION_SOURCE);
    const headline = verdictHeadline(report, failed);
    await core.group('Publishing', () =>
      publish({
        inputs,
        context,
        report,
        failed,
        headline,
        paths: repositoryPaths(root, checked.repository, context),
        profileOf: checked.profileOf,
        at: checked.at,
        expiryWarningDays: checked.expiryWarningDays,
        notes: checked.notes,
        headLines: (file) => headLines.lines(file),
        reportFile,
      }),
    );

    const { errors, warnings, notices } = report.summary;
    const counts = `${errors} error(s), ${warnings} warning(s), ${notices} notice(s) in ${report.summary.certificates} certificate(s)`;
    if (failed) core.setFailed(`truststore-check found ${counts} (fail-on: ${failOn}). ${headline}`);
    else logLine(`truststore-check: ${counts}. ${headline}`);
  } catch (error) {
    // Usage problems and unexpected failures alike end the step with one line, never a stack trace.
    const prefix = error instanceof UsageError ? 'truststore-check' : 'truststore-check could not run';
    core.setFailed(`${prefix}: ${describeError(error)}`);
  }
}
