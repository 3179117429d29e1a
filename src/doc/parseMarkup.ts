/**
 * Turns the layout markup a template renders into an element tree. The markup is a small,
 * closed XML-like language: elements, attributes in double quotes, text, and the entities
 * Handlebars writes when it escapes content. Anything else is a template error.
 */
import { error, type Diagnostic, type Result } from '../diag/diagnostic.js';

export interface MarkupElement {
  name: string;
  attrs: Record<string, string>;
  children: MarkupNode[];
  /** Offset of the `<` in the markup, for template error messages. */
  offset: number;
}

export type MarkupNode = MarkupElement | string;

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  '#x27': "'",
  '#x60': '`',
  '#x3D': '=',
  '#39': "'",
  nbsp: '\u00a0',
};
const TAG = /<(\/?)([a-z][a-z0-9-]*)((?:\s+[a-z][a-z0-9-]*="[^"]*")*)\s*(\/?)>/y;
const ATTR = /([a-z][a-z0-9-]*)="([^"]*)"/g;

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (m, name: string) => {
    if (name in ENTITIES) return ENTITIES[name]!;
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return m;
  });
}

export function parseMarkup(markup: string, file: string): Result<MarkupElement> {
  const root: MarkupElement = { name: '#root', attrs: {}, children: [], offset: 0 };
  const stack = [root];
  const diagnostics: Diagnostic[] = [];
  let i = 0;
  while (i < markup.length) {
    const lt = markup.indexOf('<', i);
    const textEnd = lt < 0 ? markup.length : lt;
    if (textEnd > i) pushText(stack.at(-1)!, markup.slice(i, textEnd));
    if (lt < 0) break;
    TAG.lastIndex = lt;
    const m = TAG.exec(markup);
    if (!m) {
      diagnostics.push(
        error('template-markup', `bad layout markup near \`${markup.slice(lt, lt + 30)}\``, {
          span: at(markup, file, lt),
        }),
      );
      i = lt + 1;
      continue;
    }
    const [, close, name, rawAttrs, selfClose] = m;
    if (close) closeElement(stack, name!, markup, file, lt, diagnostics);
    else {
      const el: MarkupElement = { name: name!, attrs: parseAttrs(rawAttrs!), children: [], offset: lt };
      stack.at(-1)!.children.push(el);
      if (!selfClose) stack.push(el);
    }
    i = TAG.lastIndex;
  }
  for (const open of stack.slice(1)) {
    diagnostics.push(
      error('template-markup', `<${open.name}> is never closed`, { span: at(markup, file, open.offset) }),
    );
  }
  return { value: root, diagnostics };
}

function closeElement(
  stack: MarkupElement[],
  name: string,
  markup: string,
  file: string,
  offset: number,
  out: Diagnostic[],
) {
  if (stack.length > 1 && stack.at(-1)!.name === name) {
    stack.pop();
    return;
  }
  out.push(
    error('template-markup', `</${name}> does not match <${stack.at(-1)!.name}>`, {
      span: at(markup, file, offset),
    }),
  );
}

function parseAttrs(raw: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const [, k, v] of raw.matchAll(ATTR)) attrs[k!] = decodeEntities(v!);
  return attrs;
}

/** Whitespace between elements is layout noise; text keeps single spaces. */
function pushText(parent: MarkupElement, raw: string) {
  if (raw.trim() === '') return;
  parent.children.push(decodeEntities(raw));
}

function at(markup: string, file: string, offset: number) {
  const before = markup.slice(0, offset).split('\n');
  return { file, start: offset, end: offset, line: before.length, col: before.at(-1)!.length + 1 };
}
