import type { SyntaxNode } from '@lezer/common';
import type { Place } from '../model.js';
import { callFunction } from './functions.js';
import type { ModuleDefinition, ResourceDefinition } from './modules.js';
import { childrenOf, textOf, unescapeTemplate, type Located, type SourceText } from './syntax.js';
import { asString, isRecord, FileContent, Reference, Unknown, type Value } from './values.js';

/** What an expression can name in the module instance it is evaluated in: a ModuleInstance. */
export interface Scope {
  readonly modulePath: string;
  readonly definition: Pick<ModuleDefinition, 'outputs'>;
  address(local: string): string;
  variable(name: string, place: Place, depth: number): Value;
  local(name: string, place: Place, depth: number): Value;
  child(name: string, place: Place): Scope | Unknown;
  evaluate(located: Located, depth?: number): Value;
  resource(type: string, name: string): ResourceDefinition | undefined;
  resourceAttribute(resource: ResourceDefinition, name: string, depth: number): Value;
}

/** Evaluates one expression of a module instance, as far as it can be known before apply. */
export class Evaluator {
  constructor(
    private readonly instance: Scope,
    private readonly source: SourceText,
    private readonly depth: number,
  ) {}

  private place(node: SyntaxNode): Place {
    return { file: this.source.path, line: this.source.line(node.from) };
  }

  private unknown(node: SyntaxNode, reason: string): Unknown {
    return new Unknown(reason, this.place(node));
  }

  expression(node: SyntaxNode): Value {
    if (node.type.isError) return this.unknown(node, 'a syntax error');
    switch (node.name) {
      case 'Expression':
        return this.chain(node);
      case 'LiteralValue':
        return this.literal(node);
      case 'TemplateExpr':
        return this.expression(node.firstChild ?? node);
      case 'QuotedTemplate':
      case 'HeredocTemplate':
      case 'StringLit':
        return this.template(node);
      case 'CollectionValue':
        return this.expression(node.firstChild ?? node);
      case 'Tuple':
        return node.getChildren('Expression').map((item) => this.expression(item));
      case 'Object':
        return this.object(node);
      case 'FunctionCall':
        return this.call(node);
      case 'VariableExpr':
        return this.traverse(node, []);
      default:
        return this.unknown(
          node,
          `\`${textOf(node, this.source).slice(0, 60)}\` (conditionals, for expressions and operators are not evaluated)`,
        );
    }
  }

  /** An expression node: a primary, then attribute and index steps. */
  private chain(node: SyntaxNode): Value {
    const parts = childrenOf(node);
    if (parts[0]?.name === '(') {
      const inner = parts.find((part) => part.name === 'Expression');
      return inner ? this.expression(inner) : this.unknown(node, 'an empty expression');
    }
    const [primary, ...steps] = parts;
    if (!primary) return this.unknown(node, 'an empty expression');
    if (primary.name === 'VariableExpr') return this.traverse(primary, steps);
    let value = this.expression(primary);
    for (const step of steps) value = this.step(value, step);
    return value;
  }

  private stepName(step: SyntaxNode): string | undefined {
    if (step.name === 'GetAttr') {
      const name = step.getChild('Identifier');
      return name ? textOf(name, this.source) : undefined;
    }
    if (step.name === 'Index') {
      const legacy = step.getChild('LegacyIndex');
      if (legacy) return textOf(legacy, this.source).slice(1);
      const index = step.getChild('NewIndex')?.getChild('Expression');
      if (!index) return undefined;
      const key = this.expression(index);
      return typeof key === 'string' || typeof key === 'number' ? String(key) : undefined;
    }
    return undefined;
  }

  private step(value: Value, step: SyntaxNode): Value {
    if (value instanceof Unknown || value instanceof FileContent) return value;
    if (value instanceof Reference) {
      const name = this.stepName(step);
      return name === undefined ? value : new Reference(value.address, `${value.attribute}.${name}`);
    }
    const name = this.stepName(step);
    if (name === undefined) return this.unknown(step, `\`${textOf(step, this.source)}\` (splats are not evaluated)`);
    if (Array.isArray(value)) {
      const item = value[Number(name)];
      return item === undefined ? this.unknown(step, `index ${name} is out of range`) : item;
    }
    if (isRecord(value)) {
      const item = value[name];
      return item === undefined ? this.unknown(step, `it has no attribute "${name}"`) : item;
    }
    return this.unknown(step, `"${name}" of a value that has none`);
  }

  /** `var.x.y`, `local.x`, `module.m.out`, `path.module`, `aws_s3_object.x.version_id`... */
  private traverse(variable: SyntaxNode, steps: SyntaxNode[]): Value {
    const rootName = textOf(variable, this.source);
    const names: string[] = [];
    for (const step of steps) {
      const name = this.stepName(step);
      if (name === undefined) break;
      names.push(name);
    }
    const place = this.place(variable);
    const rest = (value: Value, used: number) => {
      let result = value;
      for (const step of steps.slice(used)) result = this.step(result, step);
      return result;
    };
    const instance = this.instance;
    switch (rootName) {
      case 'var':
        return names[0] === undefined
          ? this.unknown(variable, '`var` alone')
          : rest(instance.variable(names[0], place, this.depth), 1);
      case 'local':
        return names[0] === undefined
          ? this.unknown(variable, '`local` alone')
          : rest(instance.local(names[0], place, this.depth), 1);
      case 'path':
        if (names[0] === 'module') return rest(instance.modulePath, 1);
        if (names[0] === 'root' || names[0] === 'cwd') return rest('.', 1);
        return this.unknown(variable, `path.${names[0] ?? ''}`);
      case 'terraform':
        return names[0] === 'workspace' ? rest('default', 1) : this.unknown(variable, `terraform.${names[0] ?? ''}`);
      case 'module': {
        const [name, output] = names;
        if (name === undefined || output === undefined) return this.unknown(variable, 'a module without an output');
        const child = instance.child(name, place);
        if (child instanceof Unknown) return child;
        const expression = child.definition.outputs.get(output);
        if (!expression) return this.unknown(variable, `module.${name} has no output "${output}"`);
        return rest(child.evaluate(expression, this.depth + 1), 2);
      }
      case 'data':
        return names.length >= 3
          ? rest(new Reference(instance.address(`data.${names[0]}.${names[1]}`), names[2]!), 3)
          : this.unknown(variable, 'a data source without an attribute');
      case 'each':
      case 'count':
      case 'self':
        return this.unknown(variable, `\`${rootName}.${names.join('.')}\` (count and for_each are not evaluated)`);
      default: {
        const [name, attributeName] = names;
        const resource = name === undefined ? undefined : instance.resource(rootName, name);
        if (!resource || attributeName === undefined)
          return this.unknown(variable, `\`${[rootName, ...names].join('.')}\` names nothing declared here`);
        return rest(instance.resourceAttribute(resource, attributeName, this.depth), 2);
      }
    }
  }

  private literal(node: SyntaxNode): Value {
    const inner = node.firstChild;
    if (!inner) return this.unknown(node, 'an empty literal');
    switch (inner.name) {
      case 'NumericLit':
        return Number(textOf(inner, this.source));
      case 'BoolLit':
        return textOf(inner, this.source) === 'true';
      case 'NullLit':
        return null;
      default:
        return this.template(inner);
    }
  }

  private template(node: SyntaxNode): Value {
    let text = '';
    for (const part of childrenOf(node)) {
      switch (part.name) {
        case 'TemplateLiteral':
          text += unescapeTemplate(textOf(part, this.source));
          break;
        case 'TemplateInterpolation': {
          const inner = part.getChild('Expression');
          if (!inner) return this.unknown(part, 'an empty interpolation');
          const value = asString(this.expression(inner), this.place(inner));
          if (value instanceof Unknown) return value;
          text += value;
          break;
        }
        case 'TemplateDirective':
          return this.unknown(part, 'a template directive (%{ ... })');
        case 'HeredocTemplate':
        case 'QuotedTemplate':
          return this.template(part);
        default:
          if (part.type.isError) return this.unknown(part, 'a syntax error');
      }
    }
    if (node.name === 'HeredocTemplate' && textOf(node, this.source).startsWith('<<-')) {
      // `<<-` strips the smallest indentation of its lines.
      const lines = text.split('\n');
      const indent = Math.min(...lines.filter((line) => line.trim()).map((line) => /^[ \t]*/.exec(line)![0].length));
      text = lines.map((line) => line.slice(Number.isFinite(indent) ? indent : 0)).join('\n');
    }
    return text;
  }

  private object(node: SyntaxNode): Value {
    const result: { [key: string]: Value } = {};
    for (const element of node.getChildren('ObjectElem')) {
      const keyNode = element.getChild('ObjectKey')?.getChild('Expression');
      const valueNode = element.getChild('Expression');
      if (!keyNode || !valueNode) continue;
      const primary = keyNode.firstChild;
      // A bare word is the key itself, not a variable.
      const key =
        primary?.name === 'VariableExpr' && !primary.nextSibling
          ? textOf(primary, this.source)
          : asString(this.expression(keyNode), this.place(keyNode));
      if (key instanceof Unknown) return key;
      result[key] = this.expression(valueNode);
    }
    return result;
  }

  private call(node: SyntaxNode): Value {
    const nameNode = node.getChild('FunctionName');
    const name = nameNode ? textOf(nameNode, this.source) : '';
    const namespaced = node.getChildren('FunctionNamespace').length > 0;
    const args = (node.getChild('FunctionArguments')?.getChildren('Expression') ?? []).map((argument) =>
      this.expression(argument),
    );
    const place = this.place(node);
    if (namespaced) return this.unknown(node, `the provider function ${textOf(node, this.source).split('(')[0]}`);
    return callFunction(name, args, place);
  }
}
