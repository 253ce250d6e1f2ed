import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readRegularFileInside } from '../src/inventory/containment.js';

/**
 * What the action reads again from a checkout (unchanged files for a
 * shallow base, lines for suggestions): only regular files inside the root,
 * of bounded size. A pull request can commit links; a runner can hold pipes.
 */
describe('readRegularFileInside', () => {
  let dir: string;
  let root: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'tsc-contain-'));
    root = path.join(dir, 'repo');
    mkdirSync(path.join(root, 'certs'), { recursive: true });
    writeFileSync(path.join(root, 'certs/a.pem'), 'inside\n');
    writeFileSync(path.join(dir, 'secret'), 'outside\n');
    symlinkSync(path.join(dir, 'secret'), path.join(root, 'certs/link.pem'));
    symlinkSync(dir, path.join(root, 'up'));
    symlinkSync('/dev/zero', path.join(root, 'certs/zero.pem'));
    execFileSync('mkfifo', [path.join(root, 'certs/pipe.pem')]);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a regular file inside, within the size', () => {
    expect(readRegularFileInside(root, 'certs/a.pem', 100)?.toString()).toBe('inside\n');
  });

  test('nothing for a link, a folder link out, a device, a pipe, a missing file or one over the size', () => {
    for (const relative of ['certs/link.pem', 'up/secret', 'certs/zero.pem', 'certs/pipe.pem', 'certs/none.pem'])
      expect({ relative, read: readRegularFileInside(root, relative, 100) }).toEqual({ relative, read: undefined });
    expect(readRegularFileInside(root, 'certs/a.pem', 3)).toBeUndefined();
    expect(readRegularFileInside(root, '../secret', 100)).toBeUndefined();
  });
});
