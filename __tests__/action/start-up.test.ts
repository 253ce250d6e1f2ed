import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO } from '../helpers.js';
import { RUNTIMES } from './harness.js';

/**
 * The action's cold start (BENCHMARKS.md: examples/ with the fewest inputs)
 * compiles only what such a run needs: the code a change review, a Markdown
 * or SARIF channel, discovery's planning or @actions/core's platform details
 * need sits in chunks that are imported where it is used. V8 reports every
 * script it compiled (NODE_V8_COVERAGE); none may hold that code.
 */

const DIST = path.join(REPO, 'dist');
const EXAMPLES = path.join(REPO, 'examples');

/** Definitions a plain check of examples/ never runs, and where each is loaded (for the failure message). */
const NOT_NEEDED: Array<[definition: string, loadedBy: string]> = [
  ['function formatMarkdown(', 'the check run, summary comment and job summary channels (src/action/publish.ts)'],
  ['function formatSarif(', 'the SARIF file channel (src/action/publish.ts)'],
  ['function compareWithBase(', 'a change review (src/action/produce.ts)'],
  ['function parseReport(', 'the report-file input (src/action/produce.ts)'],
  ['function planTargets(', 'discovery that found targets or notes (src/discovery/index.ts)'],
  ['function getExecOutput(', "@actions/core's platform details (patches/)"],
];

/** The bundle's scripts V8 compiled in one run of the action on examples/. */
function compiledScripts(node: string): string[] {
  const coverage = mkdtempSync(path.join(tmpdir(), 'tsc-coverage-'));
  const runnerTemp = mkdtempSync(path.join(tmpdir(), 'tsc-runner-'));
  let urls: Array<{ url: string }>;
  try {
    const run = spawnSync(node, [path.join(DIST, 'index.js')], {
      cwd: EXAMPLES,
      env: {
        PATH: process.env.PATH,
        GITHUB_WORKSPACE: EXAMPLES,
        'INPUT_FAIL-ON': 'never',
        RUNNER_TEMP: runnerTemp,
        NODE_V8_COVERAGE: coverage,
      },
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('truststore-check: 3 error(s)');
    urls = readdirSync(coverage).flatMap(
      (file) =>
        (JSON.parse(readFileSync(path.join(coverage, file), 'utf8')) as { result: Array<{ url: string }> }).result,
    );
  } finally {
    rmSync(coverage, { recursive: true, force: true });
    rmSync(runnerTemp, { recursive: true, force: true });
  }
  return [
    ...new Set(
      urls
        .filter(({ url }) => url.startsWith('file:'))
        .map(({ url }) => fileURLToPath(url))
        .filter((file) => path.dirname(file) === DIST),
    ),
  ];
}

describe.each(RUNTIMES)('the action on examples/ under %s', (_label, node) => {
  test('compiles none of the code that only a change review, a Markdown or SARIF channel, or discovered targets need', () => {
    const compiled = compiledScripts(node);
    // The coverage sees the chunks: the configuration's YAML parser is one, imported when it is read.
    expect(compiled).toContain(path.join(DIST, 'index.js'));
    expect(compiled.length).toBeGreaterThan(1);
    const bundle = readdirSync(DIST)
      .filter((file) => file.endsWith('.js'))
      .map((file) => path.join(DIST, file));
    for (const [definition, loadedBy] of NOT_NEEDED) {
      // Each definition is in the bundle, so its absence below is not a renamed function's.
      expect({ definition, found: bundle.some((file) => readFileSync(file, 'utf8').includes(definition)) }).toEqual({
        definition,
        found: true,
      });
      const compiledWith = compiled.filter((file) => readFileSync(file, 'utf8').includes(definition));
      expect({ definition, loadedBy, compiledWith }).toEqual({ definition, loadedBy, compiledWith: [] });
    }
  });
});
