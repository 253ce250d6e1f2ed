import type { Collector } from '../collect.js';
import { DISCOVERY_LIMITS } from '../collect.js';
import type { Place } from '../model.js';
import { resolveInside } from '../paths.js';
import { ModuleInstance } from './instance.js';
import type { ModuleDefinition } from './modules.js';
import { attribute, textOf } from './syntax.js';
import { Unknown, type Value } from './values.js';

/** Evaluates the modules reachable from one root module. */
export class RootEvaluation {
  instances = 0;

  constructor(
    readonly modules: ReadonlyMap<string, ModuleDefinition>,
    /** The root module's folder: paths in file() and `source` are relative to it (Terraform's working directory). */
    readonly folder: string,
    private readonly collector: Collector,
    readonly all: ModuleInstance[],
  ) {}

  start(definition: ModuleDefinition, tfvars: Map<string, () => Value>): ModuleInstance {
    const instance = new ModuleInstance(definition, '', '.', this, 0, tfvars);
    this.all.push(instance);
    return instance;
  }

  instantiate(parent: ModuleInstance, name: string, place: Place): ModuleInstance | Unknown {
    const call = parent.definition.calls.get(name);
    if (!call) return new Unknown(`module.${name} is not declared`, place);
    const callPlace = { file: call.body.source.path, line: call.line };
    const sourceExpression = attribute(call.body, 'source');
    const source = sourceExpression ? parent.evaluate(sourceExpression) : undefined;
    if (typeof source !== 'string')
      return this.refuse('infrastructure-not-understood', callPlace, `module "${name}" has no literal source`);
    if (!source.startsWith('./') && !source.startsWith('../')) {
      this.collector.note(
        'infrastructure-not-understood',
        callPlace,
        `module "${name}" comes from "${source}", a remote module, which is not read: a truststore it configures is not known. Check it out into the repository, or list its truststore under truststore: in .truststore-check.yml.`,
        'notice',
      );
      return new Unknown(`module "${name}" is remote`, callPlace);
    }
    const folder = resolveInside(parent.definition.folder, source);
    if ('outside' in folder)
      return this.refuse(
        'infrastructure-outside-repository',
        callPlace,
        `module "${name}" has source ${folder.outside}; it is not read, so a truststore it configures is not known`,
      );
    const definition = this.modules.get(folder.path);
    if (!definition)
      return this.refuse(
        'infrastructure-not-understood',
        callPlace,
        `module "${name}" has source "${source}", where the repository has no .tf file`,
      );
    if (parent.depth + 1 > DISCOVERY_LIMITS.maxModuleDepth)
      return this.refuse(
        'infrastructure-not-understood',
        callPlace,
        `module "${name}" nests deeper than ${DISCOVERY_LIMITS.maxModuleDepth} modules, where discovery stops`,
      );
    if (++this.instances > DISCOVERY_LIMITS.maxModuleInstances)
      return this.refuse(
        'infrastructure-not-understood',
        callPlace,
        `module "${name}" is past the ${DISCOVERY_LIMITS.maxModuleInstances} module instances discovery evaluates`,
      );
    const inputs = new Map<string, () => Value>();
    for (const node of call.body.node.getChildren('Attribute')) {
      const key = node.getChild('Identifier');
      const expression = node.getChild('Expression');
      if (!key || !expression) continue;
      const inputName = textOf(key, call.body.source);
      if (['source', 'version', 'count', 'for_each', 'providers', 'depends_on'].includes(inputName)) continue;
      let memo: Value | undefined;
      inputs.set(inputName, () => (memo ??= parent.evaluate({ node: expression, source: call.body.source }, 1)));
    }
    const modulePath = relativeFolder(this.folder, folder.path);
    const instance = new ModuleInstance(
      definition,
      parent.address(`module.${name}`),
      modulePath,
      this,
      parent.depth + 1,
      inputs,
    );
    this.all.push(instance);
    return instance;
  }

  private refuse(
    rule: 'infrastructure-not-understood' | 'infrastructure-outside-repository',
    place: Place,
    why: string,
  ) {
    this.collector.note(rule, place, `${why}.`);
    return new Unknown(why, place);
  }
}

/** `path.module` of a module folder, as Terraform gives it: relative to the root module's folder. */
function relativeFolder(from: string, to: string): string {
  const fromParts = from === '' ? [] : from.split('/');
  const toParts = to === '' ? [] : to.split('/');
  let common = 0;
  while (common < fromParts.length && fromParts[common] === toParts[common]) common++;
  const up = fromParts.slice(common).map(() => '..');
  const relative = [...up, ...toParts.slice(common)].join('/');
  return relative === '' ? '.' : relative;
}
