import type { SyntaxNode } from '@lezer/common';
import type { Collector } from '../collect.js';
import { folderOf, lineIndex } from '../paths.js';
import { attribute, blockLabels, blockType, textOf, type Located, type SourceText } from './syntax.js';

export interface ResourceDefinition {
  type: string;
  name: string;
  body: Located;
  line: number;
}

export interface ModuleCall {
  name: string;
  body: Located;
  line: number;
}

/** The `.tf` files of one folder: a module. */
export interface ModuleDefinition {
  folder: string;
  variables: Map<string, { default?: Located; line: number; source: SourceText }>;
  locals: Map<string, Located>;
  outputs: Map<string, Located>;
  resources: Map<string, ResourceDefinition>;
  calls: Map<string, ModuleCall>;
}

/** Bytes of Terraform left to parse in this run (see DISCOVERY_LIMITS.maxTerraformSize). */
export interface TerraformBudget {
  left: number;
  what: string;
}

export async function parseFiles(
  collector: Collector,
  files: string[],
  budget: TerraformBudget,
): Promise<Map<string, ModuleDefinition>> {
  // Loaded only when the repository has .tf files: the grammar and its runtime are most of discovery's size.
  const { hclLanguage } = await import('codemirror-lang-hcl');
  const modules = new Map<string, ModuleDefinition>();
  for (const file of files) {
    const text = collector.text(file, budget);
    if (text === undefined) continue;
    const source: SourceText = { path: file, text, line: lineIndex(text) };
    const tree = hclLanguage.parser.parse(text);
    let error: SyntaxNode | undefined;
    tree.iterate({
      enter: (node) => {
        if (error) return false;
        if (node.type.isError) error = node.node;
        return undefined;
      },
    });
    if (error) {
      const line = source.line(error.from);
      const near = text
        .slice(error.from, error.from + 30)
        .split('\n')[0]!
        .trim();
      collector.note(
        'infrastructure-not-understood',
        { file, line },
        `${file} has a syntax error on line ${line}${near ? ` near \`${near}\`` : ''}: Terraform refuses the file, and discovery may have missed what it configures.`,
      );
    }
    const folder = folderOf(file);
    let module = modules.get(folder);
    if (!module) {
      module = {
        folder,
        variables: new Map(),
        locals: new Map(),
        outputs: new Map(),
        resources: new Map(),
        calls: new Map(),
      };
      modules.set(folder, module);
    }
    const body = tree.topNode.getChild('Body');
    if (!body) continue;
    for (const block of body.getChildren('Block')) {
      const type = blockType(block, source);
      const labels = blockLabels(block, source);
      const inner: Located = { node: block.getChild('Body') ?? block, source };
      const line = source.line(block.from);
      if (type === 'resource' && labels.length === 2)
        module.resources.set(`${labels[0]}.${labels[1]}`, { type: labels[0]!, name: labels[1]!, body: inner, line });
      else if (type === 'variable' && labels[0] !== undefined) {
        const fallback = attribute(inner, 'default');
        module.variables.set(labels[0], { ...(fallback ? { default: fallback } : {}), line, source });
      } else if (type === 'locals') {
        for (const node of inner.node.getChildren('Attribute')) {
          const key = node.getChild('Identifier');
          const expression = node.getChild('Expression');
          if (key && expression) module.locals.set(textOf(key, source), { node: expression, source });
        }
      } else if (type === 'output' && labels[0] !== undefined) {
        const value = attribute(inner, 'value');
        if (value) module.outputs.set(labels[0], value);
      } else if (type === 'module' && labels[0] !== undefined)
        module.calls.set(labels[0], { name: labels[0], body: inner, line });
    }
  }
  return modules;
}

/** `terraform.tfvars` and `*.auto.tfvars` of a root module: the values its variables take. */
export function readTfvars(
  collector: Collector,
  folder: string,
  files: string[],
  parse: (text: string) => SyntaxNode,
  budget: TerraformBudget,
) {
  const values = new Map<string, Located>();
  for (const file of files.filter((candidate) => folderOf(candidate) === folder)) {
    const text = collector.text(file, budget);
    if (text === undefined) continue;
    const source: SourceText = { path: file, text, line: lineIndex(text) };
    const body = parse(text).getChild('Body');
    for (const node of body?.getChildren('Attribute') ?? []) {
      const key = node.getChild('Identifier');
      const expression = node.getChild('Expression');
      if (key && expression) values.set(textOf(key, source), { node: expression, source });
    }
  }
  return values;
}
