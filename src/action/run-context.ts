import * as core from '@actions/core';
import { UsageError } from '../errors.js';
import type { RunContext } from './github-context.js';
import type { ActionInputs } from './inputs.js';
import { refuseUnsafeEvent } from './judged-commit.js';
import { logLine } from './log.js';

/**
 * Where results go. A report file comes from elsewhere (in the fork pattern,
 * from the fork's own run), so it may never set the required check or speak
 * on a pull request. On workflow_run, the pull request is the one GitHub says
 * has the triggering run's head commit, whatever inputs claim; its base
 * commit's configuration governs.
 */
export async function establishContext(
  given: ActionInputs,
  environment: RunContext,
): Promise<{ inputs: ActionInputs; context: RunContext }> {
  refuseUnsafeEvent(environment.eventName);
  const inputs = given.reportFile
    ? { ...given, checkRun: false, prReview: false, prComment: false, expiryIssue: false }
    : given;
  return { inputs, context: await contextFor(given, inputs, environment) };
}

async function contextFor(given: ActionInputs, inputs: ActionInputs, environment: RunContext): Promise<RunContext> {
  if (inputs.reportFile) {
    if (given.checkRun || given.prReview || given.prComment || given.expiryIssue)
      core.warning(
        'report-file: a report written elsewhere never sets the check run, comments on a pull request or keeps the expiry issue (it could be forged); ' +
          'it is published to annotations and the job summary only. For pull requests from forks, see the workflow_run pattern in the README.',
      );
    const context = { ...environment };
    delete context.pullRequest;
    return context;
  }
  if (environment.eventName === 'pull_request') return withSharedHead(inputs, pullRequestContext(inputs, environment));
  if (environment.eventName !== 'workflow_run') {
    return {
      ...environment,
      ...(inputs.pullRequest !== undefined ? { pullRequest: inputs.pullRequest } : {}),
      ...(inputs.headSha !== undefined ? { headSha: inputs.headSha } : {}),
    };
  }
  if (!inputs.githubToken || !environment.owner || !environment.repo)
    throw new UsageError('on workflow_run, a token and the repository are needed to find the pull request');
  const { createClient } = await import('./github/client.js');
  const { verifyTriggeringPullRequest } = await import('./github/pull-request.js');
  const verified = await verifyTriggeringPullRequest(
    createClient(inputs.githubToken, environment.apiUrl),
    environment,
    {
      ...(inputs.pullRequest !== undefined ? { pullRequest: inputs.pullRequest } : {}),
      ...(inputs.headSha !== undefined ? { headSha: inputs.headSha } : {}),
    },
  );
  logLine(`Checking pull request #${verified.number} at ${verified.headSha} (verified through the API).`);
  return {
    ...environment,
    pullRequest: verified.number,
    headSha: verified.headSha,
    baseSha: verified.baseSha,
    changeBase: verified.baseSha,
    sharedWith: verified.sharedWith,
  };
}

/** On pull_request the event names the pull request and its head: inputs may repeat them, never change them. */
function pullRequestContext(inputs: ActionInputs, environment: RunContext): RunContext {
  for (const [input, given, event] of [
    ['pull-request', inputs.pullRequest, environment.pullRequest],
    ['head-sha', inputs.headSha, environment.headSha],
  ] as const) {
    if (given !== undefined && given !== event)
      throw new UsageError(
        `input ${input}: "${given}" is not the pull request's of this pull_request event (${event})`,
      );
  }
  return environment;
}

/**
 * The other open pull requests with this head commit: its check run shows on
 * each, so each one's base policy is applied (see base-policies.ts). Without
 * that list the verdict could be the laxest base's, so the check stops.
 */
async function withSharedHead(inputs: ActionInputs, context: RunContext): Promise<RunContext> {
  if (context.pullRequest === undefined || !context.headSha || !context.baseSha) return context;
  if (!inputs.githubToken || !context.owner || !context.repo)
    throw new UsageError(
      'on pull_request, a token is needed to find the other open pull requests with the same head commit (github-token, with pull-requests: read)',
    );
  const { createClient, describeApiError } = await import('./github/client.js');
  const { openPullRequestsAt } = await import('./github/pull-request.js');
  let open;
  try {
    open = await openPullRequestsAt(createClient(inputs.githubToken, context.apiUrl), context, context.headSha);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(
      `cannot list the open pull requests (${describeApiError(error)}), so whether another one shares the head ${context.headSha.slice(0, 12)} under a laxer base is unknown; grant pull-requests: read`,
    );
  }
  const sharedWith = open.filter((pull) => pull.number !== context.pullRequest);
  return sharedWith.length > 0 ? { ...context, sharedWith } : context;
}
