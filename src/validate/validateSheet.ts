/** Turns loaded YAML data into a typed Sheet (or Org) plus diagnostics. */
import type { Static, TSchema } from '@sinclair/typebox';
import { hasErrors, type Diagnostic, type Result } from '../diag/diagnostic.js';
import type { LoadedYaml } from '../load/loadYaml.js';
import { spanAt } from '../load/spanAt.js';
import { error } from '../diag/diagnostic.js';
import { checkSchema } from './checkSchema.js';

/** Validates against a schema; the value is undefined when anything is wrong. */
export function validateData<S extends TSchema>(
  schema: S,
  loaded: LoadedYaml,
  what: string,
  check: (data: Record<string, unknown>, src: LoadedYaml['source']) => Diagnostic[] = (d, src) =>
    checkSchema(schema, d, src),
): Result<Static<S> | undefined> {
  const { data, source } = loaded;
  if (data === null || data === undefined || typeof data !== 'object' || Array.isArray(data)) {
    const found =
      data === null || data === undefined
        ? 'an empty file'
        : Array.isArray(data)
          ? 'a list'
          : 'a single value';
    const diagnostics: Diagnostic[] = [
      error('not-a-sheet', `this file is not ${what}`, {
        span: spanAt(source, []),
        expected: 'a section of `key: value` lines',
        found,
      }),
    ];
    return { value: undefined, diagnostics };
  }
  const diagnostics = check(data as Record<string, unknown>, source);
  return { value: hasErrors(diagnostics) ? undefined : (data as Static<S>), diagnostics };
}
