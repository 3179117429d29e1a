/**
 * Writes the text of `compiled.js` (see `compiled.ts`): each schema's check as the code TypeBox's
 * compiler generates for it, and each schema as an object literal that keeps TypeBox's symbol
 * keys (`Symbol.for('TypeBox.Kind')`), so TypeBox's error walker reads it like the original when
 * a check fails. The output depends only on the schemas and TypeBox's version.
 */
import type { TSchema } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import * as sources from './sources.js';

/** TypeBox's symbol keys are global (`Symbol.for`), so a literal can carry them. */
const SYMBOLS = new Map(
  ['Kind', 'Optional', 'Readonly', 'Hint', 'Transform'].map((name) => [
    Symbol.for(`TypeBox.${name}`),
    `S${name}`,
  ]),
);

/** A value as compact JavaScript source, TypeBox's symbol keys included. */
function literal(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (value === undefined || typeof value === 'function') throw new Error(`cannot write ${String(value)}`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v) => literal(v)).join(',')}]`;
  if (Object.getPrototypeOf(value) !== Object.prototype) throw new Error('a schema holds a non-plain object');
  const entries = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${JSON.stringify(k)}:${literal(v)}`);
  for (const symbol of Object.getOwnPropertySymbols(value)) {
    const name = SYMBOLS.get(symbol);
    if (!name) throw new Error(`a schema holds the unknown symbol ${String(symbol)}`);
    entries.push(`[${name}]:${literal((value as Record<symbol, unknown>)[symbol])}`);
  }
  return `{${entries.join(',')}}`;
}

/** `{ schema, check }` for one schema; the check's code closes over its own regexes. */
function compiledEntry(schema: TSchema): string {
  const code = TypeCompiler.Code(schema);
  return `{\n  schema: ${literal(schema)},\n  check: (() => {\n${code}\n})(),\n}`;
}

function table(schemas: Record<string, TSchema>): string {
  const rows = Object.entries(schemas).map(([name, s]) => `  ${JSON.stringify(name)}: ${compiledEntry(s)}`);
  return `{\n${rows.join(',\n')}\n}`;
}

export function compiledSource(typeboxVersion: string): string {
  return [
    `// Generated at build time by schema/writeCompiled.js from the TypeBox schemas in src/schema and`,
    `// src/sections (TypeBox ${typeboxVersion}); replaces the output of compiled.ts. Do not edit.`,
    ...[...SYMBOLS].map(
      ([symbol, name]) => `const ${name} = Symbol.for(${JSON.stringify(symbol.description)});`,
    ),
    `export const FILE_CHECKS = ${table(sources.FILE_SCHEMAS)};`,
    `export const SECTION_CHECKS = ${table(sources.SECTION_SCHEMAS)};`,
    `export const KIND_NAMES = ${literal(sources.KIND_NAMES)};`,
    `export const KIND_RICH = ${literal(sources.KIND_RICH)};`,
    `export const PLACES = ${literal(sources.PLACES)};`,
    `export const COMPILED_BY = 'generated';`,
    '',
  ].join('\n');
}
