import { execFileSync } from 'node:child_process';
import { UsageError } from '../errors.js';
import type { RunContext } from './github-context.js';
import type { PolicyLocation } from './policy-location.js';

/** A tree entry on the way to the configuration file, as git lists it. */
interface Entry {
  mode: string;
  type: string;
  id: string;
}

/**
 * Walks the configuration's path in a commit's tree, one entry per folder:
 * the file's content, `undefined` when the commit has no such file, and a
 * usage error when anything on the way is a symbolic link (the base's link
 * would otherwise decide where its policy is read from).
 */
async function walk(
  location: PolicyLocation,
  commit: string,
  entryOf: (index: number) => Promise<Entry | undefined>,
  read: (entry: Entry) => Promise<string>,
): Promise<string | undefined> {
  for (const [index, part] of location.parts.entries()) {
    const entry = await entryOf(index);
    if (!entry) return undefined;
    if (entry.mode === '120000')
      throw new UsageError(
        `input ${part.input}: "${part.path}" is a symbolic link at the base commit ${commit.slice(0, 12)}; links are never followed to the configuration`,
      );
    const last = index === location.parts.length - 1;
    if (entry.type !== (last ? 'blob' : 'tree')) return undefined;
    if (last) return read(entry);
  }
  return undefined;
}

/**
 * The configuration file as it is at the base commit `sha`: from the local
 * clone when it has that commit, otherwise through the git trees and blobs
 * API (a shallow checkout has only the merge or head commit); never through
 * the contents API, which follows links. `undefined`: the base has no such
 * file. When neither source answers, the check cannot know its policy and
 * stops rather than fall back to the pull request's own.
 */
export async function readBaseConfig(
  context: Pick<RunContext, 'owner' | 'repo' | 'apiUrl'>,
  location: PolicyLocation,
  sha: string,
  token: string | undefined,
): Promise<string | undefined> {
  const repoPath = location.configInRepo;
  if (repoPath.startsWith('../'))
    throw new UsageError(
      `input config: the configuration must be in the repository checked: on a pull request it is read at the base commit`,
    );
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', location.repository, ...args], {
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
    const listed = new Map<string, Entry>();
    const listing = git('ls-tree', '-t', '-z', '--full-tree', sha, '--', ...location.parts.map((part) => part.path));
    for (const line of listing.toString('utf8').split('\0')) {
      const tab = line.indexOf('\t');
      if (tab < 0) continue;
      const [mode, type, id] = line.slice(0, tab).split(' ');
      listed.set(line.slice(tab + 1), { mode: mode!, type: type!, id: id! });
    }
    return walk(
      location,
      sha,
      (index) => Promise.resolve(listed.get(location.parts[index]!.path)),
      (entry) => Promise.resolve(git('cat-file', 'blob', entry.id).toString('utf8')),
    );
  }
  if (!token || !context.owner || !context.repo)
    throw new UsageError(
      `the base commit ${sha.slice(0, 12)} is not in the checkout and there is no token to read its ${repoPath} through the API; use actions/checkout with fetch-depth: 0, or grant contents: read`,
    );
  const { createClient, describeApiError } = await import('./github/client.js');
  const client = createClient(token, context.apiUrl);
  const repo = { owner: context.owner, repo: context.repo };
  try {
    let tree = sha;
    return await walk(
      location,
      sha,
      async (index) => {
        const { data } = await client.rest.git.getTree({ ...repo, tree_sha: tree });
        if (data.truncated) throw new UsageError(`GitHub truncated the listing of a folder on the way to ${repoPath}`);
        const name = location.parts[index]!.path.split('/').at(-1);
        const found = data.tree.find((entry) => entry.path === name);
        if (!found?.mode || !found.type || !found.sha) return undefined;
        tree = found.sha;
        return { mode: found.mode, type: found.type, id: found.sha };
      },
      async (entry) => {
        const { data } = await client.rest.git.getBlob({ ...repo, file_sha: entry.id });
        return Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8');
      },
    );
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(
      `cannot read ${repoPath} at the base commit ${sha.slice(0, 12)} (${describeApiError(error)}); the check follows the base's configuration, not the pull request's`,
    );
  }
}
