import type { Finding } from '../src/findings/finding.js';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { resolveSettings } from '../src/config/load.js';
import type { SettingsOverrides } from '../src/config/settings.js';
import { runCheck } from '../src/engine.js';
import { sourceFile, type Inventory, type SourceFile } from '../src/inventory/inventory.js';
import type { Report } from '../src/report/report.js';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = path.join(REPO, '__tests__', 'fixtures');
export const CLI = path.join(REPO, 'dist', 'cli', 'index.js');
/** Fixtures have fixed validity (scripts/make-fixtures.sh); they are judged at this moment. */
export const CHECK_TIME = '2026-01-15T00:00:00Z';

export async function check(overrides: SettingsOverrides, root = FIXTURES): Promise<Report> {
  const settings = await resolveSettings(root, { at: CHECK_TIME, ...overrides });
  return runCheck(settings);
}

export function findingsOf(report: Report, ruleId: string, file?: string): Finding[] {
  return report.findings.filter(
    (finding) => finding.ruleId === ruleId && (file === undefined || finding.file === file),
  );
}

/** 1-based numbers of the lines that start a PEM block, read straight from the file. */
export function beginLines(fixture: string): number[] {
  return readFileSync(path.join(FIXTURES, fixture), 'latin1')
    .split('\n')
    .flatMap((line, index) => (line.startsWith('-----BEGIN') ? [index + 1] : []));
}

export interface ProcessResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<ProcessResult> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI, ...args], {
      cwd: options.cwd ?? FIXTURES,
      // Not GITHUB_ACTIONS from a CI runner: under it the CLI changes its output (see workflow-commands.ts).
      env: options.env ?? { ...process.env, GITHUB_ACTIONS: '' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    if (typeof failed.code !== 'number') throw error;
    return { code: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

/** A file held in memory, read as the inventory reads one from disk. */
export function memoryFile(file: string, role: SourceFile['role'], content: string | Uint8Array): SourceFile {
  return sourceFile(file, role, typeof content === 'string' ? Buffer.from(content) : content);
}

/** One truststore file, one client file and any CRLs, in memory: the shape the conformance and differential tests check. */
export function memoryInventory(
  truststore: readonly string[],
  client: readonly string[],
  crls: readonly string[] = [],
): Inventory {
  const bundle = memoryFile('truststore.pem', 'truststore', truststore.join('\n'));
  return {
    root: '/memory',
    files: [
      bundle,
      memoryFile('client.pem', 'client', client.join('\n')),
      ...(crls.length > 0 ? [memoryFile('crls.pem', 'crl', crls.join('\n'))] : []),
    ],
    bundles: [[bundle]],
  };
}
