import { FakeGitHub } from './fake-github.js';

/**
 * The fake refuses what GitHub refuses and takes what it takes, so the action
 * tests can fail for the reasons GitHub would fail them. GitHub's rules for a
 * review comment (docs: "Create a review for a pull request"; its 422 body,
 * as GitHub sends it): side RIGHT is a line of the head the diff shows (added
 * or context), side LEFT a line of the base it shows (deleted or context); a
 * range stays within one hunk; one comment it cannot place refuses the whole
 * review, and nothing is posted.
 */

// Base lines 1-6 are a..f; the head deletes b (2) and adds X after d: two hunks.
const PATCH = ['@@ -1,3 +1,2 @@', ' a', '-b', ' c', '@@ -4,3 +3,4 @@', ' d', '+X', ' e', ' f'].join('\n');
const FILE = 'certs/truststore.pem';

async function review(comments: Array<Record<string, unknown>>) {
  const fake = new FakeGitHub({ files: [{ filename: FILE, patch: PATCH }] });
  const url = await fake.start();
  try {
    const response = await fetch(`${url}/repos/acme/certs/pulls/7/reviews`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ commit_id: 'a'.repeat(40), event: 'COMMENT', body: 'headline', comments }),
    });
    return { status: response.status, body: await response.json(), posted: fake.reviewComments.length };
  } finally {
    await fake.stop();
  }
}

const at = (line: number, side?: string, extra: Record<string, unknown> = {}) => ({
  path: FILE,
  line,
  ...(side ? { side } : {}),
  body: 'x',
  ...extra,
});

describe('the fake GitHub on review comments', () => {
  test.each([
    ['RIGHT on an added line', at(4, 'RIGHT')],
    ['RIGHT on a context line', at(1)],
    ['LEFT on a deleted line', at(2, 'LEFT')],
    ['LEFT on a context line of the base', at(3, 'LEFT')],
    ['LEFT on the base line of a later hunk', at(6, 'LEFT')],
    ['a range within one hunk', at(6, 'RIGHT', { start_line: 3, start_side: 'RIGHT' })],
  ])('takes %s', async (_what, comment) => {
    expect(await review([comment])).toMatchObject({ status: 200, posted: 1 });
  });

  test.each([
    ['RIGHT on a line no hunk shows', at(9, 'RIGHT')],
    ['RIGHT past the last hunk', at(7, 'RIGHT')],
    ['LEFT past the last hunk', at(7, 'LEFT')],
    ['LEFT on a base line no hunk shows', at(9, 'LEFT')],
    ['another file', { ...at(1), path: 'certs/other.pem' }],
  ])('refuses %s, with GitHub’s body', async (_what, comment) => {
    expect(await review([comment])).toEqual({
      status: 422,
      body: expect.objectContaining({
        message: 'Unprocessable Entity',
        errors: ['Pull request review thread line must be part of the diff'],
      }) as unknown,
      posted: 0,
    });
  });

  test('refuses a range across two hunks', async () => {
    const result = await review([at(4, 'RIGHT', { start_line: 1, start_side: 'RIGHT' })]);
    expect(result).toMatchObject({
      status: 422,
      body: { errors: ['Pull request review thread start line must be part of the same hunk as the line.'] },
      posted: 0,
    });
  });

  test('one comment it cannot place refuses the whole review: the good ones are not posted either', async () => {
    expect(await review([at(4, 'RIGHT'), at(2, 'LEFT'), at(9, 'RIGHT')])).toMatchObject({ status: 422, posted: 0 });
  });

  test('refuses a side that is neither LEFT nor RIGHT', async () => {
    expect(await review([at(1, 'left')])).toMatchObject({ status: 422, posted: 0 });
  });
});
