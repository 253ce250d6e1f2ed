import { UsageError } from '../../errors.js';
import type { RunContext } from '../github-context.js';
import type { GitHubClient } from './client.js';

/** An open pull request whose head is the commit being checked. */
export interface OpenPullRequest {
  number: number;
  baseSha: string;
}

/** Open pull requests read at most: past this the list is not known whole, and the check stops. */
const MAX_OPEN_PULL_REQUESTS = 10_000;

/**
 * Every open pull request whose head is `headSha`. A check run belongs to a
 * commit, and GitHub shows it on every pull request with that head: the
 * same head opened against a branch with a laxer policy must not get to set
 * the verdict. Listed whole (not by head branch: a fork can push one commit
 * to several branches), or not at all.
 */
export async function openPullRequestsAt(
  client: GitHubClient,
  context: Pick<RunContext, 'owner' | 'repo'>,
  headSha: string,
): Promise<OpenPullRequest[]> {
  const found: OpenPullRequest[] = [];
  let seen = 0;
  for await (const page of client.paginate.iterator(client.rest.pulls.list, {
    owner: context.owner!,
    repo: context.repo!,
    state: 'open',
    per_page: 100,
  })) {
    for (const pull of page.data) {
      if (pull.state === 'open' && pull.head.sha === headSha)
        found.push({ number: pull.number, baseSha: pull.base.sha });
    }
    seen += page.data.length;
    if (seen > MAX_OPEN_PULL_REQUESTS)
      throw new UsageError(
        `more than ${MAX_OPEN_PULL_REQUESTS.toLocaleString('en-US')} pull requests are open: which of them share the head ${headSha.slice(0, 12)} (and whose base policy is strictest) cannot be known`,
      );
  }
  return found.sort((a, b) => a.number - b.number);
}

export interface VerifiedPullRequest {
  number: number;
  headSha: string;
  baseSha: string;
  /** The other open pull requests with the same head. */
  sharedWith: OpenPullRequest[];
}

/**
 * The pull request a workflow_run job checks, established from the event
 * and the API alone: the triggering run's head commit (from the event), and
 * the open pull requests whose head is exactly that commit (the one given as
 * input if any, else the lowest-numbered, is where comments go). A number
 * given as input (from anywhere) is only accepted if GitHub says so too;
 * nothing from the triggering run's artifacts is trusted. Throws before
 * anything is written when they disagree.
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
  const open = await openPullRequestsAt(client, context, run.headSha);
  const match = claimed.pullRequest !== undefined ? open.find((pull) => pull.number === claimed.pullRequest) : open[0];
  if (!match)
    throw new UsageError(
      claimed.pullRequest !== undefined
        ? `pull request #${claimed.pullRequest} is not open with head ${run.headSha.slice(0, 12)}; nothing was posted`
        : `no open pull request has head ${run.headSha.slice(0, 12)} (it may have moved on); nothing was posted`,
    );
  return {
    number: match.number,
    headSha: run.headSha,
    baseSha: match.baseSha,
    sharedWith: open.filter((pull) => pull.number !== match.number),
  };
}
