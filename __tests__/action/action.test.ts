import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FIXTURES, REPO } from '../helpers.js';
import { ACTIONS_BOT, FakeGitHub, gitBlobId, type PullRequestFile } from './fake-github.js';
import {
  addedFile,
  checkedOut,
  commitAll,
  expectNoStackTrace,
  HEAD_SHA,
  RUNTIMES,
  runAction,
  TOKEN,
  withFake,
  type ActionRun,
  type Workspace,
} from './harness.js';

const LEGACY_COPIES = 55;

/** A repository with findings on changed lines (new files, one edited block) and many outside the diff. */
async function makeWorkspace(): Promise<Workspace> {
  const dir = await mkdtemp(path.join(tmpdir(), 'tsc-action-'));
  await mkdir(path.join(dir, 'certs/clients/legacy'), { recursive: true });
  const put = async (fixture: string, target: string) => {
    await copyFile(path.join(FIXTURES, fixture), path.join(dir, target));
    return readFile(path.join(dir, target), 'utf8');
  };
  await put('truststores/standard.pem', 'certs/truststore.pem');
  await put('clients/client-p256.pem', 'certs/clients/healthy.pem');
  const files: PullRequestFile[] = [];
  files.push(addedFile('certs/clients/sha1.pem', await put('clients/client-sha1.pem', 'certs/clients/sha1.pem')));
  files.push(
    addedFile('certs/clients/foreign.pem', await put('chains/foreign-issuer.pem', 'certs/clients/foreign.pem')),
  );
  files.push(
    addedFile('certs/clients/hostile.pem', await put('chains/hostile-subject.pem', 'certs/clients/hostile.pem')),
  );
  // An edit in the middle of the expired certificate's block: the comment goes on the first changed line (3).
  const expired = (await put('clients/client-expired.pem', 'certs/clients/expired.pem')).split('\n');
  files.push({
    filename: 'certs/clients/expired.pem',
    patch: `@@ -3,3 +3,3 @@\n ${expired[2]}\n-${expired[3]}x\n+${expired[3]}\n ${expired[4]}`,
  });
  for (let i = 1; i <= LEGACY_COPIES; i++)
    await put('clients/client-sha1.pem', `certs/clients/legacy/terminal-${String(i).padStart(2, '0')}.pem`);
  files.push({ filename: 'certs/README.md', patch: '@@ -1 +1 @@\n-old\n+new' });
  commitAll(dir);
  return { dir, files };
}

describe.each(RUNTIMES)('the bundled action under %s', (_label, node) => {
  let workspace: Workspace;
  beforeEach(async () => {
    workspace = await makeWorkspace();
  });
  afterEach(async () => {
    await rm(workspace.dir, { recursive: true, force: true });
  });

  test('a pull request run: failing step, annotations, check run, review on diff lines, sticky comment, job summary; a re-run adds nothing', async () => {
    await withFake({}, workspace, async (fake, url) => {
      const run = await runAction(node, workspace, url);
      expect(run.code).toBe(1);
      expectNoStackTrace(run);
      const total = 4 + LEGACY_COPIES;
      expect(run.outputs).toMatchObject({ errors: String(total), warnings: '0', notices: '0' });
      const report = JSON.parse(await readFile(run.outputs.report!, 'utf8'));
      expect(report.findings).toHaveLength(total);

      // No runner annotations: the check run and the review carry every finding, each once in Files changed.
      expect(run.stdout.split('\n').filter((line) => /^::(error|warning|notice) /.test(line))).toEqual([]);

      // Check run: on the PR head, not the merge commit; every finding; batches of at most 50.
      expect(fake.checkRuns).toHaveLength(1);
      const checkRun = fake.checkRuns[0]!;
      expect(checkRun).toMatchObject({
        name: 'truststore-check',
        head_sha: HEAD_SHA,
        status: 'completed',
        conclusion: 'failure',
      });
      // Its title is the verdict; its annotations are the findings no review comment carries.
      expect(checkRun.output.title).toMatch(/^❌ 59 clients refused \(/);
      expect(checkRun.annotations).toHaveLength(total - 4);
      expect(checkRun.annotationBatches).toEqual([50, total - 4 - 50]);
      const annotated = new Set(checkRun.annotations.map((a) => `${String(a.path)}:${String(a.start_line)}`));
      for (const finding of report.findings as Array<{ file: string; line: number }>) {
        const reviewed = fake.reviewComments.some((c) => c.path === finding.file);
        expect({ finding, annotated: annotated.has(`${finding.file}:${finding.line}`) }).toEqual({
          finding,
          annotated: !reviewed,
        });
      }

      // Review: one review, comments only on diff lines, no rejected request at all.
      expect(fake.requests.filter((r) => r.status >= 400)).toEqual([]);
      expect(fake.reviews).toBe(1);
      expect(fake.reviewComments.map((c) => `${c.path}:${c.line}`).sort()).toEqual([
        'certs/clients/expired.pem:3',
        'certs/clients/foreign.pem:1',
        'certs/clients/hostile.pem:1',
        'certs/clients/sha1.pem:1',
      ]);
      for (const comment of fake.reviewComments) expect(comment.commit_id).toBe(HEAD_SHA);
      const sha1Comment = fake.reviewComments.find((c) => c.path === 'certs/clients/sha1.pem')!.body;
      expect(sha1Comment).toMatch(/insecure-signature-algorithm/);
      // The message says what the gateway does; no second sentence about it, nothing about the truststore's upload.
      expect(sha1Comment).toMatch(/The client gets 403 Forbidden/);
      expect(sha1Comment).not.toMatch(/At the gateway|upload/);
      expect(sha1Comment).toMatch(/\*\*Fix:\*\* .*openssl x509 -noout -text/);
      expect(sha1Comment).toMatch(
        /<!-- truststore-check:finding check=truststore-check id=[0-9a-f]{32} hash=[0-9a-f]{16} -->/,
      );

      // Sticky comment: the findings that are not review comments (the 55 legacy files), and the trust graph.
      expect(fake.issueComments).toHaveLength(1);
      const sticky = fake.issueComments[0]!.body;
      expect(sticky).toContain('<!-- truststore-check:summary check=truststore-check -->');
      for (let i = 1; i <= LEGACY_COPIES; i++)
        expect(sticky).toContain(`certs/clients/legacy/terminal\\-${String(i).padStart(2, '0')}.pem:1`);
      expect(sticky.replace(/\\/g, '')).toContain(`**${checkRun.output.title!}**`);
      expect(sticky).toContain(
        `https://github.com/acme/certs/blob/${HEAD_SHA}/certs/clients/legacy/terminal-01.pem#L1`,
      );

      // Job summary: every finding.
      for (const finding of report.findings)
        expect(run.summary).toContain(`${finding.file.replace(/-/g, '\\-')}:${finding.line}`);
      expect(run.summary).toContain('<details><summary>Truststore expiry</summary>');

      // Second run on the same PR: nothing new is posted; the sticky comment is edited in place.
      const before = {
        comments: fake.reviewComments.length,
        issueComments: fake.issueComments.length,
        reviews: fake.reviews,
      };
      const again = await runAction(node, workspace, url);
      expect(again.code).toBe(1);
      expect({
        comments: fake.reviewComments.length,
        issueComments: fake.issueComments.length,
        reviews: fake.reviews,
      }).toEqual(before);
      expect(fake.requests.filter((r) => r.method === 'PATCH' && /issues\/comments/.test(r.path))).toHaveLength(1);
      expect(fake.requests.filter((r) => r.method === 'PATCH' && /pulls\/comments/.test(r.path))).toHaveLength(0);

      // The expired certificate is removed: its comment is marked fixed, the others stay as they are.
      await rm(path.join(workspace.dir, 'certs/clients/expired.pem'));
      const fixed = await runAction(node, workspace, url);
      expect(fixed.code).toBe(1);
      expect(fake.reviews).toBe(1);
      const expiredComment = fake.reviewComments.find((c) => c.path === 'certs/clients/expired.pem')!;
      expect(expiredComment.body).toMatch(/^✅ \*\*Fixed:\*\*/);
      expect(fake.reviewComments.filter((c) => c.body.startsWith('✅'))).toHaveLength(1);
    });
  });

  test('every write answered 403 (read-only token): the step still fails on its findings, with annotations and summary, one warning, no stack trace', async () => {
    await withFake({ readOnly: true }, workspace, async (fake, url) => {
      const run = await runAction(node, workspace, url);
      expect(run.code).toBe(1);
      expectNoStackTrace(run);
      expect(run.stdout).toMatch(
        /::error title=truststore-check\/issuer-not-found,file=certs\/clients\/foreign.pem,line=1,/,
      );
      const warnings = run.stdout.split('\n').filter((line) => line.startsWith('::warning::'));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(
        /cannot write here \(403 Resource not accessible by integration\).*checks: write, pull-requests: write/,
      );
      expect(run.summary).toContain('certs/clients/sha1.pem:1');
      // After the first refusal (the review, asked after who the token is) nothing more is attempted.
      expect(fake.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql')).toHaveLength(1);
      expect(run.stdout).toMatch(/::error::truststore-check found 59 error/);
    });
  });

  test('every other write answered 502: the check run is still created, the rest become warnings', async () => {
    await withFake({ failWritesExceptCheckRuns: true }, workspace, async (fake, url) => {
      const run = await runAction(node, workspace, url);
      expect(run.code).toBe(1);
      expectNoStackTrace(run);
      expect(fake.checkRuns).toHaveLength(1);
      expect(fake.checkRuns[0]!.annotations).toHaveLength(4 + LEGACY_COPIES);
      // octokit's retry plugin tried the failing writes again before giving up.
      expect(fake.writesWith(502).filter((r) => r.path.endsWith('/reviews')).length).toBeGreaterThan(1);
      expect(run.stdout).toMatch(/::warning::Could not post the pull request review: 502/);
      expect(run.stdout).toMatch(/::warning::Could not post the summary comment: 502/);
      expect(run.summary).toContain('certs/clients/sha1.pem:1');
    });
  });

  test('secondary rate limits with retry-after are waited out and retried', async () => {
    await withFake({ secondaryRateLimitedWrites: 1 }, workspace, async (fake, url) => {
      const run = await runAction(node, workspace, url);
      expect(run.code).toBe(1);
      expect(fake.writesWith(403)).toHaveLength(1);
      expect(fake.checkRuns).toHaveLength(1);
      expect(fake.reviews).toBe(1);
      expect(run.stdout).not.toMatch(/::warning::/);
    });
  });

  test('a subject holding HTML, Markdown, a mention and a newline is inert in every channel', async () => {
    // A refused client whose name is hostile too: the verdict headline, which is the review's body, names it.
    const hostileName = 'certs/clients/@octocat [x](javascript:alert(1)).pem';
    await copyFile(path.join(FIXTURES, 'chains/foreign-issuer.pem'), path.join(workspace.dir, hostileName));
    commitAll(workspace.dir);
    await withFake({}, workspace, async (fake, url) => {
      const run = await runAction(node, workspace, url, { annotations: 'true' });
      // A window wide enough to list every certificate, the hostile one too, in the expiry issue.
      await runAction(node, workspace, url, { 'expiry-issue': 'true', 'expiry-warning-days': '36500' }, 'schedule');
      const review = fake.reviewComments.find((c) => c.path === 'certs/clients/hostile.pem')!.body;
      const channels = {
        review,
        reviewBody: fake.reviewBodies[0]!,
        sticky: fake.issueComments[0]!.body,
        checkRunSummary: fake.checkRuns[0]!.output.summary!,
        jobSummary: run.summary,
        expiryIssue: fake.issues[0]!.body,
      };
      expect(channels.expiryIssue).toContain('certs/clients/hostile.pem');
      expect(channels.reviewBody).toContain('octocat');
      for (const [channel, text] of Object.entries(channels)) {
        const context = { channel };
        expect({ ...context, img: /<img/i.test(text) }).toEqual({ ...context, img: false });
        expect({ ...context, mention: /@octocat/.test(text) }).toEqual({ ...context, mention: false });
        expect({ ...context, link: /\]\(javascript:/.test(text) }).toEqual({ ...context, link: false });
        expect({ ...context, backtick: /`rm`/.test(text) }).toEqual({ ...context, backtick: false });
        expect({ ...context, heading: /^#+ h \|/m.test(text) }).toEqual({ ...context, heading: false });
      }
      expect(review).toContain('&lt;img src&#92;\\=x onerror&#92;\\=alert\\(1\\)&#92;&gt;');
      expect(review).toContain('&#64;\u200boctocat');
      // Annotations are workflow commands: the newline must be escaped, not end the command.
      const annotation = run.stdout.split('\n').find((line) => line.includes('hostile.pem'))!;
      expect(annotation).toMatch(/^::error /);
    });
  });

  test('tokens never appear in the output, the summary, the report or the SARIF file', async () => {
    await withFake({}, workspace, async (fake, url) => {
      const run = await runAction(node, workspace, url, { 'sarif-file': 'out/results.sarif' });
      expect(fake.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
      const files = [
        await readFile(run.outputs.report!, 'utf8'),
        await readFile(path.join(workspace.dir, 'out/results.sarif'), 'utf8'),
      ];
      // The runner consumes `::add-mask::` (that is how the token gets masked) and shows every other line.
      const shown = run.stdout
        .split('\n')
        .filter((line) => line !== `::add-mask::${TOKEN}`)
        .join('\n');
      expect(run.stdout).toContain(`::add-mask::${TOKEN}`);
      for (const text of [shown, run.stderr, run.summary, ...files]) expect(text.includes(TOKEN)).toBe(false);
    });
  });

  test('on push: check run and summary, no review and no comment; SARIF accepted shape', async () => {
    await withFake({}, workspace, async (fake, url) => {
      const run = await runAction(node, workspace, url, { 'sarif-file': 'out/results.sarif' }, 'push');
      expect(run.code).toBe(1);
      expect(fake.checkRuns).toHaveLength(1);
      // On push the check run belongs to GITHUB_SHA, the commit checked out.
      expect(fake.checkRuns[0]!.head_sha).toBe(checkedOut(workspace.dir));
      expect(fake.requests.some((r) => /pulls|issues/.test(r.path))).toBe(false);
      const sarif = JSON.parse(await readFile(path.join(workspace.dir, 'out/results.sarif'), 'utf8'));
      expect(sarif.version).toBe('2.1.0');
      const results = sarif.runs[0].results as Array<{
        ruleId: string;
        level: string;
        locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }>;
      }>;
      expect(results).toHaveLength(4 + LEGACY_COPIES);
      const ruleIds = new Set(sarif.runs[0].tool.driver.rules.map((rule: { id: string }) => rule.id));
      for (const result of results) {
        expect(ruleIds.has(result.ruleId)).toBe(true);
        expect(result.level).toBe('error');
        expect(result.locations[0]!.physicalLocation.artifactLocation.uri).toMatch(/^certs\/clients\//);
      }
      expect(run.outputs['sarif-file']).toBe(path.join(workspace.dir, 'out/results.sarif'));
    });
  });

  test.each([
    [{ 'fail-on': 'sometimes' }, /fail-on: "sometimes" is not one of error, warning, never/],
    [{ annotations: 'maybe' }, /input annotations: "maybe" is not auto, true or false/],
    [{ 'check-run': 'maybe' }, /input check-run: "maybe" is not true or false/],
    [{ 'working-directory': '../elsewhere' }, /input working-directory: "\.\.\/elsewhere" is outside the workspace/],
    [{ truststore: 'nothing/*.pem' }, /truststore: "nothing\/\*\.pem" matches no file/],
  ])('a bad input %j fails with a message naming it', async (inputs, message) => {
    await withFake({}, workspace, async (fake, url) => {
      const run = await runAction(node, workspace, url, inputs);
      expect(run.code).toBe(1);
      expectNoStackTrace(run);
      expect(run.stdout).toMatch(message);
      expect(fake.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    });
  });

  describe('pull requests from forks (workflow_run)', () => {
    const BASE = 'c'.repeat(40);
    const forkEvent = (headSha = HEAD_SHA) => ({
      workflow_run: {
        event: 'pull_request',
        head_sha: headSha,
        head_branch: 'update-certs',
        head_repository: { full_name: 'mallory/certs' },
        pull_requests: [],
      },
    });
    const pullsAt = (head: string) => [
      {
        number: 7,
        state: 'open' as const,
        head: { sha: head, ref: 'update-certs', label: 'mallory:update-certs' },
        base: { sha: BASE },
      },
    ];
    const pulls = pullsAt(HEAD_SHA);
    // The base commit, as the API lists it: no configuration file (the inputs and defaults govern).
    const base = { baseTreeSha: BASE, baseFiles: {} };

    test('the privileged job computes the check from the pull request files, on the head GitHub names', async () => {
      const head = checkedOut(workspace.dir)!;
      await withFake({ pulls: pullsAt(head), ...base }, workspace, async (fake, url) => {
        const run = await runAction(node, workspace, url, {}, 'workflow_run', undefined, forkEvent(head));
        expectNoStackTrace(run);
        expect(run.code).toBe(1);
        expect(fake.checkRuns).toHaveLength(1);
        expect(fake.checkRuns[0]).toMatchObject({ head_sha: head, conclusion: 'failure' });
        // Each finding once in Files changed: four in review comments, the rest check annotations.
        expect(fake.checkRuns[0]!.annotations).toHaveLength(LEGACY_COPIES);
        expect(fake.reviewComments).toHaveLength(4);
        expect(fake.issueComments).toHaveLength(1);
        // The base commit's tree was read for its configuration (none there: the inputs and defaults govern).
        expect(fake.requests.some((r) => r.path === `/repos/acme/certs/git/trees/${BASE}`)).toBe(true);
      });
    });

    test('with the pull request checked out into a subfolder, paths are the repository paths', async () => {
      // The documented layout: the base repository's workspace, the pull request's head cloned into pr/.
      const outer: Workspace = { dir: await mkdtemp(path.join(tmpdir(), 'tsc-outer-')), files: workspace.files };
      const clone = path.join(outer.dir, 'pr');
      await cp(workspace.dir, clone, { recursive: true });
      const head = checkedOut(clone)!;
      await withFake({ pulls: pullsAt(head), ...base }, outer, async (fake, url) => {
        const run = await runAction(
          node,
          outer,
          url,
          { 'working-directory': 'pr' },
          'workflow_run',
          undefined,
          forkEvent(head),
        );
        expectNoStackTrace(run);
        expect(fake.reviewComments.map((c) => c.path).sort()).toEqual([
          'certs/clients/expired.pem',
          'certs/clients/foreign.pem',
          'certs/clients/hostile.pem',
          'certs/clients/sha1.pem',
        ]);
        expect(fake.requests.some((r) => r.path === `/repos/acme/certs/git/trees/${BASE}`)).toBe(true);
      });
    });

    test('a clean fork pull request gets a successful check', async () => {
      const clean: Workspace = { dir: await mkdtemp(path.join(tmpdir(), 'tsc-clean-')), files: [] };
      await mkdir(path.join(clean.dir, 'certs/clients'), { recursive: true });
      await copyFile(path.join(FIXTURES, 'truststores/standard.pem'), path.join(clean.dir, 'certs/truststore.pem'));
      await copyFile(path.join(FIXTURES, 'clients/client-p256.pem'), path.join(clean.dir, 'certs/clients/ok.pem'));
      const head = commitAll(clean.dir);
      await withFake({ pulls: pullsAt(head), ...base }, clean, async (fake, url) => {
        const run = await runAction(node, clean, url, {}, 'workflow_run', undefined, forkEvent(head));
        expect(run.code).toBe(0);
        expect(fake.checkRuns[0]).toMatchObject({ head_sha: head, conclusion: 'success' });
      });
    });

    test.each([
      [
        'a head SHA the event does not name',
        { 'head-sha': 'd'.repeat(40) },
        HEAD_SHA,
        /is not the triggering run's head/,
      ],
      ['a pull request whose head is another commit', { 'pull-request': '7' }, 'e'.repeat(40), /is not open with head/],
      ['no pull request at the event head', {}, 'e'.repeat(40), /no open pull request has head/],
    ])('%s: no check run and no comment', async (_what, inputs, eventHead, message) => {
      await withFake({ pulls }, workspace, async (fake, url) => {
        const run = await runAction(node, workspace, url, inputs, 'workflow_run', undefined, forkEvent(eventHead));
        expectNoStackTrace(run);
        expect(run.code).toBe(1);
        expect(run.stdout).toMatch(message);
        expect(fake.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql')).toEqual([]);
      });
    });

    test('a forged report with a pull request number and head SHA creates no check run and no comment', async () => {
      await withFake({ pulls }, workspace, async (fake, url) => {
        const forged = path.join(workspace.dir, 'report.json');
        await writeFile(forged, JSON.stringify({ version: 1, findings: [] }));
        const run = await runAction(
          node,
          workspace,
          url,
          { 'report-file': 'report.json', 'pull-request': '4242', 'head-sha': 'f'.repeat(40) },
          'workflow_run',
          undefined,
          forkEvent(),
        );
        expectNoStackTrace(run);
        expect(run.stdout).toMatch(/never sets the check run, comments on a pull request or keeps the expiry issue/);
        expect(fake.requests).toEqual([]);
      });
    });
  });

  test('a report file that this tool did not write is refused before anything is posted', async () => {
    await withFake({}, workspace, async (fake, url) => {
      const forged = path.join(workspace.dir, 'forged.json');
      await writeFile(
        forged,
        JSON.stringify({
          version: 1,
          findings: [
            { ruleId: 'nope', severity: 'error', message: '@everyone', file: '../../etc/passwd', line: 1, endLine: 1 },
          ],
        }),
      );
      const run = await runAction(
        node,
        workspace,
        url,
        { 'report-file': 'forged.json', 'pull-request': '7', 'head-sha': HEAD_SHA },
        'workflow_run',
      );
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(
        /::error::truststore-check: the report file is not a truststore-check report: findings\[0\]\.ruleId is not a known rule/,
      );
      expect(fake.requests).toEqual([]);
    });
  });

  test('fail-on never: findings are reported and the step passes', async () => {
    await withFake({}, workspace, async (fake, url) => {
      const run = await runAction(node, workspace, url, { 'fail-on': 'never' });
      expect(run.code).toBe(0);
      expect(fake.checkRuns[0]!.conclusion).toBe('success');
    });
  });

  test('two targets (API Gateway and a load balancer): every channel says which target and gateway a finding is about', async () => {
    const albBundle = `${await readFile(path.join(FIXTURES, 'profiles/blank-line.pem'), 'utf8')}`;
    await writeFile(path.join(workspace.dir, 'certs/alb.pem'), albBundle);
    workspace.files.push(addedFile('certs/alb.pem', albBundle));
    await writeFile(
      path.join(workspace.dir, '.truststore-check.yml'),
      [
        'targets:',
        '  - name: api',
        '    profile: aws-api-gateway',
        '    truststore: certs/truststore.pem',
        '    clients: certs/clients/*.pem',
        '  - name: lb',
        '    profile: aws-alb',
        '    truststore: certs/alb.pem',
        '    clients: certs/clients/sha1.pem',
        '',
      ].join('\n'),
    );
    await withFake({}, workspace, async (fake, url) => {
      const run = await runAction(node, workspace, url, {
        truststore: '',
        'client-certificates': '',
        annotations: 'true',
      });
      expectNoStackTrace(run);
      expect(run.code).toBe(1);
      const report = JSON.parse(await readFile(run.outputs.report!, 'utf8'));
      expect(report.targets.map((t: { name: string; profile: { id: string } }) => `${t.name}:${t.profile.id}`)).toEqual(
        ['api:aws-api-gateway', 'lb:aws-alb'],
      );
      const lbFindings = report.findings.filter((f: { target?: string }) => f.target === 'lb');
      expect(lbFindings.map((f: { ruleId: string }) => f.ruleId).sort()).toEqual([
        'insecure-signature-algorithm',
        'truststore-format',
      ]);
      expect(report.findings.every((f: { target?: string }) => f.target === 'api' || f.target === 'lb')).toBe(true);

      // Annotations and the check run name the target and its profile.
      expect(run.stdout).toMatch(
        /::error title=truststore-check\/truststore-format,file=certs\/alb.pem,line=\d+,endLine=\d+::\[lb \(aws-alb\)\] Blank line/,
      );
      // Check annotations carry what no review comment does: between them, both targets.
      const carried = [
        ...fake.checkRuns[0]!.annotations.map((a) => String(a.message)),
        ...fake.reviewComments.map((c) => c.body.replace(/\\/g, '').replace(/^.*?\*\* /, '')),
      ];
      expect(carried.some((text) => text.startsWith('[lb (aws-alb)] '))).toBe(true);
      expect(carried.some((text) => text.startsWith('[api (aws-api-gateway)] '))).toBe(true);

      // Review comments: the SHA-1 client is judged by both gateways, each its own comment in its own words.
      // Markdown escapes aside (brackets and dashes are escaped in comments).
      const plain = (body: string) => body.replace(/\\/g, '');
      const sha1 = fake.reviewComments.filter((c) => c.path === 'certs/clients/sha1.pem').map((c) => plain(c.body));
      expect(sha1).toHaveLength(2);
      // Each message says what its gateway does; no generic sentence repeats it (nor a truststore's upload).
      expect(sha1.find((body) => body.includes('[api (aws-api-gateway)]'))).toMatch(/gets 403 Forbidden/);
      expect(sha1.find((body) => body.includes('[lb (aws-alb)]'))).toMatch(/failed TLS handshake/);
      for (const body of sha1) expect(body).not.toMatch(/At the gateway|upload/);
      expect(plain(fake.reviewComments.find((c) => c.path === 'certs/alb.pem')!.body)).toContain('[lb (aws-alb)]');

      // The sticky comment and the job summary count each target on its own.
      for (const text of [fake.issueComments[0]!.body, run.summary].map(plain)) {
        expect(text).toContain(
          '| target | profile | errors | warnings | notices | clients accepted | clients refused |',
        );
        expect(text).toMatch(/\| api \| `aws-api-gateway` \| \d+ \|/);
        expect(text).toMatch(/\| lb \| `aws-alb` \| 2 \| 0 \| 0 \| 0 \| 1 \|/);
        expect(text).toContain('<details><summary>Counts</summary>');
      }
    });
  });

  describe('a hostile pull request', () => {
    const MALLORY = { login: 'mallory', type: 'User' };

    test('copies of the bot markers by another user neither silence the bot nor get edited by it', async () => {
      await withFake({}, workspace, async (fake, url) => {
        // A first run shows which markers the bot writes.
        await runAction(node, workspace, url);
        const sha1 = fake.reviewComments.find((c) => c.path === 'certs/clients/sha1.pem')!;
        const marker = /<!-- truststore-check:finding [^>]+ -->/.exec(sha1.body)![0];
        const summaryMarker = '<!-- truststore-check:summary check=truststore-check -->';
        // Mallory copies them: onto a maintainer-looking comment, a "fixed" marker and an undecodable one.
        fake.reviewComments.length = 0;
        fake.issueComments.length = 0;
        const copy = fake.plantReviewComment({ path: sha1.path, line: sha1.line, body: `LGTM\n${marker}` }, MALLORY);
        const summaryCopy = fake.plantIssueComment(`Approved by security.\n${summaryMarker}`, MALLORY);
        fake.plantReviewComment(
          { path: sha1.path, line: sha1.line, body: '<!-- truststore-check:finding check=%E0 id=00 hash=00 -->' },
          MALLORY,
        );
        const run = await runAction(node, workspace, url);
        expectNoStackTrace(run);
        // Nothing of Mallory's was edited, and the bot still speaks: its own review comment and summary.
        expect(fake.requests.filter((r) => r.method === 'PATCH' && r.path.includes('/comments/'))).toEqual([]);
        expect(fake.reviewComments.find((c) => c.id === copy)!.body).toBe(`LGTM\n${marker}`);
        expect(fake.issueComments.find((c) => c.id === summaryCopy)!.body).toBe(
          `Approved by security.\n${summaryMarker}`,
        );
        const own = fake.reviewComments.filter((c) => c.user.login === 'github-actions[bot]');
        expect(own.map((c) => c.path)).toContain('certs/clients/sha1.pem');
        expect(fake.issueComments.filter((c) => c.user.login === 'github-actions[bot]')).toHaveLength(1);
      });
    });

    test('an edit GitHub refuses is skipped and the other edits still happen', async () => {
      await withFake({}, workspace, async (fake, url) => {
        await runAction(node, workspace, url);
        // Every finding changes wording (another check name), so every earlier comment needs an edit; one is refused.
        const [first, ...rest] = fake.reviewComments;
        for (const comment of fake.reviewComments) comment.body = comment.body.replace(/hash=[0-9a-f]+/, 'hash=0');
        const refused = new FakeGitHub({ files: workspace.files, pageSize: 2, refuseEditsOf: [first!.id] });
        Object.assign(refused, { reviewComments: fake.reviewComments, issueComments: fake.issueComments });
        const refusedUrl = await refused.start();
        try {
          const run = await runAction(node, workspace, refusedUrl);
          expectNoStackTrace(run);
          const edits = refused.requests.filter((r) => r.method === 'PATCH' && r.path.includes('/pulls/comments/'));
          expect(edits.map((r) => r.status).sort()).toEqual([200, 200, 200, 403]);
          expect(rest.every((comment) => !comment.body.includes('hash=0 '))).toBe(true);
          expect(run.stdout).toMatch(/1 edit\(s\) refused or left for the next run/);
        } finally {
          await refused.stop();
        }
      });
    });

    test('a report with thousands of findings makes at most 1,000 check annotations (20 writes) and says how many more', async () => {
      for (let i = 1; i <= 1100; i++)
        await copyFile(
          path.join(FIXTURES, 'clients/client-sha1.pem'),
          path.join(workspace.dir, `certs/clients/legacy/bulk-${String(i).padStart(4, '0')}.pem`),
        );
      await withFake({ pageSize: 100 }, workspace, async (fake, url) => {
        const run = await runAction(node, workspace, url, { 'pr-review': 'false', 'pr-comment': 'false' });
        const total = 4 + LEGACY_COPIES + 1100;
        expect(run.outputs.errors).toBe(String(total));
        const checkRun = fake.checkRuns[0]!;
        expect(checkRun.annotations).toHaveLength(1000);
        expect(checkRun.annotationBatches).toHaveLength(20);
        expect(checkRun.output.summary).toContain(
          `${total - 1000} more findings (the least severe) are not annotated here`,
        );
      });
    });

    test('a committed link never makes the action write or read outside the workspace', async () => {
      const outside = await mkdtemp(path.join(tmpdir(), 'tsc-outside-'));
      await writeFile(path.join(outside, 'target.txt'), 'untouched');
      await symlink(path.join(outside, 'target.txt'), path.join(workspace.dir, 'report.sarif'));
      await symlink(outside, path.join(workspace.dir, 'out'));
      await withFake({}, workspace, async (_fake, url) => {
        const throughFile = await runAction(node, workspace, url, { 'sarif-file': 'report.sarif' });
        expect(throughFile.code).toBe(1);
        expect(throughFile.stdout).toMatch(/sarif-file: "report.sarif" is (not written|a symbolic link)/);
        const throughFolder = await runAction(node, workspace, url, { 'sarif-file': 'out/new/report.sarif' });
        expect(throughFolder.stdout).toMatch(/sarif-file: "out\/new\/report.sarif" is (not written|a symbolic link)/);
        const folder = await runAction(node, workspace, url, { 'working-directory': 'out' });
        expect(folder.code).toBe(1);
        expect(folder.stdout).toMatch(/working-directory: "out" is a symbolic link; links are never followed/);
      });
      expect(await readFile(path.join(outside, 'target.txt'), 'utf8')).toBe('untouched');
      expect(existsSync(path.join(outside, 'new'))).toBe(false);
    });

    test('a pull request that relaxes its own configuration is checked by the base commit policy, with a notice', async () => {
      const BASE_SHA = 'b'.repeat(40);
      await writeFile(
        path.join(workspace.dir, '.truststore-check.yml'),
        [
          'fail-on: never',
          'rules:',
          '  insecure-signature-algorithm: off',
          '  certificate-expiring-soon: error',
          'suppressions:',
          '  - rule: issuer-not-found',
          "    path: '**'",
          '    reason: trust me',
          'limits:',
          '  max-files: 100000',
        ].join('\n'),
      );
      const baseFiles = { '.truststore-check.yml': 'rules:\n  certificate-expiring-soon: warning\n' };
      await withFake({ baseFiles, baseTreeSha: BASE_SHA }, workspace, async (fake, url) => {
        const run = await runAction(node, workspace, url, {}, 'pull_request', BASE_SHA);
        expectNoStackTrace(run);
        expect(run.code).toBe(1);
        const report = JSON.parse(await readFile(run.outputs.report!, 'utf8')) as {
          findings: Array<{ ruleId: string; file: string; message: string; severity: string }>;
          suppressed: unknown[];
        };
        const rules = new Set(report.findings.map((finding) => finding.ruleId));
        expect(rules).toContain('insecure-signature-algorithm');
        expect(rules).toContain('issuer-not-found');
        expect(report.suppressed).toEqual([]);
        const notice = report.findings.find((finding) => finding.ruleId === 'configuration-change-deferred')!;
        expect(notice).toMatchObject({ file: '.truststore-check.yml', severity: 'notice' });
        for (const key of ['fail-on', 'rules', 'suppressions', 'limits'])
          expect(notice.message).toContain(`\`${key}\``);
        // The base configuration was read at the base commit through the git trees and blobs API (the clone lacks it).
        expect(fake.requests.some((r) => r.path === `/repos/acme/certs/git/trees/${BASE_SHA}`)).toBe(true);
        expect(
          fake.requests.some(
            (r) => r.path === `/repos/acme/certs/git/blobs/${gitBlobId(baseFiles['.truststore-check.yml'])}`,
          ),
        ).toBe(true);
        expect(fake.checkRuns[0]!.conclusion).toBe('failure');
      });
    });
  });

  describe('change review: what the pull request does to who can connect', () => {
    const change = (name: string) => readFile(path.join(FIXTURES, 'changes', `${name}.pem`), 'utf8');
    /** Base: two issuing CAs with a client each; head: issuing CA B removed, a client of an unknown CA added. */
    async function sides(): Promise<{ base: Record<string, string>; head: Record<string, string> }> {
      const base = {
        'certs/truststore.pem': (await change('issuing-a')) + (await change('issuing-b')) + (await change('root')),
        'certs/clients/a1.pem': await change('client-a1'),
        'certs/clients/b1.pem': await change('client-b1'),
      };
      const head: Record<string, string> = {
        ...base,
        'certs/truststore.pem': (await change('issuing-a')) + (await change('root')),
        'certs/clients/outsider.pem': await change('outsider'),
      };
      return { base, head };
    }
    async function writeTree(dir: string, files: Record<string, string>) {
      await rm(path.join(dir, 'certs'), { recursive: true, force: true });
      for (const [file, text] of Object.entries(files)) {
        await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
        await writeFile(path.join(dir, file), text);
      }
    }
    /** The verdict first: who is locked out and by which CA's removal, who is new and refused, each with the worst reason. */
    const HEADLINE =
      /^\*\*❌ 1 client locked out \(b1\.pem: .+\) · CA removed: O=Change Fixtures, CN=Issuing CA B · 1 new client refused \(outsider\.pem: .+\)\*\*$/;

    function expectImpactFirst(text: string) {
      // The heading, then the verdict before any finding; the change's detail and the deploy step folded away.
      const lines = text.split('\n').filter((line) => line !== '' && !line.startsWith('<!--'));
      expect(lines[1]!.replace(/\\/g, '')).toMatch(HEADLINE);
      expect(text).toContain(
        '- Refused from now on \\(403 Forbidden once the new truststore is deployed\\): certs/clients/b1.pem.',
      );
      // The change fails, so its deploy step is collapsed; its command is one line per option, one block per API flavour.
      expect(text).toContain('<details><summary>Deploy step (once the findings above are fixed)</summary>');
      expect(text).toMatch(/API Gateway: upload the bundle as a new version of the S3 object/);
      expect(text).toContain(
        '```sh\naws apigateway update-domain-name \\\n  --domain-name DOMAIN \\\n  --patch-operations',
      );
      expect(text).toContain('# HTTP APIs:\naws apigatewayv2 update-domain-name \\\n  --domain-name DOMAIN');
      expect(text.indexOf('#### New findings')).toBeLessThan(text.indexOf('<details>'));
    }

    test('with the base in the clone: the summary comment, the check run and the job summary open with the impact', async () => {
      const { base, head } = await sides();
      const dir = await mkdtemp(path.join(tmpdir(), 'tsc-review-'));
      const git = (...args: string[]) =>
        execFileSync('git', ['-C', dir, ...args], {
          env: {
            ...process.env,
            GIT_AUTHOR_NAME: 't',
            GIT_AUTHOR_EMAIL: 't@t',
            GIT_COMMITTER_NAME: 't',
            GIT_COMMITTER_EMAIL: 't@t',
          },
        })
          .toString()
          .trim();
      git('init', '-q');
      await writeTree(dir, base);
      git('add', '-A');
      git('commit', '-qm', 'base');
      const baseSha = git('rev-parse', 'HEAD');
      await writeTree(dir, head);
      git('add', '-A');
      git('commit', '-qm', 'head');
      // The truststore's patch as git writes it, from the first hunk header on, as GitHub's pulls/files gives it.
      const truststorePatch = git('diff', baseSha, 'HEAD', '--', 'certs/truststore.pem').replace(
        /^[\s\S]*?(?=^@@)/m,
        '',
      );
      const review: Workspace = {
        dir,
        files: [
          addedFile('certs/clients/outsider.pem', head['certs/clients/outsider.pem']!),
          { filename: 'certs/truststore.pem', patch: truststorePatch },
        ],
      };
      try {
        await withFake({}, review, async (fake, url) => {
          const run = await runAction(
            node,
            review,
            url,
            { 'client-certificates': 'certs/clients/*.pem' },
            'pull_request',
            baseSha,
          );
          expectNoStackTrace(run);
          expect(run.code).toBe(1);
          expect(run.stdout).not.toContain('No change review');
          expectImpactFirst(fake.issueComments[0]!.body);
          expectImpactFirst(fake.checkRuns[0]!.output.summary!);
          expectImpactFirst(run.summary);
          const report = JSON.parse(await readFile(run.outputs.report!, 'utf8')) as {
            changes: { base: string; clients: Array<{ file: string; before: string; after: string }> };
          };
          expect(report.changes.base).toBe(baseSha);
          expect(report.changes.clients.map((c) => [c.file, c.before, c.after])).toEqual([
            ['certs/clients/b1.pem', 'accepted', 'refused'],
            ['certs/clients/outsider.pem', 'absent', 'refused'],
          ]);
          // Read from git: nothing asked of the API for the base's files.
          expect(fake.requests.some((r) => r.path.includes('/git/'))).toBe(false);

          // On the deleted lines of the truststore (LEFT), the clients the removed CA served.
          // (git aligns this deletion so that the block's BEGIN line is context: the comment takes its first deleted line.)
          const baseLines = base['certs/truststore.pem']!.split('\n');
          const begin = baseLines.indexOf('-----BEGIN CERTIFICATE-----', 1) + 1;
          const end = baseLines.indexOf('-----END CERTIFICATE-----', begin) + 1;
          const left = fake.reviewComments.filter((comment) => comment.side === 'LEFT');
          expect(left).toHaveLength(1);
          expect(left[0]!.path).toBe('certs/truststore.pem');
          expect(left[0]!.line).toBeGreaterThanOrEqual(begin);
          expect(left[0]!.line).toBeLessThanOrEqual(end);
          expect(truststorePatch.split('\n')).toContain(`-${baseLines[left[0]!.line - 1]!}`);
          expect(left[0]!.body).toContain(
            '**⚠️ This pull request removes O\\=Change Fixtures, CN\\=Issuing CA B from the truststore.**',
          );
          expect(left[0]!.body).toContain(
            'This client chains through it today and gets 403 Forbidden, logged as "Access denied. Reason: Could not find issuer for certificate" once the new truststore is deployed:\n\n- certs/clients/b1.pem',
          );
          // A re-run adds nothing.
          const again = await runAction(
            node,
            review,
            url,
            { 'client-certificates': 'certs/clients/*.pem' },
            'pull_request',
            baseSha,
          );
          expect(again.code).toBe(1);
          expect(fake.reviewComments.filter((comment) => comment.side === 'LEFT')).toHaveLength(1);
        });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });

    /**
     * A clone holding the base commit and the head on top, and the pull request's files as GitHub lists them
     * (each changed file's patch from its first hunk on).
     */
    async function committedChange(base: Record<string, string>, head: Record<string, string>) {
      const dir = await mkdtemp(path.join(tmpdir(), 'tsc-review-'));
      const git = (...args: string[]) =>
        execFileSync('git', ['-C', dir, ...args], {
          env: {
            ...process.env,
            GIT_AUTHOR_NAME: 't',
            GIT_AUTHOR_EMAIL: 't@t',
            GIT_COMMITTER_NAME: 't',
            GIT_COMMITTER_EMAIL: 't@t',
          },
        })
          .toString('latin1')
          .trim();
      git('init', '-q');
      await writeTree(dir, base);
      git('add', '-A');
      git('commit', '-qm', 'base');
      const baseSha = git('rev-parse', 'HEAD');
      await writeTree(dir, head);
      git('add', '-A');
      git('commit', '-qm', 'head');
      const files: PullRequestFile[] = Object.keys(head)
        .filter((file) => head[file] !== base[file])
        .map((file) => ({
          filename: file,
          patch: git('diff', '--text', baseSha, 'HEAD', '--', file).replace(/^[\s\S]*?(?=^@@)/m, ''),
        }));
      const review: Workspace = { dir, files };
      return { review, baseSha };
    }

    /** The CAs a run's report lists as added to and removed from the truststore, by subject. */
    async function trustChanges(run: ActionRun) {
      const report = JSON.parse(await readFile(run.outputs.report!, 'utf8')) as {
        changes: { truststore: { added: Array<{ subject: string }>; removed: Array<{ subject: string }> } };
      };
      const subjects = (list: Array<{ subject: string }>) => list.map((entry) => entry.subject);
      return { added: subjects(report.changes.truststore.added), removed: subjects(report.changes.truststore.removed) };
    }

    test("a pull request that hides a CA from OpenSSL's reader fails, and the review lists the CA as removed", async () => {
      const base = {
        'certs/truststore.pem': (await change('issuing-a')) + (await change('issuing-b')) + (await change('root')),
        'certs/clients/a1.pem': await change('client-a1'),
        'certs/clients/b1.pem': await change('client-b1'),
      };
      // One space before Issuing CA B's BEGIN line: the block still looks like one, but OpenSSL reads past it.
      const head = {
        ...base,
        'certs/truststore.pem': base['certs/truststore.pem'].replace(/\n-----BEGIN/, '\n -----BEGIN'),
      };
      const { review, baseSha } = await committedChange(base, head);
      try {
        await withFake({}, review, async (fake, url) => {
          const run = await runAction(
            node,
            review,
            url,
            { 'client-certificates': 'certs/clients/*.pem' },
            'pull_request',
            baseSha,
          );
          expectNoStackTrace(run);
          expect(run.code).toBe(1);
          expect(fake.checkRuns[0]!.conclusion).toBe('failure');
          expect(await trustChanges(run)).toEqual({ added: [], removed: ['O=Change Fixtures, CN=Issuing CA B'] });
          const left = fake.reviewComments.filter((comment) => comment.side === 'LEFT');
          expect(left.map((comment) => comment.body).join('\n')).toContain(
            '**⚠️ This pull request removes O\\=Change Fixtures, CN\\=Issuing CA B from the truststore.**',
          );
          const right = fake.reviewComments.filter((comment) => comment.side === 'RIGHT');
          expect(right.map((comment) => comment.body).join('\n')).toMatch(
            /file-not-loadable.*reads as text, not as the start of a block/,
          );
        });
      } finally {
        await rm(review.dir, { recursive: true, force: true });
      }
    });

    test('a pull request that smuggles a certificate through delimiter bytes fails, and the review lists it as added', async () => {
      const base = {
        'certs/truststore.pem': (await change('issuing-a')) + (await change('root')),
        'certs/clients/a1.pem': await change('client-a1'),
      };
      // After the root, Issuing CA B behind a control byte at the end of its BEGIN line: text to a reader of the
      // diff (and to Go), a certificate to OpenSSL, which strips the byte.
      const smuggled = (await change('issuing-b')).replace(
        '-----BEGIN CERTIFICATE-----',
        '-----BEGIN CERTIFICATE-----\x01',
      );
      const head = { ...base, 'certs/truststore.pem': base['certs/truststore.pem'] + smuggled };
      const { review, baseSha } = await committedChange(base, head);
      try {
        await withFake({}, review, async (fake, url) => {
          const run = await runAction(
            node,
            review,
            url,
            { 'client-certificates': 'certs/clients/*.pem' },
            'pull_request',
            baseSha,
          );
          expectNoStackTrace(run);
          expect(run.code).toBe(1);
          expect(fake.checkRuns[0]!.conclusion).toBe('failure');
          expect(await trustChanges(run)).toEqual({ added: ['O=Change Fixtures, CN=Issuing CA B'], removed: [] });
          expect(fake.issueComments[0]!.body).toContain('Issuing CA B');
          const right = fake.reviewComments.filter((comment) => comment.side === 'RIGHT');
          expect(right.map((comment) => comment.body).join('\n')).toMatch(
            /readers-disagree.*only OpenSSL loads O\\=Change Fixtures, CN\\=Issuing CA B/,
          );
        });
      } finally {
        await rm(review.dir, { recursive: true, force: true });
      }
    });

    /** A checkout of `files` without the base commit (a shallow one), with the pull request's `changed` files. */
    async function inShallowCheckout(
      files: Record<string, string>,
      changed: PullRequestFile[],
      body: (review: Workspace) => Promise<void>,
    ) {
      const dir = await mkdtemp(path.join(tmpdir(), 'tsc-shallow-'));
      try {
        await writeTree(dir, files);
        commitAll(dir);
        await body({ dir, files: changed });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }
    const BASE_SHA = 'b'.repeat(40);

    test('in a shallow checkout the base files come through the API, with the same impact', async () => {
      const { base, head } = await sides();
      const changed = [addedFile('certs/clients/outsider.pem', head['certs/clients/outsider.pem']!)];
      await inShallowCheckout(head, changed, (review) =>
        withFake({ baseFiles: base, baseTreeSha: BASE_SHA }, review, async (fake, url) => {
          const run = await runAction(
            node,
            review,
            url,
            { 'client-certificates': 'certs/clients/*.pem' },
            'pull_request',
            BASE_SHA,
          );
          expectNoStackTrace(run);
          expect(run.stdout).toContain('read through the API (the checkout is shallow)');
          expectImpactFirst(fake.issueComments[0]!.body);
          expectImpactFirst(fake.checkRuns[0]!.output.summary!);
          // One listing of the base's root folder for its configuration file, one recursive listing for the files.
          const listing = fake.requests.filter((r) => r.path === `/repos/acme/certs/git/trees/${BASE_SHA}`);
          expect(listing.map((r) => r.query.get('recursive'))).toEqual([null, 'true']);
          // Only what the change touched is fetched (the truststore); the clients' unchanged files are the checkout's.
          const blobs = fake.requests.filter((r) => r.path.includes('/git/blobs/'));
          expect(blobs.map((r) => r.path.split('/').at(-1))).toEqual([gitBlobId(base['certs/truststore.pem']!)]);
        }),
      );
    });

    test('a base GitHub cannot list whole costs the review with a warning, not the check', async () => {
      const { base, head } = await sides();
      await inShallowCheckout(head, [], (review) =>
        withFake({ baseFiles: base, baseTreeSha: BASE_SHA, truncateTree: true }, review, async (fake, url) => {
          const run = await runAction(
            node,
            review,
            url,
            { 'client-certificates': 'certs/clients/*.pem', 'fail-on-new': 'true' },
            'pull_request',
            BASE_SHA,
          );
          expectNoStackTrace(run);
          expect(run.stdout).toMatch(/::warning::No change review against bbbbbbbbbbbb: GitHub truncated the listing/);
          // Without a base every finding counts as new: fail-on-new cannot turn a failure into a pass.
          expect(run.code).toBe(1);
          expect(fake.checkRuns[0]!.conclusion).toBe('failure');
          expect(fake.checkRuns[0]!.output.summary).not.toContain('This change');
        }),
      );
    });

    test('a change touching more files than the API budget allows costs the review with a warning, not the check', async () => {
      const { base, head } = await sides();
      // 301 client files at the base that the head does not have, and the changed truststore: 302 blob requests.
      const many = { ...base };
      for (let i = 0; i < 301; i++) many[`certs/clients/old-${i}.pem`] = `not a certificate ${i}\n`;
      await inShallowCheckout(head, [], (review) =>
        withFake({ baseFiles: many, baseTreeSha: BASE_SHA }, review, async (fake, url) => {
          const run = await runAction(
            node,
            review,
            url,
            { 'client-certificates': 'certs/clients/*.pem' },
            'pull_request',
            BASE_SHA,
          );
          expectNoStackTrace(run);
          expect(run.stdout).toMatch(
            /::warning::No change review against bbbbbbbbbbbb: the change touches 302 checked files, more than the 300/,
          );
          expect(fake.requests.some((r) => r.path.includes('/git/blobs/'))).toBe(false);
          expect(fake.checkRuns[0]!.conclusion).toBe('failure');
        }),
      );
    });

    test('on push the base is the commit pushed over; fail-on-new still fails a change that adds an error', async () => {
      const { base, head } = await sides();
      const before = 'c'.repeat(40);
      await inShallowCheckout(head, [], async (review) => {
        await withFake({ baseFiles: base, baseTreeSha: before }, review, async (fake, url) => {
          const run = await runAction(
            node,
            review,
            url,
            { 'client-certificates': 'certs/clients/*.pem', 'fail-on-new': 'true' },
            'push',
            undefined,
            { before, after: HEAD_SHA },
          );
          expectNoStackTrace(run);
          expect(run.code).toBe(1);
          expect(fake.requests.some((r) => r.path === `/repos/acme/certs/git/trees/${before}`)).toBe(true);
          expectImpactFirst(fake.checkRuns[0]!.output.summary!);
          expect(fake.checkRuns[0]!.conclusion).toBe('failure');
          // A push creates no review and no comment, whatever the base.
          expect(fake.requests.some((r) => /pulls|issues/.test(r.path))).toBe(false);
        });
        // A new branch (before is all zeros) has no base: the check runs as without one.
        await withFake({}, review, async (fake, url) => {
          const run = await runAction(
            node,
            review,
            url,
            { 'client-certificates': 'certs/clients/*.pem' },
            'push',
            undefined,
            {
              before: '0'.repeat(40),
              after: HEAD_SHA,
            },
          );
          expectNoStackTrace(run);
          expect(run.stdout).not.toContain('No change review');
          expect(fake.requests.some((r) => r.path.includes('/git/'))).toBe(false);
          expect(fake.checkRuns[0]!.output.summary).not.toContain('This change');
        });
      });
    });

    test('fail-on-new passes a pull request that adds no new finding to a repository with an old error', async () => {
      const { base } = await sides();
      const indebted = { ...base, 'certs/clients/old-outsider.pem': await change('outsider') };
      const head = { ...indebted, 'certs/clients/a2.pem': await change('client-a2') };
      await inShallowCheckout(head, [], (review) =>
        withFake({ baseFiles: indebted, baseTreeSha: BASE_SHA }, review, async (fake, url) => {
          const inputs = { 'client-certificates': 'certs/clients/*.pem' };
          const strict = await runAction(node, review, url, inputs, 'pull_request', BASE_SHA);
          expect(strict.code).toBe(1);
          const lenient = await runAction(
            node,
            review,
            url,
            { ...inputs, 'fail-on-new': 'true' },
            'pull_request',
            BASE_SHA,
          );
          expectNoStackTrace(lenient);
          expect(lenient.code).toBe(0);
          expect(fake.checkRuns.at(-1)!.conclusion).toBe('success');
          expect(fake.checkRuns.at(-1)!.output.title).toMatch(/^✅ .*nothing new$/);
        }),
      );
    });
  });
  describe('targets from the infrastructure code (no truststore input)', () => {
    /** The Terraform fixture repository committed as the base, with two bundles cut to their first two blocks at the head. */
    async function terraformChange(): Promise<{ dir: string; baseSha: string; files: PullRequestFile[] }> {
      const dir = await mkdtemp(path.join(tmpdir(), 'tsc-infra-'));
      await cp(path.join(REPO, '__tests__/repositories/terraform'), dir, { recursive: true });
      const git = (...args: string[]) =>
        execFileSync('git', ['-C', dir, ...args], {
          env: {
            ...process.env,
            GIT_AUTHOR_NAME: 't',
            GIT_AUTHOR_EMAIL: 't@t',
            GIT_COMMITTER_NAME: 't',
            GIT_COMMITTER_EMAIL: 't@t',
          },
        })
          .toString()
          .trim();
      git('init', '-q');
      git('add', '-A');
      git('commit', '-qm', 'base');
      const baseSha = git('rev-parse', 'HEAD');
      for (const bundle of ['certs/lb-truststore.pem', 'certs/api-truststore.pem']) {
        const blocks = (await readFile(path.join(dir, bundle), 'utf8')).split(/(?<=-----END CERTIFICATE-----\n)/);
        await writeFile(path.join(dir, bundle), blocks.slice(0, 2).join(''));
      }
      git('commit', '-qam', 'head');
      const files = ['certs/lb-truststore.pem', 'certs/api-truststore.pem'].map((filename) => ({
        filename,
        patch: git('diff', baseSha, 'HEAD', '--', filename).replace(/^[\s\S]*?(?=^@@)/m, ''),
      }));
      return { dir, baseSha, files };
    }

    test('each bundle judged by its gateway, and the pinned load balancer bundle reported with the impact', async () => {
      const { dir, baseSha, files } = await terraformChange();
      try {
        await withFake({}, { dir, files }, async (fake, url) => {
          const run = await runAction(
            node,
            { dir, files },
            url,
            { truststore: '', 'client-certificates': '' },
            'pull_request',
            baseSha,
          );
          expectNoStackTrace(run);
          expect(run.stdout).not.toContain('No change review');
          const report = JSON.parse(await readFile(run.outputs.report!, 'utf8')) as {
            targets: Array<{ name: string; profile: { id: string }; origin?: { file: string; line: number } }>;
            findings: Array<{ ruleId: string; file: string; line: number; target?: string }>;
          };
          expect(report.targets.map((target) => [target.name, target.profile.id, target.origin?.file])).toEqual([
            ['partners', 'gcp-load-balancer', 'gcp/main.tf'],
            ['partners-aws-alb', 'aws-alb', 'lb.tf'],
            ['api', 'aws-api-gateway', 'main.tf'],
            ['partners.this', 'aws-api-gateway', 'modules/api-mtls/main.tf'],
          ]);
          // ALB refuses the blank line the API Gateway bundles have too; only the load balancer's version is pinned.
          // (The fixture CRL is judged at today's date, so crl-* findings may come and go: they are left out.)
          expect(
            report.findings
              .filter((finding) => !finding.ruleId.startsWith('crl-'))
              .map((finding) => [finding.ruleId, finding.file, finding.line]),
          ).toEqual([
            ['truststore-format', 'certs/lb-truststore.pem', 26],
            ['truststore-version-pinned', 'lb.tf', 18],
          ]);
          expect(run.code).toBe(1);
          const summary = fake.issueComments[0]!.body;
          expect(summary).toMatch(/changes 1 truststore that the gateway will not serve as it stands/);
          // Where each target comes from, and that its clients are not known.
          expect(summary).toContain('| target | profile | configured in | errors |');
          expect(summary).toMatch(
            /\| partners\\-aws\\-alb \| `aws-alb` \| aws\\_lb\\_trust\\_store\.partners \\\(lb\.tf:14\\\) \| 1 \| \d+ \| 0 \| not known \| not known \|/,
          );
          expect(summary).toContain('- Not served \\(lb.tf:18\\): The load balancer keeps the old CA bundle');
          expect(fake.checkRuns[0]!.annotations.map((a) => `${String(a.path)}:${String(a.start_line)}`)).toContain(
            'lb.tf:18',
          );
        });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });

    test('a pull request cannot take a truststore out of the check with a configuration of its own', async () => {
      const { dir, baseSha, files } = await terraformChange();
      try {
        // The base has no .truststore-check.yml; the pull request adds one that selects a harmless file only.
        await writeFile(path.join(dir, '.truststore-check.yml'), 'truststore: gcp/anchors.pem\n');
        await withFake({}, { dir, files }, async (fake, url) => {
          const run = await runAction(
            node,
            { dir, files },
            url,
            { truststore: '', 'client-certificates': '' },
            'pull_request',
            baseSha,
          );
          expectNoStackTrace(run);
          const report = JSON.parse(await readFile(run.outputs.report!, 'utf8')) as {
            targets: Array<{ name: string; profile: { id: string } }>;
            findings: Array<{ ruleId: string; file: string }>;
          };
          // The base's load balancer is still judged by ALB's rules: its blank line is still an error.
          expect(report.targets.map((target) => target.profile.id)).toContain('aws-alb');
          expect(report.findings.map((finding) => [finding.ruleId, finding.file])).toContainEqual([
            'truststore-format',
            'certs/lb-truststore.pem',
          ]);
          expect(run.code).toBe(1);
          expect(fake.checkRuns[0]!.conclusion).toBe('failure');
        });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });

    test('in a shallow checkout the base infrastructure comes through the API, with the same finding', async () => {
      const { dir, baseSha, files } = await terraformChange();
      const read = (file: string) => execFileSync('git', ['-C', dir, 'show', `${baseSha}:${file}`]).toString();
      const baseFiles: Record<string, string> = {};
      for (const file of execFileSync('git', ['-C', dir, 'ls-tree', '-r', '--name-only', baseSha])
        .toString()
        .split('\n'))
        if (file) baseFiles[file] = read(file);
      // A checkout of depth 1: one commit holding the head's files, without the base.
      await rm(path.join(dir, '.git'), { recursive: true, force: true });
      commitAll(dir);
      const BASE = 'c'.repeat(40);
      try {
        await withFake({ baseFiles, baseTreeSha: BASE }, { dir, files }, async (fake, url) => {
          const run = await runAction(
            node,
            { dir, files },
            url,
            { truststore: '', 'client-certificates': '' },
            'pull_request',
            BASE,
          );
          expectNoStackTrace(run);
          expect(run.stdout).toContain('read through the API (the checkout is shallow)');
          const report = JSON.parse(await readFile(run.outputs.report!, 'utf8')) as {
            findings: Array<{ ruleId: string; file: string; line: number }>;
          };
          expect(
            report.findings.filter((f) => f.ruleId === 'truststore-version-pinned').map((f) => [f.file, f.line]),
          ).toEqual([['lb.tf', 18]]);
          // Only what the change touched is fetched (the two bundles, which had one content at the base);
          // the unchanged infrastructure code is the checkout's.
          const blobs = fake.requests.filter((r) => r.path.includes('/git/blobs/'));
          expect(blobs.map((r) => r.path.split('/').at(-1))).toEqual([
            gitBlobId(baseFiles['certs/lb-truststore.pem']!),
          ]);
          expect(baseFiles['certs/api-truststore.pem']).toBe(baseFiles['certs/lb-truststore.pem']);
        });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  });
  test('with no configuration at the base, no inputs and no infrastructure code, the check stops', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tsc-nopolicy-'));
    try {
      await mkdir(path.join(dir, 'certs'));
      await copyFile(path.join(FIXTURES, 'truststores/standard.pem'), path.join(dir, 'certs/truststore.pem'));
      const baseSha = commitAll(dir);
      // The pull request adds a configuration of its own: it must not choose what its own check reads.
      await writeFile(path.join(dir, '.truststore-check.yml'), 'truststore: certs/truststore.pem\n');
      commitAll(dir);
      await withFake({}, { dir, files: [] }, async (fake, url) => {
        const run = await runAction(
          node,
          { dir, files: [] },
          url,
          { truststore: '', 'client-certificates': '' },
          'pull_request',
          baseSha,
        );
        expectNoStackTrace(run);
        expect(run.code).toBe(1);
        expect(run.stdout).toMatch(
          /::error::truststore-check: the base commit has no configuration file .* policy checks nothing; the \.truststore-check\.yml this pull request adds applies once it is merged/,
        );
        expect(fake.checkRuns.filter((check) => check.conclusion === 'success')).toEqual([]);
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
  describe('suggested changes', () => {
    const fixture = (name: string) => readFile(path.join(FIXTURES, 'changes', `${name}.pem`), 'utf8');

    /** GitHub's one-click "Commit suggestion": the comment's lines become the block's lines (none: deleted). */
    function applySuggestion(text: string, comment: { start_line?: number; line: number; body: string }): string {
      const block = /^(`{3,})suggestion\n([\s\S]*?)^\1$/m.exec(comment.body)!;
      const replacement = block[2] === '' ? [] : block[2]!.replace(/\n$/, '').split('\n');
      const lines = text.replace(/\n$/, '').split('\n');
      lines.splice(
        (comment.start_line ?? comment.line) - 1,
        comment.line - (comment.start_line ?? comment.line) + 1,
        ...replacement,
      );
      return lines.length > 0 ? `${lines.join('\n')}\n` : '';
    }

    /** The subjects OpenSSL loads from a file (`crl2pkcs7 -certfile`), as the tool writes names. */
    function opensslSubjects(file: string): string[] {
      const pkcs7 = execFileSync('openssl', ['crl2pkcs7', '-nocrl', '-certfile', file]);
      return execFileSync('openssl', ['pkcs7', '-print_certs', '-noout'], { input: pkcs7 })
        .toString()
        .split('\n')
        .filter((line) => line.startsWith('subject='))
        .map((line) => line.slice('subject='.length).replace(/ = /g, '='));
    }

    /**
     * After a suggestion is applied: the file it changed loads in OpenSSL exactly what it loaded before plus the
     * CAs the suggestion says it adds, and `openssl verify` trusts, through the new truststore, the clients that
     * needed them.
     */
    async function expectOpensslTrustsWhatItNames(body: string, applied: string, original: string) {
      const scratch = await mkdtemp(path.join(tmpdir(), 'tsc-openssl-'));
      try {
        const before = path.join(scratch, 'before.pem');
        await writeFile(before, original);
        const named = [...body.matchAll(/Suggested fix:\*\* Add (.+?) to the truststore/g)].flatMap((match) =>
          match[1]!.replace(/\\(.)/g, '$1').split(', then '),
        );
        const was = new Set(opensslSubjects(before));
        const now = new Set(opensslSubjects(applied));
        expect({
          added: [...now].filter((s) => !was.has(s)).sort(),
          removed: [...was].filter((s) => !now.has(s)),
        }).toEqual({
          added: [...named].sort(),
          removed: [],
        });
        if (named.length > 0) {
          // The client that sends the CA is trusted through the new truststore alone.
          const leaf = path.join(scratch, 'leaf.pem');
          await writeFile(leaf, await fixture('client-b1'));
          execFileSync('openssl', ['verify', '-attime', '1767225600', '-CAfile', applied, leaf], { stdio: 'pipe' });
        }
      } finally {
        await rm(scratch, { recursive: true, force: true });
      }
    }

    test('a truststore behind a byte-order mark: the suggestion rewrites it in canonical PEM, and OpenSSL loads the same', async () => {
      const truststore = `\ufeff${await fixture('issuing-a')}${await fixture('root')}`;
      const dir = await mkdtemp(path.join(tmpdir(), 'tsc-suggest-'));
      await mkdir(path.join(dir, 'certs/clients'), { recursive: true });
      await writeFile(path.join(dir, 'certs/truststore.pem'), truststore);
      await writeFile(path.join(dir, 'certs/clients/a1.pem'), await fixture('client-a1'));
      commitAll(dir);
      const review: Workspace = { dir, files: [addedFile('certs/truststore.pem', truststore)] };
      try {
        await withFake({}, review, async (fake, url) => {
          const run = await runAction(node, review, url, { 'client-certificates': 'certs/clients/*.pem' });
          expectNoStackTrace(run);
          const comment = fake.reviewComments.find((c) => c.body.includes('`readers-disagree`'))!;
          expect(comment.body).toContain('```suggestion\n-----BEGIN CERTIFICATE-----\n');
          const applied = path.join(dir, 'certs/truststore.pem');
          await writeFile(applied, applySuggestion(truststore, comment));
          await expectOpensslTrustsWhatItNames(comment.body, applied, truststore);
          expect(await readFile(applied, 'utf8')).toBe(truststore.slice(1));
        });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });

    test('a fix too long for a comment is not offered: a suggestion cut short would write half a file', async () => {
      const pair = (await fixture('issuing-a')) + (await fixture('root'));
      // Blank lines at both ends of a bundle of over 65,536 characters: the fix would replace all of it.
      const truststore = `\n${pair.repeat(Math.ceil(70_000 / pair.length))}\n`;
      const dir = await mkdtemp(path.join(tmpdir(), 'tsc-suggest-'));
      await mkdir(path.join(dir, 'certs'), { recursive: true });
      await writeFile(path.join(dir, 'certs/truststore.pem'), truststore);
      commitAll(dir);
      const review: Workspace = { dir, files: [addedFile('certs/truststore.pem', truststore)] };
      try {
        await withFake({}, review, async (fake, url) => {
          const run = await runAction(node, review, url, { profile: 'aws-alb', 'client-certificates': '' });
          expectNoStackTrace(run);
          const blank = fake.reviewComments.find((comment) => comment.body.includes('Blank line'))!;
          expect(blank.body).not.toContain('```suggestion');
          // The repeated blocks' suggestions (short) are offered, whole.
          const offered = fake.reviewComments.filter((comment) => comment.body.includes('```suggestion\n```'));
          expect(offered.length).toBeGreaterThan(0);
        });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });

    test('each suggestion applies cleanly, and the check run again no longer reports its finding', async () => {
      const dump = 'Certificate:\n    Data:\n        Version: 3 (0x2)\n';
      const issuingA = await fixture('issuing-a');
      const files = {
        // A text dump, a repeated block; client b1 sends Issuing CA B, which the truststore lacks.
        'certs/truststore.pem': dump + issuingA + issuingA + (await fixture('root')),
        // Written CA first.
        'certs/clients/a1.pem': issuingA + (await fixture('client-a1')),
        'certs/clients/b1.pem': (await fixture('client-b1')) + (await fixture('issuing-b')),
      };
      const dir = await mkdtemp(path.join(tmpdir(), 'tsc-suggest-'));
      const write = async (root: string, content: Record<string, string>) => {
        for (const [file, text] of Object.entries(content)) {
          await mkdir(path.dirname(path.join(root, file)), { recursive: true });
          await writeFile(path.join(root, file), text);
        }
      };
      await write(dir, files);
      commitAll(dir);
      const review: Workspace = { dir, files: Object.entries(files).map(([name, text]) => addedFile(name, text)) };
      const inputs = { 'client-certificates': 'certs/clients/*.pem' };
      const rulesIn = async (run: ActionRun) =>
        (
          JSON.parse(await readFile(run.outputs.report!, 'utf8')) as { findings: Array<{ ruleId: string }> }
        ).findings.map((finding) => finding.ruleId);
      try {
        await withFake({}, review, async (fake, url) => {
          const run = await runAction(node, review, url, inputs);
          expectNoStackTrace(run);
          const before = await rulesIn(run);
          const suggested = fake.reviewComments.filter((comment) => comment.body.includes('```suggestion'));
          // Which rule each suggestion answers: the first rule id the comment names.
          const answers = suggested.map((comment) => /`([a-z-]+)`/.exec(comment.body)![1]!);
          expect(answers.sort()).toEqual([
            'client-not-end-entity',
            'duplicate-certificate',
            'issuer-not-found',
            'truststore-format',
          ]);
          for (const rule of answers) expect(before).toContain(rule);

          for (const comment of suggested) {
            const rule = /`([a-z-]+)`/.exec(comment.body)![1]!;
            const copy = await mkdtemp(path.join(tmpdir(), 'tsc-suggested-'));
            try {
              await write(copy, {
                ...files,
                [comment.path]: applySuggestion(files[comment.path as keyof typeof files], comment),
              });
              commitAll(copy);
              const again = await runAction(node, { dir: copy, files: [] }, url, { ...inputs, 'pr-review': 'false' });
              expectNoStackTrace(again);
              const after = await rulesIn(again);
              expect({ rule, after: after.filter((id) => id === rule) }).toEqual({ rule, after: [] });
              // The fix breaks nothing else: no rule fires that did not before.
              expect(after.filter((id) => !before.includes(id))).toEqual([]);
              await expectOpensslTrustsWhatItNames(
                comment.body,
                path.join(copy, comment.path),
                files[comment.path as keyof typeof files],
              );
            } finally {
              await rm(copy, { recursive: true, force: true });
            }
          }
        });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  });
  describe('the expiry issue on scheduled runs', () => {
    const MARKER = '<!-- truststore-check:expiry-issue check=truststore-check -->';
    const schedule = (url: string, inputs: Record<string, string> = {}, eventName = 'schedule') =>
      runAction(node, workspace, url, { 'expiry-issue': 'true', ...inputs }, eventName, undefined, {});
    const issueWrites = (fake: FakeGitHub) =>
      fake.requests.filter((r) => r.method !== 'GET' && /\/issues(\/\d+)?$/.test(r.path));

    test("opened for what expires, edited when the list changes, closed when it is empty; nobody else's issue is touched", async () => {
      await withFake({}, workspace, async (fake, url) => {
        const imitation = { user: { login: 'mallory', type: 'User' }, title: 'copy', body: `mine\n${MARKER}` };
        fake.plantIssue({ ...imitation, state: 'open' });
        // The issues list includes pull requests: one of the bot's with the marker is not the issue.
        fake.plantIssue({ ...imitation, user: ACTIONS_BOT, state: 'open', pull_request: { url: 'pr' } });

        const first = await schedule(url);
        expectNoStackTrace(first);
        expect(first.code).toBe(1);
        const own = () => fake.issues.filter((issue) => issue.user.login === ACTIONS_BOT.login && !issue.pull_request);
        expect(own()).toHaveLength(1);
        expect(own()[0]).toMatchObject({ state: 'open', title: 'truststore-check: 1 expired' });
        expect(own()[0]!.body).toContain('[certs/clients/expired.pem:1](https://github.com/acme/certs/blob/');
        expect(own()[0]!.body.endsWith(MARKER)).toBe(true);
        expect(first.stdout).toMatch(/Expiry issue: issue #\d+ opened\./);

        // The same list: nothing is written.
        const writes = issueWrites(fake).length;
        expect((await schedule(url)).stdout).toMatch(/issue #\d+ unchanged/);
        expect(issueWrites(fake)).toHaveLength(writes);

        // A wider window: the certificates expiring within it join the list, in the same issue (a manual run too).
        await schedule(url, { 'expiry-warning-days': '36500' }, 'workflow_dispatch');
        expect(own()).toHaveLength(1);
        expect(own()[0]!.title).toMatch(/^truststore-check: 1 expired, \d+ expiring within 36500 days$/);

        // Nothing left: closed as completed.
        await rm(path.join(workspace.dir, 'certs/clients/expired.pem'));
        const last = await schedule(url);
        expect(last.stdout).toMatch(/issue #\d+ closed/);
        expect(own()).toHaveLength(1);
        expect(own()[0]).toMatchObject({ state: 'closed', state_reason: 'completed' });

        // Never on a pull request or a push, whatever the input says.
        const before = fake.requests.length;
        await runAction(node, workspace, url, { 'expiry-issue': 'true' });
        await runAction(node, workspace, url, { 'expiry-issue': 'true' }, 'push', undefined, {});
        expect(fake.requests.slice(before).some((r) => /\/issues(\/\d+)?$/.test(r.path))).toBe(false);
        for (const issue of fake.issues.filter((issue) => issue.user.login === 'mallory' || issue.pull_request))
          expect(issue).toMatchObject({ ...imitation, user: issue.user, state: 'open' });
      });
    });

    test('a token that may not write issues: one warning naming the permission; the result is the check', async () => {
      await withFake({ readOnly: true }, workspace, async (fake, url) => {
        const run = await schedule(url, { 'check-run': 'false' });
        expectNoStackTrace(run);
        expect(run.code).toBe(1);
        expect(run.stdout).toMatch(/::warning::.*no expiry issue was posted.*permissions: \{ issues: write \}/);
        expect(fake.issues).toHaveLength(0);
      });
    });
  });
});
