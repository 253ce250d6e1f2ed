import type { Finding } from '../src/findings/finding.js';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { createClient } from '../src/action/github/client.js';
import { publishReview } from '../src/action/github/review.js';
import { deletionFix, suggestion } from '../src/action/github/review-comments.js';
import { diffLines } from '../src/action/diff.js';
import { checkChange } from '../src/change.js';
import { resolveSettings } from '../src/config/load.js';
import { profileOf } from '../src/config/settings.js';
import { formatMarkdown } from '../src/report/format-markdown.js';
import { verdictHeadline } from '../src/report/headline.js';
import { trustGraph } from '../src/report/trust-graph.js';
import type { Report } from '../src/report/report.js';
import { FakeGitHub } from './action/fake-github.js';
import { caRemoval, commitPullRequest, onboarding, type FixturePullRequest } from './fixture-pull-requests.js';
import { CHECK_TIME, check, FIXTURES } from './helpers.js';

/**
 * What a reviewer reads first, from the engine's real reports of the two
 * pull requests of issue 25 (see fixture-pull-requests.ts): the headline
 * counted from chains[], every new finding worst first in the summary
 * comment, the findings on one line in one review comment, and the
 * one-click deletion of an unused expired CA.
 */

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function judged(pr: FixturePullRequest, withBase = true) {
  const { dir, files } = await commitPullRequest(pr);
  dirs.push(dir);
  const overrides = { truststore: [pr.truststore], clients: [pr.clients] };
  const settings = await resolveSettings(dir, { at: CHECK_TIME, ...overrides });
  const report = withBase ? checkChange(settings, 'HEAD~1') : await check(overrides, dir);
  return { dir, files, report, profileOf: profileOf(settings.targets) };
}

const refusedFiles = (report: Report) => report.chains.filter((chain) => !chain.accepted).map((chain) => chain.file);
const baseName = (file: string) => file.slice(file.lastIndexOf('/') + 1);

describe('the verdict headline', () => {
  test('onboarding: the new clients refused are those chains[] refuses, named first; then the key; then the rest', async () => {
    const { report } = await judged(onboarding());
    const headline = verdictHeadline(report, true);
    const refused = refusedFiles(report);
    expect(refused.map(baseName).sort()).toEqual(['billing-legacy.pem', 'ops-cli.pem', 'partner-acme.pem']);
    const parts = headline.replace(/^❌ /, '').split(' · ');
    expect(parts[0]).toMatch(new RegExp(`^${refused.length} new clients refused \\(`));
    for (const file of refused) expect(parts[0]).toContain(`${baseName(file)}: `);
    // Each client with its worst reason, in the rules' own words.
    expect(parts[0]).toContain('billing-legacy.pem: signature algorithm the gateway does not accept');
    expect(parts[0]).toContain('partner-acme.pem: issuer of a client certificate not found');
    expect(parts[1]).toBe('a private key committed (ops-cli.key)');
    expect(parts.slice(2).join(' · ')).toMatch(/expired/);
    // The accepted client is not counted as refused anywhere.
    expect(headline).not.toContain('healthy.pem');
    expect(report.chains.filter((chain) => chain.accepted).map((chain) => baseName(chain.file))).toEqual([
      'healthy.pem',
    ]);
  });

  test('without a base the count is of every client chains[] refuses', async () => {
    const { report } = await judged(onboarding(), false);
    expect(report.changes).toBeUndefined();
    expect(verdictHeadline(report, true)).toMatch(new RegExp(`^❌ ${refusedFiles(report).length} clients refused \\(`));
  });

  test('a CA removal: the clients locked out are those chains[] refuses now and accepted at the base', async () => {
    const { report } = await judged(caRemoval());
    const locked = report.changes!.clients.filter((c) => c.before === 'accepted' && c.after === 'refused');
    expect(locked.map((c) => c.file)).toEqual(refusedFiles(report));
    // The cause is named beside them: their own reason is only that their issuer is not found.
    expect(report.changes!.truststore.removed.map((ca) => ca.subject)).toEqual(['O=Change Fixtures, CN=Issuing CA A']);
    expect(verdictHeadline(report, true)).toMatch(
      /^❌ 2 clients locked out \(a1\.pem: .+; a2\.pem: .+\) · CA removed: O=Change Fixtures, CN=Issuing CA A$/,
    );
  });

  test('a passing change says so, with no failure mark', async () => {
    const pr = caRemoval();
    const { report } = await judged({ ...pr, head: pr.base });
    expect(verdictHeadline(report, false)).toBe('✅ 3 clients accepted, nothing new');
  });
});

describe('the trust graph', () => {
  /** The graph's boxes (label, unescaped, and class by id) and arrows (from and to). */
  function drawn(graph: string[]) {
    const boxes = new Map<string, { label: string; style: string }>();
    const arrows: Array<{ from: string; to: string }> = [];
    for (const line of graph) {
      const box = /^ {2}(\w+)\["(.*)"\]:::(\w+)$/.exec(line);
      if (box) {
        const label = box[2]!.replace(/#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
        boxes.set(box[1]!, { label, style: box[3]! });
      }
      const arrow = /^ {2}(\w+) (?:-\.->|-->) (\w+)$/.exec(line);
      if (arrow) arrows.push({ from: arrow[1]!, to: arrow[2]! });
    }
    return { boxes, arrows };
  }

  test('every client whose verdict changed has its own box, even beside others in its folder; arrows end in boxes', async () => {
    const pr = caRemoval();
    // A new client under the kept CA, in the same folder, named to be drawn before the two locked out.
    pr.head['certs/clients/a0-new.pem'] = pr.head['certs/clients/b1.pem']!;
    const { report } = await judged(pr);
    const { boxes, arrows } = drawn(trustGraph(report)!);
    const clientBox = (file: string) => [...boxes].filter(([, box]) => box.label.startsWith(`${file}<br/>`));
    expect(clientBox('certs/clients/a0-new.pem').map(([, box]) => box.style)).toEqual(['accepted']);
    expect(clientBox('certs/clients/a1.pem').map(([, box]) => box.style)).toEqual(['refused']);
    expect(clientBox('certs/clients/a2.pem').map(([, box]) => box.style)).toEqual(['refused']);
    expect(arrows.filter((arrow) => !boxes.has(arrow.from) || !boxes.has(arrow.to))).toEqual([]);
    // The removed CA points at the two clients it locks out, and at nothing else.
    const [removed] = [...boxes].find(([, box]) => box.style === 'removed')!;
    const targets = arrows.filter((arrow) => arrow.from === removed).map((arrow) => boxes.get(arrow.to)!.label);
    expect(targets.sort()).toEqual(['certs/clients/a1.pem<br/>refused', 'certs/clients/a2.pem<br/>refused']);
  });
});

describe('the summary comment', () => {
  test('lists every new finding in the open, worst first: errors, the committed key first, then clients, then the rest', async () => {
    const { report } = await judged(onboarding());
    const text = formatMarkdown(report, {
      title: 'truststore-check',
      findings: report.findings,
      failed: true,
      repoPath: (file) => file,
      at: new Date(CHECK_TIME),
      expiryWarningDays: 30,
      maxLength: 65536,
    });
    const visible = text.replace(/<details>[\s\S]*?<\/details>/g, '').replace(/\\/g, '');
    const fresh = report.findings.filter((finding) => finding.new !== false);
    const listed = visible.slice(visible.indexOf(`#### New findings (${fresh.length})`));
    const items = listed.split('\n').filter((line) => line.startsWith('- '));
    expect(items).toHaveLength(fresh.length);
    // Which finding each line is: its rule id and file are on it.
    const order = items.map((item) => fresh.find((f) => item.includes(f.ruleId) && item.includes(f.file))!);
    expect(order.every(Boolean)).toBe(true);
    expect(order.map((f) => f.file)).toEqual([
      'certs/clients/ops-cli.key',
      'certs/clients/billing-legacy.pem',
      'certs/clients/ops-cli.pem',
      'certs/clients/partner-acme.pem',
      'certs/truststore.pem',
    ]);
    const rank = { error: 0, warning: 1, notice: 2 };
    const severities = order.map((f) => rank[f.severity]);
    expect(severities).toEqual([...severities].sort((a, b) => a - b));
  });
});

/** The fake GitHub of the action tests, driven in-process by the action's own client. */
async function reviewed(pr: FixturePullRequest, options: { refuse?: string } = {}) {
  const { dir, files: listed, report, profileOf } = await judged(pr);
  const fake = new FakeGitHub({
    files: listed,
    ...(options.refuse ? { diffAtReview: listed.filter((f) => f.filename !== options.refuse) } : {}),
  });
  const url = await fake.start();
  process.env.TRUSTSTORE_CHECK_API_PACING_MS = '0';
  try {
    const outcome = await publishReview(
      createClient('ghs_unit', url),
      {
        eventName: 'pull_request',
        owner: 'acme',
        repo: 'certs',
        pullRequest: 7,
        headSha: 'a'.repeat(40),
        apiUrl: url,
        serverUrl: 'https://github.com',
        workspace: dir,
      },
      {
        check: 'truststore-check',
        report,
        headline: verdictHeadline(report, true),
        repoPath: (file) => file,
        profileOf,
        ownLogin: 'github-actions[bot]',
        headLines: (file) => readFileSync(path.join(dir, file), 'utf8').replace(/\n$/, '').split('\n'),
      },
    );
    return { fake, outcome, report };
  } finally {
    await fake.stop();
  }
}

/** A private key pasted into the truststore: two findings (the key, the bundle's format) on its first line. */
function keyInTruststore(): FixturePullRequest {
  const pr = onboarding();
  const withKey = readFileSync(path.join(FIXTURES, 'truststores/with-key.pem'), 'utf8');
  return { ...pr, name: 'key-in-truststore', head: { ...pr.base, 'certs/truststore.pem': withKey } };
}

describe('review comments', () => {
  test('the findings on one line are one comment, worst first, with one fix each and the gateway sentence once', async () => {
    const { fake, report } = await reviewed(keyInTruststore());
    const onKey = report.findings.filter(
      (f) =>
        f.file === 'certs/truststore.pem' &&
        f.line === report.findings.find((k) => k.ruleId === 'private-key-in-repository')!.line,
    );
    expect(onKey.map((f) => f.ruleId).sort()).toEqual(['private-key-in-repository', 'truststore-format']);
    const comments = fake.reviewComments.filter((c) => c.body.includes('private-key-in-repository'));
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body;
    expect(body.indexOf('private-key-in-repository')).toBeLessThan(body.indexOf('truststore-format'));
    expect(body).toContain('**Fix (`private-key-in-repository`):**');
    expect(body).toContain('**Fix (`truststore-format`):**');
    expect(body.match(/\*\*At the gateway:\*\*/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  test('a refused comment gives back every finding on its line, not only the worst', async () => {
    const { fake, outcome } = await reviewed(keyInTruststore(), { refuse: 'certs/truststore.pem' });
    expect(outcome.refused.length).toBeGreaterThan(0);
    expect(outcome.refused.every((where) => where.startsWith('"certs/truststore.pem" line '))).toBe(true);
    const back = outcome.notInReview.filter((f) => f.file === 'certs/truststore.pem').map((f) => f.ruleId);
    expect(back).toEqual(expect.arrayContaining(['private-key-in-repository', 'truststore-format']));
    expect(fake.reviewComments.some((c) => c.path === 'certs/truststore.pem')).toBe(false);
  });
});

describe('the one-click deletion of an unused expired CA', () => {
  test('is an empty suggestion on its lines, whose result OpenSSL reads as the truststore less that CA', async () => {
    const { dir, files, report } = await judged(onboarding());
    const expired = report.findings.find((f) => f.ruleId === 'certificate-expired')! as Finding & {
      certificate: { sha256: string };
    };
    expect(report.changes!.truststore.unused.map((ca) => ca.sha256)).toEqual([expired.certificate.sha256]);
    const file = 'certs/truststore.pem';
    const lines = readFileSync(path.join(dir, file), 'utf8').replace(/\n$/, '').split('\n');
    const diff = new Map(files.map((f) => [f.filename, diffLines(f.patch)]));
    const fix = deletionFix(file, expired.line, expired.endLine, expired.certificate.sha256);
    const offered = suggestion(fix, file, diff, () => lines);
    expect(offered).toEqual({
      at: { startLine: expired.line, line: expired.endLine },
      text: '**Suggested fix:** Delete this expired CA: no client in the repository chains through it.\n\n```suggestion\n```',
    });
    // Applied as GitHub applies it, the file holds the base's four CAs, as OpenSSL counts them.
    const after = [...lines.slice(0, expired.line - 1), ...lines.slice(expired.endLine)].join('\n') + '\n';
    writeFileSync(path.join(dir, 'applied.pem'), after);
    const printed = execFileSync('openssl', ['pkcs7', '-print_certs', '-noout'], {
      input: execFileSync('openssl', ['crl2pkcs7', '-nocrl', '-certfile', path.join(dir, 'applied.pem')]),
    }).toString();
    expect(printed.match(/^subject=/gm)).toHaveLength(4);
    expect(printed).not.toContain('Expired Issuing CA');
    // Without the certificate it removes, the fix would not hold: nothing is offered rather than a wrong edit.
    expect(suggestion({ ...fix, certificates: undefined }, file, diff, () => lines)).toBeUndefined();
  });
});
