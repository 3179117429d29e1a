/** Turns YAML text into a SourceFile (a yaml Document with positions) and plain data. */
import { LineCounter, parseDocument, isCollection, visit, type YAMLError } from 'yaml';
import { error, hasErrors, type Diagnostic, type Result } from '../diag/diagnostic.js';
import { LIMITS } from './limits.js';
import { spanFromOffsets } from './spanAt.js';
import type { SourceFile } from './sourceFile.js';

export interface LoadedYaml {
  source: SourceFile;
  /** The plain JavaScript data, or undefined when the file could not be read as YAML. */
  data: unknown;
}

const HINTS: Record<string, string> = {
  DUPLICATE_KEY: 'each key may appear once per section; remove or rename the second one',
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  BAD_INDENT: 'check that this line is indented like its siblings',
  MISSING_CHAR: 'a quote or bracket was opened and not closed',
  BLOCK_AS_IMPLICIT_KEY: 'a `key: value` line may be missing its colon, or a text needs quotes',
  MULTILINE_IMPLICIT_KEY: 'a text containing `: ` needs quotes, or the line above is missing a colon',
  UNEXPECTED_TOKEN: 'texts that start with `*`, `&`, `!`, `@`, `%` or a backtick need quotes',
  BAD_ALIAS: 'texts that start with `*` need quotes',
  TAG_RESOLVE_FAILED:
    'the tag is ignored and the value read as plain text; remove the `!` tag, or put the text in quotes',
};

export function loadYaml(file: string, text: string): Result<LoadedYaml> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const source: SourceFile = { file, text, doc, lines };
  const diagnostics = [...doc.errors, ...doc.warnings].map((e) => fromYamlError(source, e));
  // A warning alone (an unknown tag like `!!js/function`) still leaves a readable document.
  if (hasErrors(diagnostics)) return { value: { source, data: undefined }, diagnostics };
  const tooDeep = findTooDeep(source);
  if (tooDeep) return { value: { source, data: undefined }, diagnostics: [...diagnostics, tooDeep] };
  const unresolved = findUnresolvedAlias(source);
  if (unresolved) return { value: { source, data: undefined }, diagnostics: [...diagnostics, unresolved] };
  try {
    return { value: { source, data: doc.toJS({ maxAliasCount: LIMITS.aliases }) }, diagnostics };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const alias = /alias/i.test(message);
    return {
      value: { source, data: undefined },
      diagnostics: [
        ...diagnostics,
        error(alias ? 'alias-limit' : 'yaml', alias ? 'too many alias expansions (`*name`)' : message, {
          span: spanFromOffsets(source, 0, 0),
          hint: alias
            ? `a sheet may expand at most ${LIMITS.aliases} aliases; write the repeated text out`
            : undefined,
        }),
      ],
    };
  }
}

/**
 * `label: *Important*` is YAML for "the value anchored as `Important*`": yaml only fails on it
 * inside toJS, with a message that reads like an alias bomb. Name it at the alias instead.
 */
function findUnresolvedAlias(src: SourceFile): Diagnostic | undefined {
  let found: Diagnostic | undefined;
  visit(src.doc, {
    Alias(_key, node) {
      if (found || node.resolve(src.doc)) return;
      const [start, end] = node.range ?? [0, 0];
      found = error(
        'yaml-bad-alias',
        `YAML syntax: \`${src.text.slice(start, end)}\` reads as a reference to an anchor ` +
          '(`*name`) that does not exist',
        {
          span: spanFromOffsets(src, start, end),
          hint: `${HINTS.BAD_ALIAS}: "${src.text.slice(start, end)}"`,
        },
      );
      return visit.BREAK;
    },
  });
  return found;
}

function fromYamlError(src: SourceFile, e: YAMLError): Diagnostic {
  if (e.code === 'RESOURCE_EXHAUSTION') return tooDeep(src, e.pos[0]);
  // yaml appends " at line L, column C" and a code frame; we print our own.
  const message = e.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim();
  return {
    severity: e.name === 'YAMLWarning' ? 'warning' : 'error',
    code: `yaml-${e.code.toLowerCase().replace(/_/g, '-')}`,
    message: `YAML syntax: ${message}`,
    span: spanFromOffsets(src, e.pos[0], e.pos[1]),
    hint: HINTS[e.code],
  };
}

/** Nesting is checked on the syntax tree, before any recursive conversion can blow the stack. */
function findTooDeep(src: SourceFile): Diagnostic | undefined {
  const stack: { node: unknown; depth: number }[] = [{ node: src.doc.contents, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!isCollection(node)) continue;
    if (depth > LIMITS.depth) return tooDeep(src, node.range?.[0] ?? 0);
    for (const item of node.items) {
      const pair = item as { key?: unknown; value?: unknown };
      stack.push({ node: 'value' in pair ? pair.value : item, depth: depth + 1 });
    }
  }
  return undefined;
}

function tooDeep(src: SourceFile, at: number): Diagnostic {
  return error('too-deep', `the YAML is nested more than ${LIMITS.depth} levels deep`, {
    span: spanFromOffsets(src, at, at),
    hint: 'a sheet is never this deep; check the indentation and brackets',
  });
}
