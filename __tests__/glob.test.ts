import picomatch from 'picomatch';
import { globBase, globMatcher, isGlob } from '../src/inventory/glob.js';
import { UsageError } from '../src/errors.js';

/** picomatch (dot: true), the matcher the tool used before, is the oracle on ordinary patterns. */
const PATTERNS = [
  '*.pem',
  '**/*.pem',
  'certs/**/*.pem',
  'certs/**',
  'certs/*/client-?.pem',
  'certs/[ab]*.pem',
  'certs/[^a]*.crt',
  'certs/{clients,partners}/**/*.{pem,crt}',
  '**/truststore*.pem',
  'a/**/b/**/c.pem',
  '.hidden/*.pem',
  'certs/file\\*.pem',
  'certs/*.pem',
  '**',
];
const PATHS = [
  'root.pem',
  'certs/a.pem',
  'certs/b1.pem',
  'certs/c.pem',
  'certs/c.crt',
  'certs/a.crt',
  'certs/file*.pem',
  'certs/filex.pem',
  'certs/x/client-1.pem',
  'certs/x/client-10.pem',
  'certs/clients/deep/er/z.crt',
  'certs/partners/p.pem',
  'certs/others/p.pem',
  'truststore-2026.pem',
  'x/y/truststore.pem',
  'a/b/c.pem',
  'a/x/b/y/z/c.pem',
  'a/c.pem',
  '.hidden/k.pem',
  'certs/.dot.pem',
  'certs',
];

describe('the glob matcher', () => {
  it.each(PATTERNS)('agrees with picomatch on %s', (pattern) => {
    const ours = globMatcher(pattern, 'test');
    const oracle = picomatch(pattern, { dot: true });
    for (const path of PATHS) expect([path, ours(path)]).toEqual([path, oracle(path)]);
  });

  it('matches a pattern that makes a backtracking matcher run for minutes, with the right answers', () => {
    const matches = globMatcher('**/*a*a*a*a*a*a*a*a*b', 'suppressions.path');
    expect(matches(`certs/${'a'.repeat(250)}.pem`)).toBe(false);
    expect(matches(`certs/${'a'.repeat(20)}b`)).toBe(true);
    const deep = globMatcher('**/*a*/**/*a*/**/*a*/**/*b', 'clients');
    expect(deep(`${'a/'.repeat(300)}a`)).toBe(false);
  });

  it('refuses brace bombs, extended globs and overlong patterns with a usage error', () => {
    expect(() => globMatcher('{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}.pem', 'clients')).toThrow(UsageError);
    expect(() => globMatcher('certs/+(a|b).pem', 'clients')).toThrow(/extended glob/);
    expect(() => globMatcher('x'.repeat(2000), 'clients')).toThrow(/over the limit/);
  });

  it('negates a class with `!` as a shell does (picomatch reads `[!a]` literally)', () => {
    const matches = globMatcher('certs/[!a]*.crt', 'clients');
    expect(['certs/c.crt', 'certs/a.crt'].map(matches)).toEqual([true, false]);
  });

  it('finds the folder a walk starts from', () => {
    expect(globBase('certs/clients/**/*.pem')).toBe('certs/clients');
    expect(globBase('*.pem')).toBe('');
    expect(globBase('certs/{a,b}/x.pem')).toBe('certs');
    expect(isGlob('certs/file\\*.pem')).toBe(false);
  });
});
