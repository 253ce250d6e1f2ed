import type { Node as AstNode, ObjectProperty } from '@babel/types';
import type { Collector } from '../collect.js';
import type { Place } from '../model.js';
import { folderOf, resolveInside } from '../paths.js';

// One CDK source file as Babel parses it: its constants, the constructs it makes, and values followed through them.

/** Syntax nodes looked at in one file at most. */
const MAX_NODES = 500_000;

export type Value =
  | { kind: 'text'; text: string }
  | { kind: 'construct'; type: string; node: AstNode; args: AstNode[] }
  | { kind: 'member'; of: Value; property: string }
  | { kind: 'unknown'; reason: string };

export const unknown = (reason: string): Value => ({ kind: 'unknown', reason });

/** The last name of a callee: `apigw.DomainName` → `DomainName`. */
export function calleeName(node: AstNode): string {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'MemberExpression' && node.property.type === 'Identifier') return node.property.name;
  return '';
}

export function propertyName(property: ObjectProperty): string | undefined {
  if (property.key.type === 'Identifier') return property.key.name;
  if (property.key.type === 'StringLiteral') return property.key.value;
  return undefined;
}

export function propertyOf(object: AstNode | undefined, name: string): ObjectProperty | undefined {
  if (object?.type !== 'ObjectExpression') return undefined;
  return object.properties.find(
    (property): property is ObjectProperty => property.type === 'ObjectProperty' && propertyName(property) === name,
  );
}

export class CdkFile {
  readonly bindings = new Map<string, AstNode>();
  readonly news: Array<{ type: string; node: AstNode; args: AstNode[] }> = [];
  readonly calls: Array<{ callee: AstNode; node: AstNode; args: AstNode[] }> = [];
  readonly mtlsObjects: Array<{ holder: AstNode; mtls: AstNode }> = [];

  constructor(
    readonly file: string,
    readonly appFolder: string,
    readonly text: string,
  ) {}

  line(node: AstNode): number {
    return node.loc?.start.line ?? 1;
  }

  place(node: AstNode): Place {
    return { file: this.file, line: this.line(node) };
  }

  source(node: AstNode): string {
    return this.text.slice(node.start ?? 0, node.end ?? 0).slice(0, 80);
  }

  evaluate(node: AstNode | undefined, depth = 0): Value {
    if (!node) return unknown('nothing');
    if (depth > 32) return unknown('bindings nest too deep');
    const again = (inner: AstNode | undefined) => this.evaluate(inner, depth + 1);
    switch (node.type) {
      case 'StringLiteral':
        return { kind: 'text', text: node.value };
      case 'TemplateLiteral': {
        let text = '';
        for (const [index, quasi] of node.quasis.entries()) {
          text += quasi.value.cooked ?? quasi.value.raw;
          const expression = node.expressions[index];
          if (!expression) continue;
          const value = again(expression);
          if (value.kind !== 'text')
            return value.kind === 'unknown' ? value : unknown(`\`${this.source(expression)}\``);
          text += value.text;
        }
        return { kind: 'text', text };
      }
      case 'BinaryExpression': {
        if (node.operator !== '+') return unknown(`\`${this.source(node)}\``);
        const [left, right] = [again(node.left), again(node.right)];
        if (left.kind === 'text' && right.kind === 'text') return { kind: 'text', text: left.text + right.text };
        return unknown(`\`${this.source(node)}\``);
      }
      case 'TSAsExpression':
      case 'TSNonNullExpression':
      case 'TSSatisfiesExpression':
        return again(node.expression);
      case 'Identifier': {
        if (node.name === '__dirname') return { kind: 'text', text: `\0dir:${folderOf(this.file)}` };
        const bound = this.bindings.get(node.name);
        return bound ? again(bound) : unknown(`\`${node.name}\` is not a constant of this file`);
      }
      case 'MemberExpression': {
        if (node.object.type === 'ThisExpression' && node.property.type === 'Identifier') {
          const bound = this.bindings.get(`this.${node.property.name}`);
          return bound ? again(bound) : unknown(`\`this.${node.property.name}\``);
        }
        if (node.property.type !== 'Identifier') return unknown(`\`${this.source(node)}\``);
        return { kind: 'member', of: again(node.object), property: node.property.name };
      }
      case 'NewExpression':
        return { kind: 'construct', type: calleeName(node.callee), node, args: node.arguments };
      case 'CallExpression': {
        const name = calleeName(node.callee);
        if (name === 'join' || name === 'resolve') {
          const parts = node.arguments.map((argument) => again(argument));
          if (parts.every((part) => part.kind === 'text')) {
            const texts = parts.map((part) => (part as { text: string }).text);
            return { kind: 'text', text: joinPaths(texts) };
          }
          return unknown(`\`${this.source(node)}\``);
        }
        if (name === 'readFileSync' || name === 'readFile')
          return { kind: 'member', of: again(node.arguments[0]), property: '\0content' };
        return { kind: 'construct', type: name, node, args: node.arguments };
      }
      default:
        return unknown(`\`${this.source(node)}\``);
    }
  }

  /** A path the app names, relative to the checked root: from `__dirname` or the app's folder (where cdk.json is). */
  path(value: Value): { path: string } | { outside: string } | undefined {
    if (value.kind !== 'text') return undefined;
    const match = /^\0dir:([^\0]*)(.*)$/s.exec(value.text);
    if (match) return resolveInside(match[1]!, match[2]!.replace(/^\//, '') || '.');
    return resolveInside(this.appFolder, value.text);
  }
}

/** path.join over texts where one may be `__dirname`'s marker. */
function joinPaths(parts: string[]): string {
  let result = '';
  for (const part of parts) {
    if (part.startsWith('\0dir:')) result = part;
    else if (part.startsWith('/')) result = part;
    else result = result === '' ? part : `${result}/${part}`;
  }
  return result;
}

export function constructId(file: CdkFile, args: AstNode[]): string {
  const id = file.evaluate(args[1]);
  return id.kind === 'text' ? id.text : 'construct';
}

export function walk(root: AstNode, file: CdkFile, collector: Collector): void {
  let budget = MAX_NODES;
  const stack: AstNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (--budget < 0) {
      collector.note(
        'infrastructure-not-understood',
        { file: file.file, line: 1 },
        `${file.file} has more than ${MAX_NODES.toLocaleString('en-US')} syntax nodes; the rest was not read.`,
      );
      return;
    }
    if (
      node.type === 'VariableDeclarator' &&
      node.id.type === 'Identifier' &&
      node.init &&
      !file.bindings.has(node.id.name)
    )
      file.bindings.set(node.id.name, node.init);
    if (
      node.type === 'AssignmentExpression' &&
      node.left.type === 'MemberExpression' &&
      node.left.object.type === 'ThisExpression' &&
      node.left.property.type === 'Identifier'
    )
      file.bindings.set(`this.${node.left.property.name}`, node.right);
    if (node.type === 'NewExpression') file.news.push({ type: calleeName(node.callee), node, args: node.arguments });
    if (node.type === 'CallExpression') file.calls.push({ callee: node.callee, node, args: node.arguments });
    if (node.type === 'ObjectExpression') {
      const mtls = propertyOf(node, 'mtls');
      if (mtls && mtls.value.type === 'ObjectExpression') file.mtlsObjects.push({ holder: node, mtls: mtls.value });
    }
    for (const key of Object.keys(node) as Array<keyof AstNode>) {
      if (key === 'loc' || key === 'leadingComments' || key === 'trailingComments' || key === 'innerComments') continue;
      const child = node[key] as unknown;
      if (Array.isArray(child)) {
        for (let i = child.length - 1; i >= 0; i--) {
          const item = child[i] as AstNode | null;
          if (item && typeof item.type === 'string') stack.push(item);
        }
      } else if (child && typeof child === 'object' && typeof (child as AstNode).type === 'string')
        stack.push(child as AstNode);
    }
  }
}
