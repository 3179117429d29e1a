/** Turns loaded YAML data into a typed Sheet (or Org) plus diagnostics. */
import { hasErrors, type Diagnostic, type Result } from '../diag/diagnostic.js';
import type { LoadedYaml } from '../load/loadYaml.js';
import { spanAt } from '../load/spanAt.js';
import { error } from '../diag/diagnostic.js';
import { FILE_CHECKS } from '../schema/compiled.js';
import type { FileSchemaName } from '../schema/sources.js';
import { checkSchema } from './checkSchema.js';

/**
 * Validates against a schema of schema/sources.ts (`T` is its static type); the value is
 * undefined when anything is wrong.
 */
export function validateData<T>(
  schema: FileSchemaName,
  loaded: LoadedYaml,
  what: string,
  check: (data: Record<string, unknown>, src: LoadedYaml['source']) => Diagnostic[] = (d, src) =>
    checkSchema(FILE_CHECKS[schema], d, src),
): Result<T | undefined> {
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
  return { value: hasErrors(diagnostics) ? undefined : (data as T), diagnostics };
}
