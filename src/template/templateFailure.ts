/**
 * Turns a Handlebars runtime failure into a message and a position a template author can use:
 * strict mode's text names only the last segment of a path and prints the object it searched.
 */
import type { Span } from '../diag/diagnostic.js';

export interface TemplateSource {
  /** The partial's name, e.g. `sections/quote`. */
  name?: string;
  file: string;
  text: string;
}

/** What Handlebars' exceptions carry besides the message: 1-based lines, 0-based columns. */
type HandlebarsError = Error & {
  lineNumber?: number;
  column?: number;
  endLineNumber?: number;
  endColumn?: number;
};

/**
 * Handlebars' strict-mode text, `"titel" not defined in [object Object] - 1:11`, names only the
 * last segment and prints the object it searched in; a template author needs the path as written
 * and the file it is in (sheet.hbs or a partial), so both are recovered from the error's position.
 */
export function describeFailure(
  sources: readonly TemplateSource[],
  e: unknown,
): { message: string; span: Span } {
  const err: HandlebarsError = e instanceof Error ? e : new Error(String(e));
  const text = err.message.replace(/ - \d+:\d+$/, '');
  const main = sources[0]!;
  const { lineNumber: line, column: col } = err;
  if (line === undefined || col === undefined) return describeUnplaced(sources, text);
  const name = /^"(.*)" not defined in /.exec(text)?.[1];
  const placed = name === undefined ? undefined : findPath(sources, name, err);
  const source = placed?.source ?? main;
  const start = offsetOf(source.text, line, col);
  const end = start + (placed?.path.length ?? 0);
  const span = { file: source.file, start, end, line, col: col + 1 };
  if (name === undefined) return { message: text, span };
  return { message: `\`${placed?.path ?? name}\` is not defined`, span };
}

/**
 * Asking for a field of a text or a number (`{{sheet.title.size}}`) fails inside Handlebars with
 * a TypeError, `Cannot use 'in' operator to search for 'size' in <the whole text>`: no position,
 * and the sheet's content in the message. The path is found by its last segment when only one
 * path in the template's files ends that way.
 */
function describeUnplaced(sources: readonly TemplateSource[], text: string): { message: string; span: Span } {
  const main = sources[0]!;
  const at = { file: main.file, start: 0, end: 0, line: 1, col: 1 };
  const name = /^Cannot use 'in' operator to search for '(.*?)' in /s.exec(text)?.[1];
  if (name === undefined) return { message: text, span: at };
  const escaped = name.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  const ending = new RegExp(`[^\\s{}()=#>/]*[./]${escaped}(?![^\\s{}()=])`, 'g');
  const found = sources.flatMap((source) =>
    [...source.text.matchAll(/\{\{[^}]*\}\}/g)].flatMap((m) =>
      [...m[0].matchAll(ending)].map((p) => ({ source, path: p[0], start: m.index + p.index })),
    ),
  );
  const why = 'it asks for a field of a text or a number';
  if (found.length !== 1) return { message: `\`${name}\` is not defined: ${why}`, span: at };
  const { source, path, start } = found[0]!;
  const before = source.text.slice(0, start).split('\n');
  const line = before.length;
  const span = { file: source.file, start, end: start + path.length, line, col: before.at(-1)!.length + 1 };
  return { message: `\`${path}\` is not defined: ${why}`, span };
}

/**
 * The path expression containing `name` that the error's position covers, and the source holding
 * it. The error does not say which file it came from, so each is tried, sheet.hbs first.
 */
function findPath(sources: readonly TemplateSource[], name: string, err: HandlebarsError) {
  const line = err.lineNumber!;
  const col = err.column!;
  for (const source of sources) {
    const lineText = source.text.split(/\r?\n/)[line - 1];
    if (lineText === undefined) continue;
    const end = err.endLineNumber === line && err.endColumn !== undefined ? err.endColumn : lineText.length;
    const path = /^[^\s{}()=]+/.exec(lineText.slice(col, end))?.[0];
    if (path && path.split(/[./]/).includes(name)) return { source, path };
  }
  return undefined;
}

function offsetOf(text: string, line: number, col: number): number {
  let at = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', at);
    if (next < 0) return text.length;
    at = next + 1;
  }
  return Math.min(at + col, text.length);
}
