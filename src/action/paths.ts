import { realpathSync } from 'node:fs';
import path from 'node:path';
import { escapeLinkPath } from '../report/markdown-escape.js';
import type { RunContext } from './github-context.js';

/** Where the checked files are on GitHub: computed once, used by every channel. */
export interface RepositoryPaths {
  /** A checked file's path as GitHub knows it (relative to the clone, which the checked folder may be inside of). */
  repoPath: (file: string) => string;
  /** A link to a line of a file (a repository path) at the commit judged. */
  blobLink: (repoPath: string, line: number) => string;
}

/** The checked folder's path in the repository (POSIX; '' for its top level), `repository` being repositoryRoot's answer. */
export function folderInRepository(root: string, repository: string): string {
  return path.relative(repository, realpathSync(root)).split(path.sep).join('/');
}

export function repositoryPaths(root: string, repository: string, context: RunContext): RepositoryPaths {
  const rootInRepo = folderInRepository(root, repository);
  return {
    repoPath: (file) => (rootInRepo === '' ? file : `${rootInRepo}/${file}`),
    blobLink: (file, line) =>
      `${context.serverUrl}/${context.owner}/${context.repo}/blob/${context.headSha}/${escapeLinkPath(file)}#L${line}`,
  };
}
