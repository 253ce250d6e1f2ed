import { UsageError } from '../../errors.js';
import type { RunContext } from '../github-context.js';
import type { GitHubClient } from './client.js';

export interface VerifiedPullRequest {
  number: number;
  headSha: string;
  baseSha: string;
}

/**
 * The pull request a workflow_run job checks, established from the event
 * and the API alone: the triggering run's head commit (from the event), and
 * an open pull request whose head is exactly that commit. A number given as
 * input (from anywhere) is only accepted if GitHub says so too; nothing from
 * the triggering run's artifacts is trusted. Throws before anything is
 * written when they disagree.
 */
export async function verifyTriggeringPullRequest(
  client: GitHubClient,
  context: RunContext,
  claimed: { pullRequest?: number; headSha?: string },
): Promise<VerifiedPullRequest> {
  const run = context.triggeringRun;
  if (!run || run.event !== 'pull_request')
    throw new UsageError('on workflow_run, the triggering run must be a pull_request run');
  if (claimed.headSha !== undefined && claimed.headSha !== run.headSha)
    throw new UsageError(
      `input head-sha ${claimed.headSha.slice(0, 12)} is not the triggering run's head ${run.headSha.slice(0, 12)}; nothing was posted`,
    );
  const repo = { owner: context.owner!, repo: context.repo! };
  type Candidate = { number: number; head: { sha: string }; base: { sha: string }; state: string };
  let candidates: Candidate[];
  if (claimed.pullRequest !== undefined) {
    candidates = [(await client.rest.pulls.get({ ...repo, pull_number: claimed.pullRequest })).data];
  } else {
    if (!run.headRepository || !run.headBranch)
      throw new UsageError('the workflow_run event names no head repository and branch to find its pull request by');
    const headOwner = run.headRepository.split('/')[0]!;
    candidates = await client.paginate(client.rest.pulls.list, {
      ...repo,
      state: 'open',
      head: `${headOwner}:${run.headBranch}`,
      per_page: 100,
    });
  }
  const match = candidates.find((pull) => pull.state === 'open' && pull.head.sha === run.headSha);
  if (!match)
    throw new UsageError(
      claimed.pullRequest !== undefined
        ? `pull request #${claimed.pullRequest} is not open with head ${run.headSha.slice(0, 12)}; nothing was posted`
        : `no open pull request has head ${run.headSha.slice(0, 12)} (it may have moved on); nothing was posted`,
    );
  return { number: match.number, headSha: run.headSha, baseSha: match.base.sha };
}
