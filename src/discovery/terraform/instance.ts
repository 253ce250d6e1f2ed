import { DISCOVERY_LIMITS } from '../collect.js';
import type { Place } from '../model.js';
import { Evaluator } from './evaluator.js';
import type { ModuleDefinition, ResourceDefinition } from './modules.js';
import { attribute, placeOf, type Located } from './syntax.js';
import { Reference, Unknown, type Value } from './values.js';

/** What makes the instance of a module call (see RootEvaluation), which evaluates the call's source and inputs. */
export interface ModuleInstantiator {
  instantiate(parent: ModuleInstance, name: string, place: Place): ModuleInstance | Unknown;
}

/** One instance of a module: its definition, its inputs and where it sits. */
export class ModuleInstance {
  private readonly localValues = new Map<string, Value>();
  private readonly children = new Map<string, ModuleInstance | Unknown>();

  constructor(
    readonly definition: ModuleDefinition,
    /** `module.a.module.b` ('' for a root module). */
    readonly path: string,
    /** `path.module`, relative to the root module's folder (`.` for the root). */
    readonly modulePath: string,
    readonly root: ModuleInstantiator,
    readonly depth: number,
    private readonly inputs: Map<string, () => Value>,
  ) {}

  address(local: string): string {
    return this.path ? `${this.path}.${local}` : local;
  }

  variable(name: string, place: Place, depth: number): Value {
    const input = this.inputs.get(name);
    if (input) return input();
    const variable = this.definition.variables.get(name);
    if (!variable) return new Unknown(`var.${name} is not declared`, place);
    if (!variable.default)
      return new Unknown(`var.${name} has no default value, and no terraform.tfvars in the repository sets it`, place);
    return this.evaluate(variable.default, depth + 1);
  }

  local(name: string, place: Place, depth: number): Value {
    if (this.localValues.has(name)) return this.localValues.get(name)!;
    const expression = this.definition.locals.get(name);
    if (!expression) return new Unknown(`local.${name} is not defined`, place);
    // Set before evaluating: a local that refers to itself reads as not evaluated, not as a loop.
    this.localValues.set(name, new Unknown(`local.${name} refers to itself`, place));
    const value = this.evaluate(expression, depth + 1);
    this.localValues.set(name, value);
    return value;
  }

  child(name: string, place: Place): ModuleInstance | Unknown {
    const known = this.children.get(name);
    if (known) return known;
    const instance = this.root.instantiate(this, name, place);
    this.children.set(name, instance);
    return instance;
  }

  /** The resources of this instance, by `type.name`. */
  resource(type: string, name: string): ResourceDefinition | undefined {
    return this.definition.resources.get(`${type}.${name}`);
  }

  evaluate(located: Located, depth = 0): Value {
    if (depth > DISCOVERY_LIMITS.maxReferenceDepth)
      return new Unknown(`references nest deeper than ${DISCOVERY_LIMITS.maxReferenceDepth}`, placeOf(located));
    return new Evaluator(this, located.source, depth).expression(located.node);
  }

  /** A resource attribute: set in its body (evaluated here), or computed by the provider. */
  resourceAttribute(resource: ResourceDefinition, name: string, depth: number): Value {
    const set = attribute(resource.body, name);
    if (set) return this.evaluate(set, depth + 1);
    return new Reference(this.address(`${resource.type}.${resource.name}`), name);
  }
}
