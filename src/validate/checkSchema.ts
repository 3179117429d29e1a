/** Turns schema violations into positioned diagnostics: what was expected, what was found, a hint. */
import { createRequire } from 'node:module';
import type { TSchema } from '@sinclair/typebox';
import type * as TypeBoxErrors from '@sinclair/typebox/errors';
import type { ValueError } from '@sinclair/typebox/errors';
import { error, type Diagnostic } from '../diag/diagnostic.js';
import type { CompiledSchema } from '../schema/compiled.js';
import { spanAt, type DataPath } from '../load/spanAt.js';
import type { SourceFile } from '../load/sourceFile.js';
import { describeExpected, describeFound, showPath } from './describe.js';
import { nearest } from './suggest.js';

/**
 * TypeBox's error walker, loaded only when a check fails: a valid file is checked by compiled
 * code alone (schema/compiled.ts). CommonJS, because it is loaded synchronously; its schemas'
 * symbol keys are global (`Symbol.for`), so it reads the schemas of either build.
 */
let typeboxErrors: typeof TypeBoxErrors | undefined;
const errorsModule = () =>
  (typeboxErrors ??= createRequire(import.meta.url)('@sinclair/typebox/errors') as typeof TypeBoxErrors);

/** `at` is where `data` sits in the file (a section's body is checked on its own). */
export function checkSchema(
  { schema, check }: CompiledSchema,
  data: unknown,
  src: SourceFile,
  at: DataPath = [],
): Diagnostic[] {
  if (check(data)) return [];
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const e of errorsModule().Errors(schema, data)) {
    if (seen.has(e.path)) continue;
    seen.add(e.path);
    out.push(toDiagnostic(e, src, at));
  }
  return out.sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
}

function parsePath(pointer: string): DataPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

function toDiagnostic(e: ValueError, src: SourceFile, at: DataPath): Diagnostic {
  const path = [...at, ...parsePath(e.path)];
  const { ValueErrorType } = errorsModule();
  const key = path.at(-1);
  const parent = showPath(path.slice(0, -1));
  const where = showPath(path);
  switch (e.type) {
    case ValueErrorType.ObjectAdditionalProperties: {
      const known = Object.keys((e.schema as TSchema).properties ?? {});
      const guess = nearest(String(key), known);
      return error(
        'unknown-key',
        `unknown key \`${String(key)}\`${parent === 'the file' ? '' : ` in ${parent}`}`,
        {
          span: spanAt(src, path, { key: true }),
          expected: `one of ${known.map((k) => `\`${k}\``).join(', ')}`,
          hint: guess
            ? `did you mean \`${guess}\`?`
            : 'remove it, or check the spelling against the list above',
        },
      );
    }
    case ValueErrorType.ObjectRequiredProperty:
      return error(
        'missing-key',
        `missing \`${String(key)}\`${parent === 'the file' ? '' : ` in ${parent}`}`,
        {
          span: spanAt(src, path.slice(0, -1), { key: false }),
          expected: describeExpected(e.schema),
          found: 'nothing',
          hint: `add a line \`${String(key)}: …\``,
        },
      );
    case ValueErrorType.StringMinLength:
      return error('empty', `\`${where}\` is empty`, {
        span: spanAt(src, path),
        expected: 'some text',
        found: describeFound(e.value),
      });
    case ValueErrorType.StringMaxLength:
      return error('too-long', `\`${where}\` is too long`, {
        span: spanAt(src, path),
        expected: `at most ${e.schema.maxLength} characters`,
        found: `${String(e.value).length} characters`,
        hint: 'shorten it; a fact sheet has room for a few sentences per field',
      });
    case ValueErrorType.ArrayMinItems:
    case ValueErrorType.ArrayMaxItems:
      return error('list-size', `\`${where}\` has ${(e.value as unknown[]).length} items`, {
        span: spanAt(src, path),
        expected: `${e.schema.minItems ?? 0} to ${e.schema.maxItems ?? 'any number of'} items`,
        found: describeFound(e.value),
      });
    default:
      return wrongValue(e, path, src);
  }
}

function wrongValue(e: ValueError, path: DataPath, src: SourceFile): Diagnostic {
  const expected = describeExpected(e.schema);
  const numeric = (t: TSchema) => /^(number|integer)$/.test(String(t.type));
  const wantsNumber = numeric(e.schema) || (Array.isArray(e.schema.anyOf) && e.schema.anyOf.some(numeric));
  const numberAsText = typeof e.value === 'string' && wantsNumber && /\d/.test(e.value);
  return error('wrong-type', `\`${showPath(path)}\` should be ${expected}`, {
    span: spanAt(src, path),
    expected,
    found: describeFound(e.value),
    hint: numberAsText
      ? 'write the number alone, without commas or units (5470, not "5,470"); ' +
        'use `prefix`/`suffix` for "+", "%" or "$"'
      : undefined,
  });
}
