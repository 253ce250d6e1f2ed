import { readFile, rm } from 'node:fs/promises';
import { caRemoval, commitPullRequest, onboarding, type FixturePullRequest } from '../fixture-pull-requests.js';
import type { FakeGitHub, PullRequestFile } from './fake-github.js';
import { expectNoStackTrace, RUNTIMES, runAction, withFake, type ActionRun, type Workspace } from './harness.js';

/**
 * What a reviewer sees of the two pull requests of issue 25 (onboarding
 * clients; removing a CA two clients use), the action run as dist/index.js
 * against the fake GitHub: the verdict first and counted from `chains[]`,
 * every new error named in the open, each finding once per view, no open
 * deploy step on a failing change, and a review comment GitHub refuses
 * dropped alone.
 */

interface ReportJson {
  chains: Array<{ file: string; accepted: boolean }>;
  changes: { clients: Array<{ file: string; before: string; after: string }> };
  findings: Array<{ ruleId: string; file: string; line: number; severity: string; new?: boolean }>;
}

async function committed(pr: FixturePullRequest): Promise<{ workspace: Workspace; baseSha: string }> {
  const { dir, baseSha, files } = await commitPullRequest(pr);
  return { workspace: { dir, files }, baseSha };
}

async function run(
  node: string,
  pr: FixturePullRequest,
  body: (r: Viewed) => Promise<void> | void,
  diffAtReview?: (files: PullRequestFile[]) => PullRequestFile[],
) {
  const { workspace, baseSha } = await committed(pr);
  try {
    await withFake(
      diffAtReview ? { diffAtReview: diffAtReview(workspace.files) } : {},
      workspace,
      async (fake, url) => {
        const action = await runAction(
          node,
          workspace,
          url,
          { truststore: pr.truststore, 'client-certificates': pr.clients },
          'pull_request',
          baseSha,
        );
        expectNoStackTrace(action);
        const report = JSON.parse(await readFile(action.outputs.report!, 'utf8')) as ReportJson;
        await body({ action, fake, report });
      },
    );
  } finally {
    await rm(workspace.dir, { recursive: true, force: true });
  }
}

interface Viewed {
  action: ActionRun;
  fake: FakeGitHub;
  report: ReportJson;
}

/** What GitHub shows without a click: the text outside every <details> block. */
export function visiblePart(markdown: string): string {
  return markdown.replace(/<details>[\s\S]*?<\/details>/g, '');
}

/** The findings as `rule file:line`, per place they show in Files changed. */
function filesChangedViews({ action, fake }: Viewed) {
  const runner = action.stdout.split('\n').flatMap((line) => {
    const match =
      /^::(?:error|warning|notice) (?=.*title=truststore-check\/([\w-]+))(?=.*file=([^,]+))(?=.*line=(\d+))/.exec(line);
    return match ? [`${match[1]} ${match[2]}:${match[3]}`] : [];
  });
  const checkRun = fake.checkRuns.flatMap((run) =>
    run.annotations.map((a) => `${String(a.title)} ${String(a.path)}:${String(a.start_line)}`),
  );
  const review = fake.reviewComments.flatMap((comment) =>
    [...comment.body.matchAll(/\*\*\S+ \w+: \[`([\w-]+)`\]/g)].map((m) => `${m[1]} ${comment.path}@${comment.line}`),
  );
  return { runner, checkRun, review };
}

const newErrors = (report: ReportJson) => report.findings.filter((f) => f.severity === 'error' && f.new !== false);

/** The Done-when of issue 25 for one pull request, in every view that carries the Markdown report. */
function expectReviewerView(viewed: Viewed) {
  const { action, fake, report } = viewed;
  expect(action.code).toBe(1);
  const comment = fake.issueComments[0]!.body;
  const views = { comment, checkRun: fake.checkRuns[0]!.output.summary!, jobSummary: action.summary };
  const errors = newErrors(report);
  expect(errors.length).toBeGreaterThan(0);
  for (const [view, text] of Object.entries(views)) {
    const visible = visiblePart(text).replace(/\\/g, '');
    // Every new error's file is named outside any <details>; a committed key's first among them.
    const list = visible.slice(visible.indexOf('#### New findings'));
    const missing = errors.filter((f) => !list.includes(f.file)).map((f) => f.file);
    expect({ view, missing }).toEqual({ view, missing: [] });
    const firstNamed = [...errors]
      .map((f) => ({ file: f.file, at: list.indexOf(f.file) }))
      .sort((a, b) => a.at - b.at)[0]!.file;
    const key = errors.find((f) => f.ruleId === 'private-key-in-repository');
    if (key) expect({ view, firstNamed }).toEqual({ view, firstNamed: key.file });
    // No open deploy step on a failing change: it is folded away.
    expect({ view, deploy: /To deploy|update-domain-name/.test(visible) }).toEqual({ view, deploy: false });
    expect(text).toContain('<details><summary>Deploy step (once the findings above are fixed)</summary>');
  }
  // The headline's client counts are the verdicts in chains[].
  const title = fake.checkRuns[0]!.output.title!;
  const refused = report.chains.filter((chain) => !chain.accepted).map((chain) => chain.file);
  const lockedOut = report.changes.clients.filter((c) => c.before === 'accepted' && c.after === 'refused');
  const added = report.changes.clients.filter((c) => c.before === 'absent' && c.after === 'refused');
  expect([...lockedOut, ...added].map((c) => c.file).sort()).toEqual([...refused].sort());
  const count = (pattern: RegExp) => Number(pattern.exec(title)?.[1] ?? 0);
  expect(count(/(\d+) clients? locked out/)).toBe(lockedOut.length);
  expect(count(/(\d+) new clients? refused/)).toBe(added.length);
  // The same headline in the review body, the summary comment and the job summary (Markdown all three, so escaped).
  expect(fake.reviewBodies.map((body) => body.replace(/\\/g, ''))).toEqual([title]);
  for (const text of Object.values(views)) expect(text.replace(/\\/g, '')).toContain(`**${title}**`);
  // Each finding once in Files changed: a runner annotation, a check annotation or a review comment, never two.
  const { runner, checkRun, review } = filesChangedViews(viewed);
  const shown = [...runner, ...checkRun, ...review.map((entry) => entry.replace(/@\d+$/, ''))];
  const byFinding = new Map<string, number>();
  for (const entry of [...runner, ...checkRun]) byFinding.set(entry, (byFinding.get(entry) ?? 0) + 1);
  expect([...byFinding].filter(([, times]) => times > 1)).toEqual([]);
  for (const finding of report.findings) {
    const inReview = review.filter((entry) => entry.startsWith(`${finding.ruleId} ${finding.file}@`)).length;
    const annotated = byFinding.get(`${finding.ruleId} ${finding.file}:${finding.line}`) ?? 0;
    expect({ finding: `${finding.ruleId} ${finding.file}:${finding.line}`, views: inReview + annotated }).toEqual({
      finding: `${finding.ruleId} ${finding.file}:${finding.line}`,
      views: 1,
    });
  }
  expect(shown.length).toBeGreaterThan(0);
}

describe.each(RUNTIMES)('what a reviewer sees, the action under %s', (_label, node) => {
  test('onboarding clients (SHA-1, issuer missing, CA first, a committed key, an expired CA added)', async () => {
    await run(node, onboarding(), ({ action, fake, report }) => {
      expectReviewerView({ action, fake, report });
      const title = fake.checkRuns[0]!.output.title!;
      // Clients first, then the committed key, then the rest.
      expect(title).toMatch(
        /^❌ 3 new clients refused \(billing-legacy\.pem: .+; ops-cli\.pem: .+; partner-acme\.pem: .+\) · a private key committed \(ops-cli\.key\) · .*expired/,
      );
      // The expired CA no client uses gets a one-click deletion: an empty suggestion on its lines.
      const truststore = fake.reviewComments.filter((c) => c.path === 'certs/truststore.pem');
      expect(truststore).toHaveLength(1);
      expect(truststore[0]!.body).toContain('Delete this expired CA: no client in the repository chains through it.');
      expect(truststore[0]!.body).toContain('```suggestion\n```');
      const lines = onboarding().head['certs/truststore.pem']!.split('\n');
      expect(lines[truststore[0]!.start_line! - 1]).toBe('-----BEGIN CERTIFICATE-----');
      expect(lines[truststore[0]!.line - 1]).toBe('-----END CERTIFICATE-----');
      expect(truststore[0]!.body).not.toMatch(/Renew the certificate/);
    });
  });

  test('removing a CA two clients use: the comment on its deleted lines (side LEFT) names both and the ways forward', async () => {
    await run(node, caRemoval(), ({ action, fake, report }) => {
      expectReviewerView({ action, fake, report });
      expect(fake.checkRuns[0]!.output.title).toMatch(/^❌ 2 clients locked out \(a1\.pem: .+; a2\.pem: .+\)/);
      const left = fake.reviewComments.filter((c) => c.side === 'LEFT');
      expect(left).toHaveLength(1);
      expect(left[0]!.path).toBe('certs/truststore.pem');
      const baseLines = caRemoval().base['certs/truststore.pem']!.split('\n');
      const removedEnd = baseLines.indexOf('-----END CERTIFICATE-----') + 1;
      expect(left[0]!.line).toBeLessThanOrEqual(removedEnd);
      expect(left[0]!.body).toContain('These 2 clients chain through it today');
      expect(left[0]!.body).toContain('- certs/clients/a1.pem\n- certs/clients/a2.pem');
      expect(left[0]!.body).toContain('**Before merging, one of two:**');
      expect(fake.writesWith(422)).toEqual([]);
    });
  });

  test('a review comment GitHub refuses is dropped alone: the others are posted, its finding is annotated, the log names it', async () => {
    // A push between the action's listing of the files and its review: GitHub no longer shows the key file in the diff.
    const gone = 'certs/clients/ops-cli.key';
    await run(
      node,
      onboarding(),
      ({ action, fake, report }) => {
        expect(action.code).toBe(1);
        const refusals = fake.writesWith(422).filter((r) => r.path.endsWith('/reviews'));
        expect(refusals.length).toBeGreaterThan(0);
        expect(fake.reviews).toBeGreaterThan(0);
        // Every other comment is posted; none on the refused file.
        const paths = [...new Set(fake.reviewComments.map((c) => c.path))].sort();
        expect(paths).toEqual([
          'certs/clients/billing-legacy.pem',
          'certs/clients/ops-cli.pem',
          'certs/clients/partner-acme.pem',
          'certs/truststore.pem',
        ]);
        // The key's finding reaches the reviewer as a check-run annotation, and in the summary comment.
        const key = report.findings.find((f) => f.ruleId === 'private-key-in-repository')!;
        expect(fake.checkRuns[0]!.annotations).toContainEqual(
          expect.objectContaining({ path: gone, start_line: key.line, title: 'private-key-in-repository' }),
        );
        expect(visiblePart(fake.issueComments[0]!.body).replace(/\\/g, '')).toContain(gone);
        expect(action.stdout).toContain(
          `Review comments: 4 new, 0 updated, 0 marked fixed, 1 refused by GitHub (not on its diff: "${gone}" line 1)`,
        );
        expect(action.stdout).not.toMatch(/Could not post the pull request review/);
        // Still once per view.
        const { checkRun, review } = filesChangedViews({ action, fake, report });
        expect(review.some((entry) => entry.includes(gone))).toBe(false);
        expect(checkRun.filter((entry) => entry.includes(gone))).toHaveLength(1);
      },
      (files) => files.filter((file) => file.filename !== gone),
    );
  });
});
