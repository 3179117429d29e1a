/**
 * Checks a sheet's shape section by section. TypeBox would report a wrong section against every
 * kind of the union at once; here each item is first asked which kind it is, then checked against
 * that kind's schema alone, so messages say what is wrong with *this* quote at *its* line.
 */
import { error, type Diagnostic } from '../diag/diagnostic.js';
import { spanAt } from '../load/spanAt.js';
import type { SourceFile } from '../load/sourceFile.js';
import { FILE_CHECKS, KIND_NAMES, PLACES, SECTION_CHECKS } from '../schema/compiled.js';
import type { KindName } from '../sections/registry.js';
import { checkSchema } from './checkSchema.js';
import { nearest } from './suggest.js';

const isKind = (name: string): name is KindName => Object.hasOwn(SECTION_CHECKS, name);

const kindList = KIND_NAMES.map((k) => `\`${k}\``).join(', ');

export function checkSheetShape(data: Record<string, unknown>, src: SourceFile): Diagnostic[] {
  const misplaced = Object.keys(data).filter(isKind);
  const rest = Object.fromEntries(Object.entries(data).filter(([k]) => !isKind(k)));
  const out = [
    ...misplaced.map((k) => topLevelSection(k, src)),
    ...checkSchema(FILE_CHECKS.sheetShell, rest, src),
  ];
  if (Array.isArray(data.sections))
    data.sections.forEach((item, i) => out.push(...checkSection(item, i, src)));
  return out.sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
}

/** The old shape (`quote:` at the top level) is not silently accepted or dropped. */
function topLevelSection(kind: string, src: SourceFile): Diagnostic {
  return error('section-at-top', `\`${kind}\` is a section: it belongs in the \`sections:\` list`, {
    span: spanAt(src, [kind], { key: true }),
    expected: 'sections written as list items under `sections:`, in reading order',
    hint: `move it under \`sections:\` as an item: \`- ${kind}:\` with its fields indented below`,
  });
}

function checkSection(item: unknown, i: number, src: SourceFile): Diagnostic[] {
  const at = ['sections', i];
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    return [
      error('section-shape', `\`sections[${i}]\` should name its kind, e.g. \`- quote:\``, {
        span: spanAt(src, at),
        expected: `a map with one key: ${kindList}`,
      }),
    ];
  }
  const keys = Object.keys(item);
  if (keys.length !== 1) {
    return [
      error(
        'section-shape',
        `\`sections[${i}]\` has ${keys.length} keys; a section has exactly one, its kind`,
        {
          span: spanAt(src, at),
          expected: `one of ${kindList}`,
          found: keys.map((k) => `\`${k}\``).join(', ') || 'nothing',
          hint:
            keys.length > 1
              ? 'start each section with its own `- ` dash, or indent its fields under the kind'
              : undefined,
        },
      ),
    ];
  }
  const kind = keys[0]!;
  if (!isKind(kind)) {
    const guess = nearest(kind, KIND_NAMES);
    return [
      error('unknown-section', `unknown section kind \`${kind}\``, {
        span: spanAt(src, [...at, kind], { key: true }),
        expected: `one of ${kindList}`,
        hint: guess ? `did you mean \`${guess}\`?` : 'choose one of the kinds above',
      }),
    ];
  }
  const body = ((item as Record<string, unknown>)[kind] ?? {}) as Record<string, unknown>;
  // `- about:` with nothing after it is a section with no fields of its own.
  const found = checkSchema(SECTION_CHECKS[kind], body, src, [...at, kind]);
  return kind === 'result' ? found.map((d) => renamedPlace(d, body, i)) : found;
}

/** A result's `place: Cambodia` was its location before every section could take a `place`. */
function renamedPlace(d: Diagnostic, body: Record<string, unknown>, i: number): Diagnostic {
  const old = typeof body.place === 'string' && !PLACES.includes(body.place);
  if (!old || !d.message.startsWith(`\`sections[${i}].result.place\``)) return d;
  return {
    ...d,
    hint:
      `where the result happened is now \`location: ${String(body.place)}\`; ` +
      '`place` says where the section goes',
  };
}
