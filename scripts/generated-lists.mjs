// Writes what README.md and action.yml say about profiles and settings from the code:
// the list of built-in profiles between <!-- profile ids --> markers in the README; every
// input of action.yml, and the README's table of inputs between <!-- inputs --> markers,
// from the settings schema (src/config/schema.ts, src/config/run-options.ts). Run by
// `npm run docs` (after the build); CI fails when the files differ.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { stringify } from 'yaml';

const listed = (flag) =>
  JSON.parse(execFileSync(process.execPath, ['dist/cli/index.js', flag, '--format', 'json'], { encoding: 'utf8' }));
const profiles = listed('--list-profiles');
const settings = listed('--list-settings');

const replace = (file, pattern, text) => {
  const before = readFileSync(file, 'utf8');
  const matches = before.match(new RegExp(pattern.source, 'g')) ?? [];
  if (matches.length === 0) throw new Error(`${file}: no place for the generated text (${pattern})`);
  const after = before.replace(new RegExp(pattern.source, 'g'), () => text);
  if (after !== before) writeFileSync(file, after);
};

const profileList = profiles.map((profile) => `\`${profile.id}\`${profile.default ? ' (default)' : ''}`).join(', ');
replace(
  'README.md',
  /<!-- profile ids -->[^<]*<!-- \/profile ids -->/,
  `<!-- profile ids -->${profileList}<!-- /profile ids -->`,
);

const withInputs = settings.filter((entry) => entry.input);
const inputs = withInputs.map((entry) => entry.input);
const yaml = stringify(
  Object.fromEntries(
    inputs.map((input) => [input.name, { description: input.description, required: false, default: input.default }]),
  ),
  { lineWidth: 0 },
);
replace('action.yml', /\ninputs:\n[\s\S]*?\noutputs:/, `\ninputs:\n${yaml.replace(/^/gm, '  ').trimEnd()}\n\noutputs:`);

const cell = (text) => text.replace(/\|/g, '\\|');
const rows = withInputs.map(({ input, default: shown }) => {
  const value = input.default || shown;
  return `| \`${input.name}\` | ${value ? `\`${cell(value)}\`` : ''} | ${cell(input.description)} |`;
});
replace(
  'README.md',
  /<!-- inputs -->[\s\S]*?<!-- \/inputs -->/,
  ['<!-- inputs -->', '', '| input | default | meaning |', '| --- | --- | --- |', ...rows, '', '<!-- /inputs -->'].join(
    '\n',
  ),
);
