// Writes the list of built-in profiles, as the registry has it, wherever README.md and
// action.yml name them: between <!-- profile ids --> markers in the README, and in the
// profile input's description. Run by `npm run docs`; CI fails when the files differ.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const profiles = JSON.parse(
  execFileSync(process.execPath, ['dist/cli/index.js', '--list-profiles', '--format', 'json'], { encoding: 'utf8' }),
);
const ids = profiles.map((profile) => profile.id);
const readme = profiles.map((profile) => `\`${profile.id}\`${profile.default ? ' (default)' : ''}`).join(', ');

const replace = (file, pattern, text) => {
  const before = readFileSync(file, 'utf8');
  const matches = before.match(new RegExp(pattern.source, 'g')) ?? [];
  if (matches.length === 0) throw new Error(`${file}: no place for the profile list (${pattern})`);
  const after = before.replace(new RegExp(pattern.source, 'g'), text);
  if (after !== before) writeFileSync(file, after);
};

replace(
  'README.md',
  /<!-- profile ids -->[^<]*<!-- \/profile ids -->/,
  `<!-- profile ids -->${readme}<!-- /profile ids -->`,
);
replace(
  'action.yml',
  /description: "Gateway profile: [^"(]*\(see docs\/profiles\.md\)/,
  `description: "Gateway profile: ${ids.slice(0, -1).join(', ')} or ${ids.at(-1)} (see docs/profiles.md)`,
);
