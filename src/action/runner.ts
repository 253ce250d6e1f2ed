import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';

/**
 * The few pieces of the Actions runner protocol this action speaks: inputs
 * from INPUT_* variables, workflow commands on stdout, outputs and the step
 * summary through the files the runner names. This replaces @actions/core,
 * whose entry point loads an HTTP client (undici) for OIDC on every start:
 * measured at 50-90 ms, most of the action's cold start.
 */

export function getInput(name: string): string {
  return process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
}

/** As the runner decodes them: % and line breaks in data; also : and , in properties. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(name: string, properties: Record<string, string | number | undefined>, message: string): void {
  const props = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  process.stdout.write(`::${name}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
}

export function annotate(
  level: 'error' | 'warning' | 'notice',
  message: string,
  properties: AnnotationProperties = {},
): void {
  command(
    level,
    { title: properties.title, file: properties.file, line: properties.startLine, endLine: properties.endLine },
    message,
  );
}

export function info(message: string): void {
  process.stdout.write(`${message}${EOL}`);
}

export function debug(message: string): void {
  command('debug', {}, message);
}

export function warning(message: string): void {
  annotate('warning', message);
}

/** Marks the step failed (exit code 1) with one error line. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  annotate('error', message);
}

/** Appends `name<<DELIMITER` / value / `DELIMITER` to $GITHUB_OUTPUT, as the runner reads multi-line outputs. */
export function setOutput(name: string, value: string | number): void {
  const file = process.env.GITHUB_OUTPUT;
  const text = String(value);
  if (!file) {
    info(`${name}=${text}`);
    return;
  }
  const delimiter = `ghadelimiter_${randomUUID()}`;
  appendFileSync(file, `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}${EOL}`);
}

/** Appends Markdown to the job summary; false when the runner gave no summary file. */
export function appendSummary(markdown: string): boolean {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) return false;
  appendFileSync(file, `${markdown}${EOL}`);
  return true;
}
