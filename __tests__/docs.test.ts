import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderProfilesMarkdown } from '../src/docs/profiles-markdown.js';
import { renderRulesMarkdown } from '../src/docs/rules-markdown.js';
import { ACTION_ENTRIES, actionInput, renderSettingsMarkdown } from '../src/docs/settings-markdown.js';
import { CLI_ENTRIES } from '../src/cli/options.js';
import { SETTINGS } from '../src/config/schema.js';
import { parse as parseYaml } from 'yaml';
import { BUILTIN_PROFILES } from '../src/profiles/registry.js';
import { EXPLAINING_RULE_IDS } from '../src/rules/explainers.js';
import { RULES } from '../src/rules/registry.js';
import { VERSION } from '../src/version.js';
import { CLI, REPO } from './helpers.js';

const read = (file: string) => readFileSync(path.join(REPO, file), 'utf8');

describe('documentation is true to the code', () => {
  test('docs/rules.md is generated from the registry (run `npm run docs` after changing a rule)', () => {
    expect(read('docs/rules.md')).toBe(renderRulesMarkdown());
  });

  test('docs/profiles.md is generated from the profiles (run `npm run docs` after changing one)', () => {
    expect(read('docs/profiles.md')).toBe(renderProfilesMarkdown());
  });

  test('docs/settings.md is generated from the settings schema (run `npm run docs` after changing a setting)', () => {
    expect(read('docs/settings.md')).toBe(renderSettingsMarkdown());
  });

  test("action.yml declares exactly the schema's inputs, in its words and defaults (npm run docs writes them)", () => {
    const declared = (parseYaml(read('action.yml')) as { inputs: Record<string, unknown> }).inputs;
    const expected = Object.fromEntries(
      ACTION_ENTRIES.map(actionInput).map(({ name, ...input }) => [name, { ...input, required: false }]),
    );
    expect(declared).toEqual(expected);
  });

  test("the README's table of inputs lists every input action.yml declares", () => {
    const table = /<!-- inputs -->([\s\S]*?)<!-- \/inputs -->/.exec(read('README.md'))?.[1] ?? '';
    const listed = [...table.matchAll(/^\| `([a-z-]+)` +\|/gm)].map((match) => match[1]);
    expect(listed).toEqual(ACTION_ENTRIES.map((entry) => actionInput(entry).name));
  });

  test("the built CLI's help names every flag, and every setting can be given somewhere", () => {
    const help = execFileSync(process.execPath, [CLI, '--help']).toString();
    expect(CLI_ENTRIES.map((entry) => `--${entry.name}`).filter((flag) => !help.includes(flag))).toEqual([]);
    expect(Object.values(SETTINGS).filter((entry) => !entry.file && !entry.flag && !entry.input)).toEqual([]);
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

  test("the README's sample output is what `npm start` prints", () => {
    const readme = read('README.md');
    const start = readme.indexOf('```\n', readme.indexOf('`npm start` checks')) + 4;
    const sample = readme.slice(start, readme.indexOf('```\n', start));
    const script = (JSON.parse(read('package.json')) as { scripts: { start: string } }).scripts.start;
    expect(script).toBe('node dist/cli/index.js examples --fail-on never');
    expect(sample).toBe(
      execFileSync(process.execPath, [CLI, 'examples', '--fail-on', 'never'], { cwd: REPO }).toString(),
    );
  });

  test('the README and action.yml list every built-in profile (npm run docs writes the lists)', () => {
    const ids = BUILTIN_PROFILES.map((profile) => profile.id);
    const lists = [...read('README.md').matchAll(/<!-- profile ids -->(.*?)<!-- \/profile ids -->/g)].map((m) => m[1]!);
    expect(lists.length).toBeGreaterThanOrEqual(1);
    for (const list of lists) expect([...list.matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1])).toEqual(ids);
    const description = /profile:\n\s+description: "([^"]*)"/.exec(read('action.yml'))?.[1] ?? '';
    expect(ids.filter((id) => !description.includes(id))).toEqual([]);
  });

  test('src/version.ts matches package.json', () => {
    expect(VERSION).toBe((JSON.parse(read('package.json')) as { version: string }).version);
  });
});
