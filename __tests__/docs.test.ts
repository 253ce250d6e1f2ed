import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderRulesMarkdown } from '../src/docs/rules-markdown.js';
import { RULES } from '../src/rules/registry.js';
import { VERSION } from '../src/version.js';
import { REPO } from './helpers.js';

describe('documentation is true to the code', () => {
  test('docs/rules.md is generated from the registry (run `npm run docs` after changing a rule)', () => {
    expect(readFileSync(path.join(REPO, 'docs/rules.md'), 'utf8')).toBe(renderRulesMarkdown());
  });

  test('every rule has complete metadata and a unique kebab-case id', () => {
    for (const rule of RULES) {
      expect({ id: rule.id, ok: /^[a-z0-9]+(-[a-z0-9]+)*$/.test(rule.id) }).toEqual({ id: rule.id, ok: true });
      for (const field of ['title', 'description', 'citation', 'remedy', 'consequence'] as const) {
        expect({ id: rule.id, field, filled: rule[field].trim().length > 10 }).toEqual({
          id: rule.id,
          field,
          filled: true,
        });
      }
      expect(rule.profiles.length).toBeGreaterThan(0);
    }
  });

  test('the README names every rule id', () => {
    const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');
    expect(RULES.map((rule) => rule.id).filter((id) => !readme.includes(`\`${id}\``))).toEqual([]);
  });

  test('src/version.ts matches package.json', () => {
    expect(VERSION).toBe(JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')).version);
  });
});
