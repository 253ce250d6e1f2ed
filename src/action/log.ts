import * as core from '@actions/core';
import { inertLines } from '../report/workflow-commands.js';

/**
 * A line for the step's log. `core.info` writes it as it is, and the runner
 * reads every log line for workflow commands: the verdict headline names
 * client files, and a file named `x\n::warning::…` or `##[error]….pem` would
 * otherwise annotate on the author's behalf. So every line goes out inert
 * (the other `core` calls are commands themselves, whose values it escapes).
 */
export function logLine(text: string): void {
  core.info(inertLines(text));
}
