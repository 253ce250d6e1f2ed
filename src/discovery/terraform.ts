import { DISCOVERY_LIMITS, type Collector } from './collect.js';
import { resolveInside } from './paths.js';
import { Gateways } from './terraform/gateways.js';
import type { ModuleInstance } from './terraform/instance.js';
import { parseFiles, readTfvars, type TerraformBudget } from './terraform/modules.js';
import { RootEvaluation } from './terraform/root.js';
import { S3Uploads } from './terraform/s3-uploads.js';
import { attribute, textOf } from './terraform/syntax.js';
import { Unknown, type Value } from './terraform/values.js';

/**
 * Terraform: parses every `.tf` file with an HCL grammar (Lezer's, from
 * codemirror-lang-hcl), evaluates what decides where a truststore comes
 * from (variables with their defaults and `terraform.tfvars`, locals, local
 * modules with their inputs and outputs, `path.module`, `file()` and its
 * kin), and ties each gateway resource to the `aws_s3_object` that uploads
 * its bundle. What it cannot evaluate is reported, never guessed.
 *
 * The parts are in terraform/: values, syntax, modules, the evaluator and
 * its functions, module instances, uploads and gateways.
 */

/** Finds the truststores configured by the repository's Terraform. */
export async function discoverTerraform(collector: Collector, files: string[]): Promise<void> {
  const tfFiles = files.filter((file) => file.endsWith('.tf') && !/_override\.tf$/.test(file));
  const tfvarsFiles = files.filter((file) => /(^|\/)terraform\.tfvars$|\.auto\.tfvars$/.test(file));
  const budget: TerraformBudget = {
    left: DISCOVERY_LIMITS.maxTerraformSize,
    what: `discovery parses at most ${DISCOVERY_LIMITS.maxTerraformSize.toLocaleString('en-US')} bytes of Terraform in one run`,
  };
  const modules = await parseFiles(collector, tfFiles, budget);
  const { hclLanguage } = await import('codemirror-lang-hcl');
  const parse = (text: string) => hclLanguage.parser.parse(text).topNode;

  // A folder another module calls with a local source is a module, not a root.
  const called = new Set<string>();
  for (const module of modules.values()) {
    for (const call of module.calls.values()) {
      const source = attribute(call.body, 'source');
      const literal = source?.node.firstChild?.name === 'LiteralValue' ? textOf(source.node, source.source) : '';
      const text = literal.replace(/^"|"$/g, '');
      if (!text.startsWith('./') && !text.startsWith('../')) continue;
      const folder = resolveInside(module.folder, text);
      if ('path' in folder && folder.path !== module.folder) called.add(folder.path);
    }
  }
  for (const module of modules.values()) {
    if (called.has(module.folder)) continue;
    const all: ModuleInstance[] = [];
    const root = new RootEvaluation(modules, module.folder, collector, all);
    const tfvars = new Map<string, () => Value>();
    const start = root.start(module, tfvars);
    for (const [name, located] of readTfvars(collector, module.folder, tfvarsFiles, parse, budget)) {
      let memo: Value | undefined;
      tfvars.set(name, () => (memo ??= start.evaluate(located, 1)));
    }
    // Every module instance reachable from the root: instantiate calls depth-first.
    const pending = [start];
    while (pending.length > 0) {
      const instance = pending.pop()!;
      for (const call of instance.definition.calls.values()) {
        const child = instance.child(call.name, { file: call.body.source.path, line: call.line });
        if (!(child instanceof Unknown)) pending.push(child);
      }
    }
    const s3 = new S3Uploads(collector, root);
    for (const instance of all) s3.collectUploads(instance);
    const gateways = new Gateways(collector, root, s3);
    for (const instance of all) gateways.collectTargets(instance);
  }
}
