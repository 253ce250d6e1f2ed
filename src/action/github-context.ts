import { readFileSync } from 'node:fs';
import { OBJECT_ID } from '../inventory/git-tree.js';

/** What the runner says about the run, read from its environment (without loading the GitHub client). */
export interface RunContext {
  eventName: string;
  owner?: string;
  repo?: string;
  /** The commit checks attach to: the PR head on pull_request (GITHUB_SHA is the merge commit there). */
  headSha?: string;
  pullRequest?: number;
  /** On pull_request (and merge_group): the base commit, whose configuration governs the check. */
  baseSha?: string;
  /** On pull_request: GitHub's merge commit of the pull request (GITHUB_SHA), which may be checked out instead of the head. */
  mergeSha?: string;
  /**
   * The other open pull requests with the same head commit (found through the
   * API): the check run shows on each, so each base's policy is applied.
   */
  sharedWith?: Array<{ number: number; baseSha: string }>;
  /** The commit the change is reviewed against: the pull request's base, or on push the commit pushed over. */
  changeBase?: string;
  /**
   * On workflow_run: the run that triggered this one, as the event (not any
   * artifact of it) describes it. Its pull request is found and verified
   * through the API before anything is written.
   */
  triggeringRun?: { event: string; headSha: string; headRepository?: string; headBranch?: string };
  apiUrl: string;
  serverUrl: string;
  workspace: string;
  runUrl?: string;
}

interface PullRequestPayload {
  /** On push: the commit the branch pointed at before (all zeros for a new branch). */
  before?: string;
  pull_request?: { number?: number; head?: { sha?: string }; base?: { sha?: string } };
  /** On workflow_run, the run that triggered this one (its pull_requests list is empty for forks). */
  workflow_run?: {
    event?: string;
    head_sha?: string;
    head_branch?: string;
    head_repository?: { full_name?: string };
    pull_requests?: Array<{ number?: number }>;
  };
  /** On merge_group: the queued commit (GITHUB_SHA) and the branch commit it goes onto. */
  merge_group?: { base_sha?: string };
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  let payload: PullRequestPayload = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as PullRequestPayload;
    } catch {
      payload = {};
    }
  }
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const isPullRequest =
    (eventName === 'pull_request' || eventName === 'pull_request_target') &&
    typeof payload.pull_request?.number === 'number';
  const triggering = eventName === 'workflow_run' ? payload.workflow_run : undefined;
  const triggeringPullRequest = triggering?.pull_requests?.[0]?.number;
  const triggeringRun =
    triggering && typeof triggering.head_sha === 'string'
      ? {
          event: triggering.event ?? '',
          headSha: triggering.head_sha,
          ...(triggering.head_repository?.full_name ? { headRepository: triggering.head_repository.full_name } : {}),
          ...(triggering.head_branch ? { headBranch: triggering.head_branch } : {}),
        }
      : undefined;
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  return {
    eventName,
    ...(owner && repo ? { owner, repo } : {}),
    headSha: (isPullRequest ? payload.pull_request?.head?.sha : triggering?.head_sha) ?? env.GITHUB_SHA,
    ...(isPullRequest
      ? { pullRequest: payload.pull_request!.number! }
      : typeof triggeringPullRequest === 'number'
        ? { pullRequest: triggeringPullRequest }
        : {}),
    ...(isPullRequest && typeof payload.pull_request?.base?.sha === 'string'
      ? { baseSha: payload.pull_request.base.sha, changeBase: payload.pull_request.base.sha }
      : {}),
    ...(isPullRequest && env.GITHUB_SHA ? { mergeSha: env.GITHUB_SHA } : {}),
    // A merge queue's commit holds the pull requests' changes, configuration included: the branch's policy governs it.
    ...(eventName === 'merge_group' &&
    typeof payload.merge_group?.base_sha === 'string' &&
    OBJECT_ID.test(payload.merge_group.base_sha)
      ? { baseSha: payload.merge_group.base_sha, changeBase: payload.merge_group.base_sha }
      : {}),
    ...(eventName === 'push' &&
    typeof payload.before === 'string' &&
    OBJECT_ID.test(payload.before) &&
    !/^0+$/.test(payload.before)
      ? { changeBase: payload.before }
      : {}),
    ...(triggeringRun ? { triggeringRun } : {}),
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    serverUrl,
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    ...(env.GITHUB_RUN_ID && owner && repo
      ? { runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` }
      : {}),
  };
}
