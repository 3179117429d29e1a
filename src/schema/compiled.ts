/**
 * The schemas as a build uses them: a check function per schema, the schema object itself (for
 * the messages when a check fails) and the section kinds' names, places and rich-text fields.
 *
 * This file compiles the checks when it is loaded, with TypeBox's compiler. `npm run build`
 * replaces its output in dist with `compiled.js` written by `writeCompiled.ts`: the same exports
 * with the checks' code generated ahead of time and the schemas as object literals, so a build
 * loads neither TypeBox nor its compiler (about 250 modules). Tests check that file against
 * these schemas (tests/validate/compiled.test.ts).
 */
import type { TSchema } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import type { KindName } from '../sections/registry.js';
import * as sources from './sources.js';

export interface CompiledSchema {
  schema: TSchema;
  check: (value: unknown) => boolean;
}

const compile = (schema: TSchema): CompiledSchema => {
  const compiled = TypeCompiler.Compile(schema);
  return { schema, check: (value) => compiled.Check(value) };
};

const mapValues = <K extends string, A, B>(o: Record<K, A>, f: (a: A) => B) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v as A)])) as Record<K, B>;

export const FILE_CHECKS = mapValues(sources.FILE_SCHEMAS, compile);
export const SECTION_CHECKS: Record<KindName, CompiledSchema> = mapValues(sources.SECTION_SCHEMAS, compile);
export const KIND_NAMES: readonly KindName[] = sources.KIND_NAMES;
export const KIND_RICH: Record<KindName, readonly string[]> = sources.KIND_RICH;
export const PLACES: readonly string[] = sources.PLACES;
/** Which implementation this is: `generated` in the file written ahead of time. */
export const COMPILED_BY: 'generated' | 'at-load' = 'at-load';
