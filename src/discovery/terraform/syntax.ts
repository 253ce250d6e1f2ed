import type { SyntaxNode } from '@lezer/common';
import type { Place } from '../model.js';

export interface SourceText {
  path: string;
  text: string;
  line: (offset: number) => number;
}

export interface Located {
  node: SyntaxNode;
  source: SourceText;
}

export const childrenOf = (node: SyntaxNode): SyntaxNode[] => {
  const list: SyntaxNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) list.push(child);
  return list;
};

export const textOf = (node: SyntaxNode, source: SourceText) => source.text.slice(node.from, node.to);

/** The string of a block label (`"aws_s3_object"`). */
export function labelText(node: SyntaxNode, source: SourceText): string {
  const literal = node.getChild('StringLit')?.getChild('TemplateLiteral');
  return literal ? unescapeTemplate(textOf(literal, source)) : textOf(node, source);
}

export function blockType(block: SyntaxNode, source: SourceText): string {
  const type = block.getChild('BlockType');
  return type ? textOf(type, source) : '';
}

export function blockLabels(block: SyntaxNode, source: SourceText): string[] {
  return block.getChildren('BlockLabel').map((label) => labelText(label, source));
}

/** An attribute's expression in a body. */
export function attribute(body: Located, name: string): Located | undefined {
  for (const node of body.node.getChildren('Attribute')) {
    const key = node.getChild('Identifier');
    if (key && textOf(key, body.source) === name) {
      const expression = node.getChild('Expression');
      return expression ? { node: expression, source: body.source } : undefined;
    }
  }
  return undefined;
}

/** The bodies of the nested blocks of one type. */
export function nestedBlocks(body: Located, type: string): Located[] {
  return body.node
    .getChildren('Block')
    .filter((block) => blockType(block, body.source) === type)
    .flatMap((block) => {
      const inner = block.getChild('Body');
      // An empty block `{}` has no Body node: it holds nothing.
      return inner ? [{ node: inner, source: body.source }] : [{ node: block, source: body.source }];
    });
}

export const placeOf = (located: Located): Place => ({
  file: located.source.path,
  line: located.source.line(located.node.from),
});

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

export function unescapeTemplate(literal: string): string {
  return literal
    .replace(/\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)/g, (whole, escape: string) => {
      if (escape.length > 1) return String.fromCodePoint(parseInt(escape.slice(1), 16));
      return ESCAPES[escape] ?? whole;
    })
    .replace(/\$\$\{/g, '${')
    .replace(/%%\{/g, '%{');
}
