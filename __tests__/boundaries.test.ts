import { execFile, execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, open, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { check, CHECK_TIME, FIXTURES, findingsOf, runCli } from './helpers.js';

/** A scratch repository with a truststore and one client, plus whatever a test adds. */
async function repository(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'tsc-boundary-'));
  await mkdir(path.join(root, 'certs'));
  await copyFile(path.join(FIXTURES, 'truststores/standard.pem'), path.join(root, 'certs/truststore.pem'));
  await copyFile(path.join(FIXTURES, 'clients/client-p256.pem'), path.join(root, 'certs/client.pem'));
  return root;
}

describe('the workspace is a boundary', () => {
  test('a symbolic link out of the repository is reported and not followed', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'tsc-outside-'));
    await copyFile(path.join(FIXTURES, 'clients/client-sha1.pem'), path.join(outside, 'secret.pem'));
    const root = await repository();
    await symlink(path.join(outside, 'secret.pem'), path.join(root, 'certs/linked.pem'));
    const report = await check({ truststore: ['certs/truststore.pem'], clients: ['certs/*.pem'] }, root);
    expect(findingsOf(report, 'file-not-read', 'certs/linked.pem').map((f) => f.message)).toEqual([
      'The file was not read in full: it is a symbolic link to a path outside the repository, which is not followed.',
    ]);
    // Nothing from behind the link was read.
    expect(report.certificates.filter((c) => c.file === 'certs/linked.pem')).toEqual([]);
    expect(findingsOf(report, 'insecure-signature-algorithm')).toEqual([]);
  });

  test('a symbolic link inside the repository is followed; a broken one is reported', async () => {
    const root = await repository();
    await symlink('client.pem', path.join(root, 'certs/alias.pem'));
    await symlink('missing.pem', path.join(root, 'certs/broken.pem'));
    const report = await check({ truststore: ['certs/truststore.pem'], clients: ['certs/*.pem'] }, root);
    expect(report.certificates.filter((c) => c.file === 'certs/alias.pem')).toHaveLength(1);
    expect(findingsOf(report, 'file-not-read', 'certs/broken.pem')[0]!.message).toMatch(/broken symbolic link/);
  });

  test('a folder linked from outside is not walked', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'tsc-outside-'));
    await copyFile(path.join(FIXTURES, 'clients/client-sha1.pem'), path.join(outside, 'other.pem'));
    const root = await repository();
    await symlink(outside, path.join(root, 'certs/elsewhere'));
    const report = await check({ truststore: ['certs/truststore.pem'], clients: ['certs/**/*.pem'] }, root);
    expect(report.certificates.some((c) => c.file.startsWith('certs/elsewhere'))).toBe(false);
  });

  test('a FIFO is skipped with a notice and does not block the run', async () => {
    const root = await repository();
    execFileSync('mkfifo', [path.join(root, 'certs/pipe.pem')]);
    const report = await check({ truststore: ['certs/truststore.pem'], clients: ['certs/*.pem'] }, root);
    expect(findingsOf(report, 'file-skipped', 'certs/pipe.pem')).toEqual([
      expect.objectContaining({ severity: 'notice', message: expect.stringMatching(/named pipe \(FIFO\)/) }),
    ]);
    expect(report.summary.errors).toBe(0);
  });

  test.each([['../*.pem'], ['certs/../../x.pem'], ['/etc/ssl/certs/*.pem']])(
    'glob %s is refused before anything is read',
    async (glob) => {
      const root = await repository();
      await expect(check({ truststore: ['certs/truststore.pem'], clients: [glob] }, root)).rejects.toThrow(
        /outside the repository root|is absolute/,
      );
    },
  );
});

describe('limits give findings, not failures', () => {
  test('a file over the size cap is reported and never read, even at 2 GB', async () => {
    const root = await repository();
    // A sparse 2 GB file: reading it would take seconds and gigabytes; it must be judged by its size.
    const handle = await open(path.join(root, 'certs/huge.pem'), 'w');
    await handle.truncate(2 * 1024 ** 3);
    await handle.close();
    const report = await check({ truststore: ['certs/truststore.pem'], clients: ['certs/*.pem'] }, root);
    expect(findingsOf(report, 'file-not-read', 'certs/huge.pem')[0]!.message).toMatch(
      /2,147,483,648 bytes, over the limit of 5,242,880 \(limits\.max-file-size\)/,
    );
    expect(findingsOf(report, 'malformed-certificate', 'certs/huge.pem')).toEqual([]);
  });

  test('limits are configurable: file size, objects per file, files, path steps', async () => {
    const root = await repository();
    await copyFile(path.join(FIXTURES, 'truststores/1001-certificates.pem'), path.join(root, 'certs/bulk.pem'));
    await copyFile(path.join(FIXTURES, 'clients/client-rsa2048.pem'), path.join(root, 'certs/client2.pem'));
    await copyFile(path.join(FIXTURES, 'clients/client-p384.pem'), path.join(root, 'certs/client3.pem'));
    await writeFile(path.join(root, '.truststore-check.yml'), 'limits:\n  max-objects-per-file: 500\n  max-files: 3\n');
    const report = await check(
      { truststore: ['certs/truststore.pem', 'certs/bulk.pem'], clients: ['certs/client*.pem'] },
      root,
    );
    expect(report.certificates.filter((c) => c.file === 'certs/bulk.pem')).toHaveLength(500);
    expect(findingsOf(report, 'file-not-read', 'certs/bulk.pem')[0]!.message).toMatch(
      /more than 500 blocks \(limits\.max-objects-per-file\); only those before line \d+ were read/,
    );
    // Five files matched, three allowed: the fourth carries the count, the fifth is not listed.
    const overLimit = findingsOf(report, 'file-not-read').filter((f) => /max-files/.test(f.message));
    expect(overLimit).toHaveLength(1);
    expect(overLimit[0]!.message).toMatch(
      /5 files matched, over the limit of 3 \(limits\.max-files\): this one and 1 more were not read/,
    );
  });

  test('a bad limit is a configuration error', async () => {
    const root = await repository();
    await writeFile(path.join(root, '.truststore-check.yml'), 'limits:\n  max-file-size: lots\n');
    await expect(check({ truststore: ['certs/truststore.pem'] }, root)).rejects.toThrow(
      /limits\.max-file-size: expected a whole number above 0/,
    );
    await writeFile(path.join(root, '.truststore-check.yml'), 'limits:\n  max-filesize: 10\n');
    await expect(check({ truststore: ['certs/truststore.pem'] }, root)).rejects.toThrow(/unknown key "max-filesize"/);
  });
});

describe('pathological chains stay within bounds', () => {
  test('a 100-deep intermediate chain stops at the depth limit and says how deep it really is', async () => {
    const report = await check({ truststore: ['truststores/deep-100.pem'], clients: ['chains/deep-100.pem'] });
    // Building stops one CA past API Gateway's three intermediates (the leaf and four CAs), as OpenSSL's does.
    expect(report.chains[0]).toMatchObject({ accepted: false });
    expect(report.chains[0]!.path).toHaveLength(5);
    expect(findingsOf(report, 'chain-too-long')[0]!.message).toMatch(
      /has 101 CA certificates above it \(100 intermediates and the root\)/,
    );
  });

  test('1,000 CAs sharing one subject, a client without key identifiers: the first one is taken, as OpenSSL does', async () => {
    const report = await check({
      truststore: ['truststores/same-subject-1000.pem'],
      clients: ['chains/same-subject-last.pem'],
    });
    expect(report.chains[0]).toMatchObject({ accepted: false });
    // Its signature is checked against the first CA of that name, which did not issue it.
    expect(findingsOf(report, 'chain-signature-invalid')[0]!.message).toMatch(
      /does not verify with the key of O=Fixture PKI, CN=Same Name CA/,
    );
    // The independent check: openssl verify refuses it too.
    const openssl = await promisify(execFile)('openssl', [
      'verify',
      '-no-CApath',
      '-no-CAstore',
      '-attime',
      String(Date.parse(CHECK_TIME) / 1000),
      '-CAfile',
      path.join(FIXTURES, 'truststores/same-subject-1000.pem'),
      path.join(FIXTURES, 'chains/same-subject-last.pem'),
    ]).then(
      () => 'accepted',
      () => 'refused',
    );
    expect(openssl).toBe('refused');
  });
});

describe('hostile text', () => {
  test('a subject with Markdown, HTML and a newline cannot forge lines in text output', async () => {
    const result = await runCli([
      '--at',
      CHECK_TIME,
      '--truststore',
      'truststores/standard.pem',
      '--clients',
      'chains/hostile-subject.pem',
    ]);
    expect(result.code).toBe(1);
    const line = result.stdout.split('\n').find((l) => l.includes('octocat'))!;
    expect(line).toContain('\\0A\\# h | c');
    expect(result.stdout.split('\n').some((l) => l.startsWith('# h'))).toBe(false);
    const json = JSON.parse(
      (
        await runCli([
          '--at',
          CHECK_TIME,
          '--format',
          'json',
          '--truststore',
          'truststores/standard.pem',
          '--clients',
          'chains/hostile-subject.pem',
        ])
      ).stdout,
    );
    expect(json.chains[0].subject).toContain('\\0A');
    expect(await readFile(path.join(FIXTURES, 'chains/hostile-subject.pem'), 'utf8')).toContain('BEGIN CERTIFICATE');
  });
});
