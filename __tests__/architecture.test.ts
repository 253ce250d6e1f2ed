import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO } from './helpers.js';

const SRC = path.join(REPO, 'src');

/** Every module of src/ with the modules it imports (static, type-only and dynamic), as paths relative to src/. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
  for (const file of files) {
    const text = readFileSync(path.join(SRC, file), 'utf8');
    const specifiers = [
      ...text.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+'(\.{1,2}\/[^']+)'/gms),
      ...text.matchAll(/\bimport\('(\.{1,2}\/[^']+)'\)/g),
    ].map((match) => match[1]!);
    graph.set(
      file,
      specifiers.map((specifier) => path.join(path.dirname(file), specifier).replace(/\.js$/, '.ts')),
    );
  }
  return graph;
}

/** Each import circle once, as the modules on it. */
function circles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (module: string) => {
    state.set(module, 'open');
    stack.push(module);
    for (const next of graph.get(module) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(module, 'done');
  };
  for (const module of graph.keys()) if (!state.has(module)) visit(module);
  return found;
}

describe('the layers of src/', () => {
  const graph = importGraph();

  test('the graph is read (a broken reader would find no circle anywhere)', () => {
    expect(graph.get('action/main.ts')).toContain('action/inputs.ts');
    expect(
      circles(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', ['a.ts']],
        ]),
      ),
    ).toEqual([['a.ts', 'b.ts', 'a.ts']]);
  });

  test('no import circle', () => {
    expect(circles(graph).map((circle) => circle.join(' -> '))).toEqual([]);
  });

  test('the engine imports nothing from the layers above it (configuration, the action, the CLI)', () => {
    const engine = ['x509', 'inventory', 'profiles', 'chain', 'rules', 'findings', 'verdicts', 'report', 'text'];
    const shells = ['config/', 'action/', 'cli/'];
    const upward = [...graph]
      .filter(([module]) => engine.includes(module.split('/')[0]!))
      .flatMap(([module, imports]) =>
        imports
          .filter((target) => shells.some((shell) => target.startsWith(shell)))
          .map((target) => `${module} -> ${target}`),
      );
    expect(upward).toEqual([]);
  });

  test('the parsers throw typed errors (a DerError is a malformed input; anything else, a bug reported as internal-error)', () => {
    const bare = [...graph.keys()]
      .filter((module) => module.startsWith('x509/') || module.startsWith('inventory/'))
      .flatMap((module) =>
        readFileSync(path.join(SRC, module), 'utf8')
          .split('\n')
          .flatMap((line, index) => (/\bnew Error\(/.test(line) ? [`${module}:${index + 1}`] : [])),
      );
    expect(bare).toEqual([]);
  });

  test("no module of src/ is over 300 lines, the engine over 150 or the action's entry over 200", () => {
    const lines = (module: string) => readFileSync(path.join(SRC, module), 'utf8').split('\n').length - 1;
    const limits: Record<string, number> = { 'engine.ts': 150, 'action/main.ts': 200 };
    const over = [...graph.keys()]
      .filter((module) => lines(module) > (limits[module] ?? 300))
      .map((module) => `${module}: ${lines(module)} lines`);
    expect(Object.keys(limits).filter((module) => !graph.has(module))).toEqual([]);
    expect(over).toEqual([]);
  });
});
