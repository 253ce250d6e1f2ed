import { execFileSync } from 'node:child_process';
import { lstatSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CONFIG_FILE } from '../config/settings.js';
import { UsageError } from '../errors.js';
import { isInside } from '../inventory/containment.js';

/**
 * Where the folder to check and its configuration file are, from the inputs
 * alone. A pull request commits symbolic links like files, so following one
 * would let it choose which configuration governs its own check (the base's
 * configuration would be looked for wherever the link points): every folder
 * on the way, and the configuration file itself, must be what it is named,
 * never a link. The base commit's tree is held to the same (base-config.ts).
 */
export interface PolicyLocation {
  /** The folder checked (`working-directory`), a real path. */
  root: string;
  /** The clone's top level (or the workspace when the folder is in none). */
  repository: string;
  /** The configuration file as the `config` input names it, absolute; undefined: the default file in `root`. */
  config?: string;
  /** The configuration file's path in the repository (POSIX), where it is looked for at the base commit. */
  configInRepo: string;
  /** How the path was given, for messages about any folder on it. */
  parts: Array<{ path: string; input: string }>;
}

/**
 * The folder paths in the repository are relative to: the clone's top level
 * when `folder` is in one (a privileged workflow_run job checks the pull
 * request out into a subfolder), otherwise the workspace.
 */
export function repositoryRoot(folder: string, workspace: string): string {
  try {
    const top = execFileSync('git', ['-C', folder, 'rev-parse', '--show-toplevel'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString('utf8')
      .trim();
    if (top && isInside(realpathSync(workspace), realpathSync(top))) return realpathSync(top);
  } catch {
    // not a clone
  }
  return realpathSync(workspace);
}

/** Each existing path from `workspace` down to `target` (lexically): none may be a symbolic link. */
function checkNoLinks(workspace: string, target: string, input: string, shown: (absolute: string) => string): void {
  const relative = path.relative(workspace, target);
  if (relative === '') return;
  let current = workspace;
  for (const part of relative.split(path.sep)) {
    current = path.join(current, part);
    let isLink: boolean;
    try {
      isLink = lstatSync(current).isSymbolicLink();
    } catch {
      return; // what does not exist leads nowhere
    }
    if (isLink)
      throw new UsageError(
        `input ${input}: "${shown(current)}" is a symbolic link; links are never followed to the configuration or the files checked (name the real folder)`,
      );
  }
}

export function locatePolicy(
  workspaceArgument: string,
  inputs: { workingDirectory: string; config?: string },
): PolicyLocation {
  // The workspace is the runner's; only what the inputs add below it is held to the rule.
  const workspace = realpathSync(workspaceArgument);
  const inWorkspace = (input: string, value: string) => {
    const absolute = path.resolve(workspace, value);
    if (!isInside(workspace, absolute)) throw new UsageError(`input ${input}: "${value}" is outside the workspace`);
    checkNoLinks(workspace, absolute, input, (current) => path.relative(workspace, current).split(path.sep).join('/'));
    return absolute;
  };
  const root = inWorkspace('working-directory', inputs.workingDirectory);
  const config = inputs.config === undefined ? undefined : inWorkspace('config', inputs.config);
  const file = config ?? path.join(root, DEFAULT_CONFIG_FILE);
  if (config === undefined) checkNoLinks(root, file, 'working-directory', () => DEFAULT_CONFIG_FILE);
  const repository = repositoryRoot(root, workspace);
  const toRepo = (absolute: string) => path.relative(repository, absolute).split(path.sep).join('/');
  const wdInRepo = toRepo(root);
  const fileInRepo = toRepo(file);
  const segments = fileInRepo.split('/');
  const parts = segments.map((_, index) => {
    const prefix = segments.slice(0, index + 1).join('/');
    const inWorkingDirectory = prefix === wdInRepo || wdInRepo.startsWith(`${prefix}/`);
    return { path: prefix, input: config === undefined || inWorkingDirectory ? 'working-directory' : 'config' };
  });
  return { root, repository, ...(config ? { config } : {}), configInRepo: fileInRepo, parts };
}
