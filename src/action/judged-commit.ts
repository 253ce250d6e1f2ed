import { execFileSync } from 'node:child_process';
import { UsageError } from '../errors.js';
import type { RunContext } from './github-context.js';

/**
 * The event decides what may be judged. A verdict is posted on the pull
 * request's head commit, so the files judged must be that commit's (or
 * GitHub's merge commit of it): anything else would put one commit's result
 * on another.
 */

const FORK_PATTERN = 'see "Pull requests from forks" in the README: a workflow_run job checks the head out as data';

/**
 * On pull_request_target the workflow is the base branch's, with a write
 * token, and actions/checkout checks out the base branch by default: the
 * base's files would be judged and the verdict posted on the pull request's
 * head. Checking the head out there runs a fork's files with a write token.
 */
export function refuseUnsafeEvent(eventName: string): void {
  if (eventName === 'pull_request_target')
    throw new UsageError(
      `pull_request_target is refused: there the checkout is the base branch unless told otherwise, and a verdict on those files would be posted on the pull request's head. Run the check on pull_request (and for pull requests from forks, ${FORK_PATTERN})`,
    );
}

/** The commit checked out in `folder`, or undefined when it is not in a git clone. */
function checkedOutCommit(folder: string): string | undefined {
  try {
    return execFileSync('git', ['-C', folder, 'rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString('utf8')
      .trim();
  } catch {
    return undefined;
  }
}

/**
 * On a pull request (pull_request, or the workflow_run job of the fork
 * pattern), the clone `repository` must have the pull request's head or its
 * merge commit checked out; otherwise the check stops before judging.
 */
export function verifyJudgedCommit(context: RunContext, repository: string): void {
  if (context.pullRequest === undefined || !context.headSha) return;
  const head = context.headSha;
  const merge = context.mergeSha !== undefined && context.mergeSha !== head ? context.mergeSha : undefined;
  const expected = `the pull request's head ${head.slice(0, 12)}${merge ? ` or merge commit ${merge.slice(0, 12)}` : ''}`;
  const commit = checkedOutCommit(repository);
  if (commit === undefined)
    throw new UsageError(
      `${repository} is not a git clone, so the files checked cannot be shown to be ${expected}; check it out with actions/checkout`,
    );
  if (commit !== head && commit !== merge) {
    const how =
      context.eventName === 'workflow_run'
        ? 'check out `ref: ${{ github.event.workflow_run.head_sha }}`'
        : 'use actions/checkout without `ref:` (the merge commit) or with `ref: ${{ github.event.pull_request.head.sha }}`';
    throw new UsageError(
      `the checked-out commit ${commit.slice(0, 12)} is not ${expected}, so its verdict would be posted on other files than it judged; ${how}`,
    );
  }
}
