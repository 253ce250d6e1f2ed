import type { RunContext } from '../github-context.js';
import type { GitHubClient } from './client.js';

/** The hidden marker that finds the summary comment again on the next run. */
export function summaryMarker(check: string): string {
  return `<!-- truststore-check:summary check=${encodeURIComponent(check)} -->`;
}

/**
 * Creates the pull request's summary comment, or edits it in place when a
 * previous run made one: a comment by `ownLogin` with the marker, never
 * someone else's copy of it.
 */
export async function publishStickyComment(
  client: GitHubClient,
  context: RunContext,
  check: string,
  body: string,
  ownLogin: string,
): Promise<'created' | 'updated'> {
  const base = { owner: context.owner!, repo: context.repo!, issue_number: context.pullRequest! };
  const marker = summaryMarker(check);
  const comments = await client.paginate(client.rest.issues.listComments, { ...base, per_page: 100 });
  const previous = comments.find((comment) => comment.user?.login === ownLogin && comment.body?.includes(marker));
  if (previous) {
    await client.rest.issues.updateComment({ owner: base.owner, repo: base.repo, comment_id: previous.id, body });
    return 'updated';
  }
  await client.rest.issues.createComment({ ...base, body });
  return 'created';
}
