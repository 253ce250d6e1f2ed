import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { isInside } from '../inventory/containment.js';
import { UsageError } from '../errors.js';
import type { RunContext } from './github-context.js';

/**
 * The configuration file as it is at the pull request's base commit: from
 * the local clone when it has that commit, otherwise through the contents
 * API (a shallow checkout has only the merge commit). `undefined`: the base
 * has no such file. When neither source answers, the check cannot know its
 * policy and stops rather than fall back to the pull request's own.
 */
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

export async function readBaseConfig(
  context: RunContext,
  repository: string,
  repoPath: string,
  token: string | undefined,
): Promise<string | undefined> {
  const sha = context.baseSha!;
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', repository, ...args], {
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 16 << 20,
    });
  let haveCommit = false;
  try {
    git('cat-file', '-e', `${sha}^{commit}`);
    haveCommit = true;
  } catch {
    // not a clone, or a shallow one without the base
  }
  if (haveCommit) {
    try {
      return git('show', `${sha}:${repoPath}`).toString('utf8');
    } catch {
      return undefined;
    }
  }
  if (!token || !context.owner || !context.repo)
    throw new UsageError(
      `the base commit ${sha.slice(0, 12)} is not in the checkout and there is no token to read its ${repoPath} through the API; use actions/checkout with fetch-depth: 0, or grant contents: read`,
    );
  const { createClient, describeApiError } = await import('./github/client.js');
  const client = createClient(token, context.apiUrl);
  try {
    const answer = await client.rest.repos.getContent({
      owner: context.owner,
      repo: context.repo,
      path: repoPath,
      ref: sha,
      mediaType: { format: 'raw' },
    });
    // The raw media type comes back as text or, depending on the content type GitHub labels it with, as bytes.
    const data = answer.data as unknown;
    if (typeof data === 'string') return data;
    if (data instanceof ArrayBuffer || ArrayBuffer.isView(data))
      return (
        data instanceof ArrayBuffer ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength)
      ).toString('utf8');
    throw new UsageError(`reading ${repoPath} at the base commit gave no file content`);
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw new UsageError(
      `cannot read ${repoPath} at the base commit ${sha.slice(0, 12)} (${describeApiError(error)}); the check follows the base's configuration, not the pull request's`,
    );
  }
}
