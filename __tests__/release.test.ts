import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO } from './helpers.js';

const run = promisify(execFile);
const CHECK = path.join(REPO, 'scripts/check-release.mjs');

/** What the release workflow's first step decides for a tag, in a copy of the repository's version files. */
async function checkRelease(tag: string, edit?: (root: string) => Promise<void>) {
  const root = await mkdtemp(path.join(tmpdir(), 'tsc-release-'));
  try {
    await cp(path.join(REPO, 'package.json'), path.join(root, 'package.json'));
    await cp(path.join(REPO, 'CHANGELOG.md'), path.join(root, 'CHANGELOG.md'));
    await cp(path.join(REPO, 'src/version.ts'), path.join(root, 'src/version.ts'));
    await edit?.(root);
    return await run(process.execPath, [CHECK, tag, root]).then(
      ({ stdout }) => ({ code: 0, output: stdout }),
      (error: { code: number; stderr: string }) => ({ code: error.code, output: error.stderr }),
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** Sets every version file to `version`, as a release commit does. */
async function prepareRelease(root: string, version: string): Promise<void> {
  const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { version: string };
  await writeFile(path.join(root, 'package.json'), JSON.stringify({ ...pkg, version }));
  const source = await readFile(path.join(root, 'src/version.ts'), 'utf8');
  await writeFile(path.join(root, 'src/version.ts'), source.replace(/VERSION = '[^']+'/, `VERSION = '${version}'`));
  const changelog = await readFile(path.join(root, 'CHANGELOG.md'), 'utf8');
  await writeFile(
    path.join(root, 'CHANGELOG.md'),
    changelog.replace('## [Unreleased]', `## [${version}] - 2026-12-02`),
  );
}

describe('release tag check (scripts/check-release.mjs)', () => {
  test('accepts a tag when package.json, src/version.ts and the CHANGELOG all name its version', async () => {
    const result = await checkRelease('v9.8.7', (root) => prepareRelease(root, '9.8.7'));
    expect(result).toEqual({ code: 0, output: expect.stringContaining('agree') });
  });

  test('refuses a tag whose version the files do not carry, saying which file disagrees', async () => {
    const result = await checkRelease('v9.8.8', (root) => prepareRelease(root, '9.8.7'));
    expect(result.code).toBe(1);
    expect(result.output).toContain('package.json says 9.8.7, the tag 9.8.8');
    expect(result.output).toContain('src/version.ts says 9.8.7');
    expect(result.output).toContain('no "## [9.8.8]" section');
  });

  test('refuses a release whose CHANGELOG was not updated', async () => {
    const result = await checkRelease('v9.8.7', async (root) => {
      await prepareRelease(root, '9.8.7');
      const changelog = await readFile(path.join(root, 'CHANGELOG.md'), 'utf8');
      await writeFile(path.join(root, 'CHANGELOG.md'), changelog.replace('## [9.8.7]', '## [Unreleased]'));
    });
    expect(result).toEqual({ code: 1, output: expect.stringContaining('CHANGELOG.md has no "## [9.8.7]" section') });
  });

  test('refuses a tag that is not vX.Y.Z (a moving major tag is never released directly)', async () => {
    expect((await checkRelease('v1')).code).toBe(1);
    expect((await checkRelease('1.2.3')).code).toBe(1);
  });
});
