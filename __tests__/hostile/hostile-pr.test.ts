import { copyFile, mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { commentBody } from '../../src/action/github/review-comments.js';
import { resolveSettings } from '../../src/config/load.js';
import { runCheck } from '../../src/engine.js';
import { UsageError } from '../../src/errors.js';
import { DEFAULT_PROFILE } from '../../src/profiles/registry.js';
import { formatMarkdown } from '../../src/report/format-markdown.js';
import { escapeLinkPath } from '../../src/report/markdown-escape.js';
import { CHECK_TIME, FIXTURES, runCli } from '../helpers.js';
import { commitAll, runAction } from '../action/harness.js';
import { runnerCommands } from './runner.js';

/**
 * A pull request author is an adversary: file names, subjects and the
 * configuration file are theirs. One block per way they could turn the tool
 * against the repository (the action's channels are covered end to end in
 * __tests__/action/).
 */

const RUNNER_NAMES = ['##[error file=README.md;line=1]Approved.pem', '::warning title=x::LGTM.pem'];

async function repository(files: Record<string, string>, config?: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'tsc-hostile-'));
  for (const [target, fixture] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, target)), { recursive: true });
    await copyFile(path.join(FIXTURES, fixture), path.join(dir, target));
  }
  if (config !== undefined) await writeFile(path.join(dir, '.truststore-check.yml'), config);
  return dir;
}

describe('no runner commands from names or certificate fields', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await repository({
      'truststore.pem': 'truststores/standard.pem',
      [`clients/${RUNNER_NAMES[0]}`]: 'clients/client-sha1.pem',
      [`clients/${RUNNER_NAMES[1]}`]: 'chains/foreign-issuer.pem',
    });
  });
  const args = ['--truststore', 'truststore.pem', '--clients', 'clients/*', '--at', CHECK_TIME];
  const onRunner = { ...process.env, GITHUB_ACTIONS: 'true' };

  it('the inputs are hostile: outside a runner, the output holds runner commands', async () => {
    const plain = await runCli([...args, '--format', 'text'], { cwd: dir });
    expect(runnerCommands(plain.stdout).length).toBeGreaterThan(0);
  });

  it.each(['text', 'json', 'sarif'])('--format %s on a runner holds none, and says the same', async (format) => {
    const run = await runCli([...args, '--format', format], { cwd: dir, env: onRunner });
    expect(run.code).toBe(1);
    expect(runnerCommands(run.stdout + run.stderr)).toEqual([]);
    const plain = await runCli([...args, '--format', format], { cwd: dir });
    if (format === 'text') expect(run.stdout).toContain('LGTM.pem');
    else expect(JSON.parse(run.stdout)).toEqual(JSON.parse(plain.stdout));
  });

  it("the action's log holds only the action's own commands, when the check passes too", async () => {
    const clone = await repository({
      'truststore.pem': 'truststores/standard.pem',
      [`clients/${RUNNER_NAMES[0]}`]: 'clients/client-sha1.pem',
      // A name with a line break puts the rest of it at the start of a log line, and the runner trims a NEXT LINE
      // (U+0085) there as whitespace.
      'clients/x\n::warning title=x::Looks good.pem': 'chains/foreign-issuer.pem',
      'clients/y\n\u0085::warning title=y::Ship it.pem': 'chains/foreign-issuer.pem',
    });
    commitAll(clone);
    // fail-on never: the verdict headline, which names the refused clients, is then a plain log line.
    const run = await runAction(process.execPath, { dir: clone, files: [] }, 'http://127.0.0.1:1', {
      truststore: 'truststore.pem',
      'client-certificates': 'clients/*',
      'fail-on': 'never',
      'github-token': '',
    });
    expect(run.code).toBe(0);
    // The names are in the log, so the assertion is about how they are written.
    expect(run.stdout).toContain('Approved.pem');
    expect(run.stdout).toContain('Looks good.pem');
    expect(run.stdout).toContain('Ship it.pem');
    const own = /^::(?:group|endgroup)::|^::(?:error|warning|notice) title=truststore-check\/[a-z-]+,/;
    expect(runnerCommands(run.stdout).filter((command) => !own.test(command))).toEqual([]);
  });

  it('an error message quoting a pattern from the configuration holds none', async () => {
    const run = await runCli(['--truststore', 'truststore.pem', '--clients', '::warning::none*.pem'], {
      cwd: dir,
      env: onRunner,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('matches no file');
    expect(runnerCommands(run.stderr)).toEqual([]);
  });
});

/** The HTML GitHub-flavoured Markdown makes of a body (raw HTML passed through, as GitHub sanitises it later). */
function render(markdown: string): string {
  return micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

/** The text a reader sees, entities decoded: what GitHub's mention and reference filters run on. */
function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** What GitHub would make live in rendered text: mentions, issue references, autolinks, bidi reordering. */
function liveText(html: string): string[] {
  // GitHub finds no mentions or references inside code (Mermaid diagrams are code blocks).
  const text = visibleText(html.replace(/<pre>[\s\S]*?<\/pre>|<code>[\s\S]*?<\/code>/g, ' '));
  const found: string[] = [];
  const patterns: Array<[string, RegExp]> = [
    ['mention', /(?:^|[^\w`])@[A-Za-z0-9]/g],
    ['reference', /(?:^|[^\w&])#\d/g],
    ['GH reference', /\bGH-\d/gi],
    ['repository reference', /[\w.-]+\/[\w.-]+#\d/g],
    ['bidi control', /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g],
  ];
  for (const [what, pattern] of patterns)
    for (const match of text.matchAll(pattern)) found.push(`${what}: ${match[0]}`);
  // Every link must be one the tool wrote: its rule documentation or the repository's own files.
  for (const link of html.matchAll(/<a href="([^"]*)"/g)) {
    if (!/^(https:\/\/github\.com\/truststore-check\/|https:\/\/github\.com\/acme\/certs\/blob\/)/.test(link[1]!))
      found.push(`link: ${link[1]}`);
  }
  for (const tag of html.matchAll(/<(\w+)[^>]*>/g)) {
    if (
      ![
        'a',
        'p',
        'h3',
        'h4',
        'table',
        'thead',
        'tbody',
        'tr',
        'th',
        'td',
        'code',
        'pre',
        'strong',
        'em',
        'ul',
        'li',
        'sub',
        'details',
        'summary',
        'br',
      ].includes(tag[1]!)
    )
      found.push(`element: ${tag[0]}`);
  }
  return found;
}

describe('inert text in every Markdown channel', () => {
  it('subjects and file names that are mentions, references, links and bidi controls render inert', async () => {
    const dir = await repository({
      'truststore.pem': 'truststores/standard.pem',
      'clients/@octocat #7 GH-8 (see www.x.example).pem': 'hostile/subjects/linky.pem',
      'clients/hostile.pem': 'chains/hostile-subject.pem',
      'clients/x)](javascript:alert(1)).pem': 'clients/client-sha1.pem',
    });
    const settings = await resolveSettings(dir, {
      truststore: ['truststore.pem'],
      clients: ['clients/*'],
      at: CHECK_TIME,
    });
    const report = runCheck(settings);
    expect(report.findings.length).toBeGreaterThan(2);
    const linkTo = (file: string, line: number) =>
      `https://github.com/acme/certs/blob/${'a'.repeat(40)}/${escapeLinkPath(file)}#L${line}`;
    const summary = formatMarkdown(report, {
      title: 'truststore-check',
      findings: report.findings,
      failed: true,
      linkTo,
      at: settings.at,
      expiryWarningDays: 30,
      maxLength: 65536,
    });
    // The hostile text is there, so the assertion below is about how it is written, not its absence.
    expect(visibleText(render(summary))).toContain('octocat');
    expect(liveText(render(summary))).toEqual([]);
    for (const finding of report.findings) {
      const body = commentBody([finding], DEFAULT_PROFILE, report);
      expect(liveText(render(body))).toEqual([]);
    }
  });

  it('the renderer check is not vacuous: the same text unescaped is live', () => {
    const live = liveText(render('@octocat #1 GH-2 acme/certs#3 https://evil.example www.evil.example \u202e'));
    expect(live.map((entry) => entry.split(':')[0])).toEqual(
      expect.arrayContaining(['mention', 'reference', 'GH reference', 'repository reference', 'bidi control', 'link']),
    );
  });
});

describe('bounded work on hostile input', () => {
  it('a suppression glob that backtracks for minutes in a regular expression is matched at once', async () => {
    const name = `clients/${'a'.repeat(200)}.pem`;
    const dir = await repository(
      { 'truststore.pem': 'truststores/standard.pem', [name]: 'clients/client-sha1.pem' },
      [
        'suppressions:',
        '  - rule: insecure-signature-algorithm',
        "    path: '**/*a*a*a*a*a*a*a*a*b'",
        '    reason: never matches',
      ].join('\n'),
    );
    const run = await runCli(
      ['--truststore', 'truststore.pem', '--clients', 'clients/*', '--at', CHECK_TIME, '--format', 'json'],
      {
        cwd: dir,
      },
    );
    const report = JSON.parse(run.stdout) as { findings: Array<{ ruleId: string }>; suppressed: unknown[] };
    expect(report.findings.map((finding) => finding.ruleId)).toContain('insecure-signature-algorithm');
    expect(report.suppressed).toEqual([]);
  });

  it('an RSA key with a 3,064-bit exponent is reported, and nothing it signed is verified', async () => {
    const settings = await resolveSettings(path.join(FIXTURES, 'hostile/big-exponent'), {
      truststore: ['truststore.pem'],
      clients: ['clients/*.pem'],
      at: CHECK_TIME,
    });
    const report = runCheck(settings);
    expect(report.chains).toHaveLength(40);
    expect(report.chains.every((chain) => !chain.accepted)).toBe(true);
    expect(report.findings.filter((finding) => finding.ruleId === 'chain-signature-invalid')).toEqual([]);
    // Go's x509 refuses the key outright (readers-disagree); the key's own finding says why.
    expect(
      report.findings
        .filter((finding) => finding.file === 'truststore.pem')
        .map((finding) => finding.message)
        .join('\n'),
    ).toMatch(/public exponent of 3064 bits/);
  });
});

describe('checks that mark an incomplete run cannot be switched off', () => {
  it.each([
    ['rules:\n  file-not-read: off\n', /always an error/],
    ['rules:\n  internal-error: notice\n', /always an error/],
    ['rules:\n  work-limit-reached: off\n', /always an error/],
    ['suppressions:\n  - rule: file-not-read\n    path: "**"\n    reason: hide it\n', /cannot be suppressed/],
  ])('%j is refused', async (config, message) => {
    const dir = await repository({ 'truststore.pem': 'truststores/standard.pem' }, config);
    await expect(resolveSettings(dir, { truststore: ['truststore.pem'], clients: [] })).rejects.toThrow(UsageError);
    await expect(resolveSettings(dir, { truststore: ['truststore.pem'], clients: [] })).rejects.toThrow(message);
  });
});

describe('links out of the repository are never followed', () => {
  let outside: string;
  beforeAll(async () => {
    outside = await mkdtemp(path.join(tmpdir(), 'tsc-outside-'));
    await copyFile(path.join(FIXTURES, 'clients/client-p256.pem'), path.join(outside, 'secret-client.pem'));
    await writeFile(path.join(outside, 'secrets.yml'), 'token: s3cr3t-value\n: [not yaml');
  });

  it('a configuration file linked to outside is not read, and nothing of it is quoted', async () => {
    const dir = await repository({ 'truststore.pem': 'truststores/standard.pem' });
    await symlink(path.join(outside, 'secrets.yml'), path.join(dir, '.truststore-check.yml'));
    const run = await runCli(['--truststore', 'truststore.pem'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/symbolic link to outside the folder checked/);
    expect(run.stdout + run.stderr).not.toContain('s3cr3t');
  });

  it.each(['certs/*.pem', 'certs/secret-client.pem', 'certs/**'])(
    'a folder link in the fixed part of %s is reported, not followed',
    async (pattern) => {
      const dir = await repository({ 'truststore.pem': 'truststores/standard.pem' });
      await symlink(outside, path.join(dir, 'certs'));
      const run = await runCli(
        ['--truststore', 'truststore.pem', '--clients', pattern, '--format', 'json', '--at', CHECK_TIME],
        {
          cwd: dir,
        },
      );
      const report = JSON.parse(run.stdout) as {
        findings: Array<{ ruleId: string; message: string }>;
        certificates: unknown[];
      };
      expect(report.findings.map((finding) => finding.ruleId)).toContain('file-not-read');
      expect(report.findings.find((finding) => finding.ruleId === 'file-not-read')!.message).toMatch(
        /outside the repository/,
      );
      // Only the truststore's certificates were read.
      const truststore = await readFile(path.join(FIXTURES, 'truststores/standard.pem'), 'utf8');
      expect(report.certificates).toHaveLength(truststore.split('BEGIN CERTIFICATE').length - 1);
    },
  );
});

describe('the base commit configuration governs a pull request', () => {
  const head = [
    'fail-on: never',
    'expiry-warning-days: 90',
    'rules:',
    '  weak-key: off',
    '  certificate-expiring-soon: error',
    'limits:',
    '  max-files: 100000',
    '  max-file-size: 1000',
  ].join('\n');

  it('takes only what is stricter from the pull request, and lists the rest', async () => {
    const dir = await repository({ 'truststore.pem': 'truststores/standard.pem' }, head);
    const base = 'fail-on: warning\nrules:\n  weak-key: warning\nlimits:\n  max-files: 10\n';
    const settings = await resolveSettings(dir, {
      truststore: ['truststore.pem'],
      clients: [],
      policy: { text: base, source: 'base' },
    });
    expect(settings.failOn).toBe('warning');
    expect(settings.expiryWarningDays).toBe(90);
    expect(settings.severities).toEqual({ 'weak-key': 'warning', 'certificate-expiring-soon': 'error' });
    expect(settings.limits).toMatchObject({ maxFiles: 10, maxFileSize: 1000 });
    expect(settings.deferredPolicy?.changes).toEqual(
      expect.arrayContaining([
        '`fail-on` changed',
        '`rules` changed',
        '`expiry-warning-days` added',
        '`limits` changed',
      ]),
    );
  });

  it('with no configuration at the base, the inputs and defaults govern: what the pull request adds waits for the merge', async () => {
    const dir = await repository(
      { 'certs/truststore.pem': 'truststores/standard.pem', 'certs/clients/sha1.pem': 'clients/client-sha1.pem' },
      `truststore: certs/truststore.pem\nclients: []\nprofile: openssl\nprofiles:\n  mine:\n    extends: openssl\n${head}`,
    );
    const settings = await resolveSettings(dir, {
      truststore: ['certs/truststore.pem'],
      clients: ['certs/clients/*.pem'],
      policy: { source: 'base' },
    });
    expect(settings.targets[0]!.clients).toEqual(['certs/clients/*.pem']);
    expect(settings.targets[0]!.profile.id).toBe(DEFAULT_PROFILE.id);
    expect(settings.failOn).toBe('error');
    expect(settings.severities).toEqual({ 'certificate-expiring-soon': 'error' });
    expect(settings.limits.maxFileSize).toBe(1000);
    expect(settings.deferredPolicy?.changes).toEqual(
      expect.arrayContaining(['`profile` added', '`profiles` added', '`clients` added', '`truststore` added']),
    );
  });

  it('with no configuration at the base and no inputs, the base policy selects nothing, and says why', async () => {
    const dir = await repository(
      { 'certs/truststore.pem': 'truststores/standard.pem' },
      'truststore: certs/truststore.pem\n',
    );
    const settings = await resolveSettings(dir, { policy: { source: 'base' } });
    // The pull request's own choice of files is not taken; the action stops with this unless the base's
    // infrastructure code gives targets.
    expect(settings.targets.every((target) => target.truststore.length === 0)).toBe(true);
    expect(settings.emptyPolicy).toMatch(
      /the base commit has no configuration file and no truststore or client-certificates input was given.*\.truststore-check\.yml this pull request adds applies once it is merged/,
    );
  });

  it('a suppression the pull request removes is gone at once; one it adds waits for the merge', async () => {
    const suppression = (path: string) =>
      `  - rule: insecure-signature-algorithm\n    path: ${path}\n    reason: legacy\n`;
    const dir = await repository(
      { 'truststore.pem': 'truststores/standard.pem' },
      `suppressions:\n${suppression('b/*.pem')}${suppression('c/*.pem')}`,
    );
    const settings = await resolveSettings(dir, {
      truststore: ['truststore.pem'],
      clients: [],
      policy: { text: `suppressions:\n${suppression('a/*.pem')}${suppression('b/*.pem')}`, source: 'base' },
    });
    expect(settings.suppressions.map((entry) => entry.path)).toEqual(['b/*.pem']);
    expect(settings.deferredPolicy?.changes).toEqual(['`suppressions` changed']);
  });
});
