import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { REPO } from './helpers.js';

/** The workflow auditor of `npm run lint` (scripts/workflow-security.mjs), run as CI runs it: as a Node module. */
function audit(workflow: string): string[] {
  const script = `import { auditWorkflow } from ${JSON.stringify(path.join(REPO, 'scripts/workflow-security.mjs'))};
process.stdout.write(JSON.stringify(auditWorkflow(process.argv[1], 'w.yml')));`;
  return JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', script, workflow], { cwd: REPO }).toString(),
  ) as string[];
}

const PINNED = 'actions/checkout@fbc6f3992d24b796d5a048ff273f7fcc4a7b6c09';

describe('the workflow security audit', () => {
  it('passes a pinned, least-privilege workflow', () => {
    const workflow = `on: pull_request
permissions: { contents: read }
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: ${PINNED}
        with: { persist-credentials: false }
      - env: { PR: '\${{ github.event.pull_request.number }}' }
        run: echo "$PR"
`;
    expect(audit(workflow)).toEqual([]);
  });

  it('flags tags, missing permissions, kept credentials, injected expressions and pull_request_target', () => {
    const workflow = `on: [pull_request_target]
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - run: echo "\${{ github.event.pull_request.title }}"
`;
    const problems = audit(workflow).join('\n');
    expect(problems).toMatch(/pull_request_target/);
    expect(problems).toMatch(/no top-level permissions/);
    expect(problems).toMatch(/not pinned by a full commit SHA/);
    expect(problems).toMatch(/persist-credentials/);
    expect(problems).toMatch(/inside run:/);
  });
});
