import { describeError } from '../../errors.js';
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import { logLine } from '../log.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

/**
 * The REST client with octokit's own retry (5xx) and throttling (rate limits,
 * `retry-after`, one write a second, one notifying write every three) plugins. TRUSTSTORE_CHECK_API_PACING_MS
 * scales every wait (default 1000 ms, as GitHub asks); the tests set it to 0.
 */
export function createClient(token: string, baseUrl: string): GitHubClient {
  const pacing = Number(process.env.TRUSTSTORE_CHECK_API_PACING_MS ?? 1000);
  const unit = Number.isFinite(pacing) && pacing >= 0 ? pacing : 1000;
  const retryOnLimit =
    (what: string) =>
    (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      logLine(`GitHub ${what} on ${options.method} ${options.url}; retry ${retryCount + 1} after ${retryAfter} s.`);
      return retryCount < 2;
    };
  return getOctokit(
    token,
    {
      baseUrl,
      retry: { retryAfterBaseValue: unit, retries: 3 },
      throttle: {
        retryAfterBaseValue: unit,
        fallbackSecondaryRateRetryAfter: 60,
        // octokit's own spacing (1 s between writes, 3 s between writes that notify people), scaled.
        write: new Bottleneck.Group({ id: 'truststore-check-write', maxConcurrent: 1, minTime: unit }),
        notifications: new Bottleneck.Group({
          id: 'truststore-check-notifications',
          maxConcurrent: 1,
          minTime: 3 * unit,
        }),
        onRateLimit: retryOnLimit('rate limit'),
        onSecondaryRateLimit: retryOnLimit('secondary rate limit'),
      },
      // Octokit logs every failed request at warn level; failures are reported by the channels instead.
      log: {
        debug: () => {},
        info: () => {},
        warn: (message: string) => core.debug(message),
        error: (message: string) => core.debug(message),
      },
    },
    retry,
    throttling,
  );
}

/** Who GITHUB_TOKEN's comments are written by: what `GET /user` cannot say for an installation token. */
const ACTIONS_BOT = 'github-actions[bot]';

/**
 * The login this token writes comments as, so that only comments it wrote are
 * read back as the action's own (anyone can copy a hidden marker into a
 * comment). A personal token answers `GET /user`; an installation token
 * (GITHUB_TOKEN, a GitHub App's: prefix `ghs_`) gets 403 there, but GraphQL's
 * viewer names its bot; failing both, the token is GITHUB_TOKEN's.
 */
export async function ownLogin(client: GitHubClient, token: string): Promise<string> {
  if (!token.startsWith('ghs_')) {
    try {
      return (await client.rest.users.getAuthenticated()).data.login;
    } catch {
      // an installation token in another format: GraphQL below
    }
  }
  try {
    const answer = await client.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }');
    if (typeof answer.viewer?.login === 'string' && answer.viewer.login !== '') return answer.viewer.login;
  } catch {
    // no GraphQL access: the default token's bot
  }
  return ACTIONS_BOT;
}

/** A write refused because the token may not write (forks, Dependabot, missing `permissions:`), not a rate limit. */
export function isPermissionError(error: unknown): boolean {
  const status = (error as { status?: number })?.status;
  return status === 403 && !/rate limit/i.test(describeError(error));
}

export function describeApiError(error: unknown): string {
  const status = (error as { status?: number })?.status;
  // Octokit appends " - <documentation url>"; the status and GitHub's own words are what help.
  const message = String((error as { message?: unknown })?.message ?? error)
    .split('\n')[0]!
    .replace(/ - https?:\/\/\S+$/, '')
    .slice(0, 300);
  return status ? `${status} ${message}` : message;
}
