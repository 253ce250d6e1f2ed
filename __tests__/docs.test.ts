import { EXPLAINING_RULE_IDS } from '../src/rules/explainers.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderProfilesMarkdown } from '../src/docs/profiles-markdown.js';
import { renderRulesMarkdown } from '../src/docs/rules-markdown.js';
import { BUILTIN_PROFILES } from '../src/profiles/registry.js';
import { RULES } from '../src/rules/registry.js';
import { VERSION } from '../src/version.js';
import { REPO } from './helpers.js';

const read = (file: string) => readFileSync(path.join(REPO, file), 'utf8');

describe('documentation is true to the code', () => {
  test('docs/rules.md is generated from the registry (run `npm run docs` after changing a rule)', () => {
    expect(read('docs/rules.md')).toBe(renderRulesMarkdown());
  });

  test('docs/profiles.md is generated from the profiles (run `npm run docs` after changing one)', () => {
    expect(read('docs/profiles.md')).toBe(renderProfilesMarkdown());
  });

  test('every rule has complete metadata, a unique kebab-case id and words for every profile', () => {
    for (const rule of RULES) {
      expect({ id: rule.id, ok: /^[a-z0-9]+(-[a-z0-9]+)*$/.test(rule.id) }).toEqual({ id: rule.id, ok: true });
      for (const field of ['title', 'description', 'remedy'] as const) {
        expect({ id: rule.id, field, filled: rule[field].trim().length > 10 }).toEqual({
          id: rule.id,
          field,
          filled: true,
        });
      }
      for (const profile of BUILTIN_PROFILES) {
        expect({ id: rule.id, profile: profile.id, filled: rule.consequence(profile).trim().length > 10 }).toEqual({
          id: rule.id,
          profile: profile.id,
          filled: true,
        });
      }
    }
  });

  test('the README names every rule id and every profile id', () => {
    const readme = read('README.md');
    expect(RULES.map((rule) => rule.id).filter((id) => !readme.includes(`\`${id}\``))).toEqual([]);
    expect(BUILTIN_PROFILES.map((profile) => profile.id).filter((id) => !readme.includes(`\`${id}\``))).toEqual([]);
  });

  test('docs/gateway-model.md names every rule that implements a behaviour of the chain model', () => {
    const model = read('docs/gateway-model.md');
    const chainRules = [...EXPLAINING_RULE_IDS];
    expect(chainRules.filter((id) => !model.includes(`\`${id}\``))).toEqual([]);
  });

  test('src/version.ts matches package.json', () => {
    expect(VERSION).toBe((JSON.parse(read('package.json')) as { version: string }).version);
  });
});
