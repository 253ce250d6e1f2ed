// node scripts/check-release.mjs v1.2.3 [repository folder]
// Refuses a release tag that disagrees with what the repository says about
// itself: the tag must be vX.Y.Z, package.json and src/version.ts must say
// X.Y.Z, and CHANGELOG.md must have a "## [X.Y.Z]" section. The release
// workflow runs it before moving the major tag; a test runs it too.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const [tag, root = '.'] = process.argv.slice(2);
const problems = [];
const version = /^v(\d+\.\d+\.\d+)$/.exec(tag ?? '')?.[1];
if (!version) problems.push(`the tag "${tag ?? ''}" is not of the form vX.Y.Z`);

const read = (file) => readFileSync(path.join(root, file), 'utf8');
const packageVersion = JSON.parse(read('package.json')).version;
const sourceVersion = /export const VERSION = '([^']+)'/.exec(read('src/version.ts'))?.[1];
const changelog = read('CHANGELOG.md');

if (version) {
  if (packageVersion !== version) problems.push(`package.json says ${packageVersion}, the tag ${version}`);
  if (sourceVersion !== version) problems.push(`src/version.ts says ${sourceVersion}, the tag ${version}`);
  if (!changelog.includes(`## [${version}]`)) problems.push(`CHANGELOG.md has no "## [${version}]" section`);
}

if (problems.length > 0) {
  for (const problem of problems) console.error(`release ${tag ?? '(no tag)'}: ${problem}`);
  process.exit(1);
}
console.log(`release ${tag}: package.json, src/version.ts and CHANGELOG.md agree`);
