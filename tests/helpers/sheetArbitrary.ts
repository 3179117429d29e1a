/**
 * fast-check arbitraries for random valid sheets, derived from the TypeBox schemas: a header and
 * 1–8 sections of random kinds in random order (kinds repeat), each with a random `place` now
 * and then, and now and then `break: before`. Text is drawn from a pool that includes markup,
 * entities, template syntax and accented letters. What the schema cannot say is made valid
 * here: chart data fits its labels and type, and every `[^a]` has a source.
 */
import type { TSchema } from '@sinclair/typebox';
import fc from 'fast-check';
import { CHART_TYPES } from '../../src/schema/chart.js';
import { SheetSchema } from '../../src/schema/sheet.js';
import { KIND_NAMES, SECTION_KINDS, type KindName } from '../../src/sections/registry.js';

/** The templates the generators use; each must be modelled in render.property.test.ts. */
export const TEMPLATES = ['program-office', 'casework', 'news'] as const;

const WORDS = ['justice', 'the', 'rescue', 'survivors', 'Kolkata', 'police', '435', '5,470', '79%', '“quoted”', 'don’t', 'café', 'São', 'Ñandú',
  'naïve', '—', '–', '**bold**', '*italic*', '\\*', '{{org.name}}', '<b>', '&amp;', 'a/b-c.d', 'https://example.org/a/very/long/path/that/needs/breaking', '[^a]'];

/**
 * Words from the pool, or now and then a made-up one (`k4821`): the pool's words recur across
 * fields, so only a word no other field is likely to print shows that this field's text is there.
 */
const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 99_999 }).map((n) => `k${n}`) },
);

const text = (maxWords: number) =>
  fc.array(word, { minLength: 1, maxLength: maxWords }).map((w) => w.join(' '));

const LONG_FIELDS = new Set(['text', 'bio', 'summary']);

/** Keys left out: the organisation file (every run uses the sample's) and theme colours. */
const SKIP = new Set(['org', 'theme']);

const number = fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10);

/** Chart data that fits its type: one value per label, ranges only in bars, no negative doughnut. */
export const chartArbitrary = fc.record({
  type: fc.constantFrom(...CHART_TYPES),
  labels: fc.array(text(3), { minLength: 1, maxLength: 5 }),
  seriesCount: fc.integer({ min: 1, max: 3 }),
  names: fc.array(text(3), { minLength: 3, maxLength: 3 }),
  values: fc.array(fc.oneof(number, fc.tuple(number, number).map(([a, b]) => [Math.min(a, b), Math.max(a, b)])), { minLength: 15, maxLength: 15 }),
  title: text(8),
  unit: fc.option(fc.constantFrom('%', 'count'), { nil: undefined }),
  source: fc.option(text(8), { nil: undefined }),
  alt: fc.option(text(8), { nil: undefined }),
}).map(({ type, labels, seriesCount, names, values, title, unit, source, alt }) => {
  const single = type === 'doughnut' || type === 'before-after';
  const ranges = type === 'bar' || type === 'horizontal-bar' || type === 'before-after';
  const count = single ? 1 : seriesCount;
  const series = Array.from({ length: count }, (_, s) => ({
    ...(count > 1 ? { name: names[s]! } : {}),
    values: labels.map((_, i) => {
      const v = values[(s * 5 + i) % values.length]!;
      return ranges || typeof v === 'number' ? v : v[0]!;
    }),
  }));
  return { type, title, labels, series, ...(unit ? { unit } : {}), ...(source ? { source } : {}), ...(alt ? { alt } : {}) };
});

const BY_KEY: Record<string, fc.Arbitrary<unknown>> = {
  template: fc.constantFrom(...TEMPLATES),
  src: fc.constantFrom('images/cover.jpg', 'images/director.jpg', 'images/sani.jpg'),
  url: fc.constantFrom('https://example.org/join', 'mailto:hello@example.org'),
  email: fc.constantFrom('press@example.org', 'a.b@c.d'),
  language: fc.constantFrom('en-US', 'en', 'fr-FR', 'de'),
  date: fc.constantFrom('2019-06-01', '2024-02-29', '2019-06'),
  chart: chartArbitrary,
};

export function arbitraryFor(schema: TSchema, key = '', depth = 0): fc.Arbitrary<unknown> {
  if (BY_KEY[key]) return key === 'date' && depth === 1 ? fc.constantFrom('2019-06-01', '2024-02-29') : BY_KEY[key]!;
  if (Array.isArray(schema.anyOf)) return fc.oneof(...schema.anyOf.map((s: TSchema) => arbitraryFor(s, key, depth)));
  if (schema.const !== undefined) return fc.constant(schema.const);
  switch (schema.type) {
    case 'object':
      return objectOf(schema, depth);
    case 'array':
      // A tuple (a stat's [low, high] range): its items in order, low first.
      if (Array.isArray(schema.items)) return fc.tuple(number, number).map(([a, b]) => [Math.min(a, b), Math.max(a, b)]);
      return fc.array(arbitraryFor(schema.items as TSchema, key, depth + 1), { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 4, 4) });
    case 'string':
      if (schema.pattern) return fc.constantFrom('a', 'b1', 'c-2');
      if ((schema.maxLength ?? Infinity) < 30) return fc.constantFrom('+', '%', '$', ' more', 'up to').filter((v) => v.length <= schema.maxLength);
      return text(LONG_FIELDS.has(key) ? 40 : 8);
    case 'integer':
      return fc.integer({ min: Math.max(schema.minimum ?? 0, 0), max: Math.min(schema.maximum ?? 100_000, 100_000) });
    case 'number':
      return number;
    case 'boolean':
      return fc.boolean();
    default:
      return fc.constant(undefined);
  }
}

function objectOf(schema: TSchema, depth: number): fc.Arbitrary<unknown> {
  if (schema.patternProperties) return fc.dictionary(fc.constantFrom('a', 'b', 'c'), text(12), { minKeys: 1, maxKeys: 3 });
  const props = Object.entries(schema.properties as Record<string, TSchema>).filter(([k]) => !SKIP.has(k));
  const required = new Set<string>(schema.required ?? []);
  const shape = Object.fromEntries(props.map(([k, s]) => [k, arbitraryFor(s, k, depth + 1)]));
  return fc.record(shape, { requiredKeys: props.map(([k]) => k).filter((k) => required.has(k)) });
}

type Body = Record<string, unknown>;
export type SectionItem = Partial<Record<KindName, Body>>;
export type RandomSheet = Record<string, unknown> & { sections: SectionItem[]; template: string };

/** One section of the given kind: its fields, maybe a `place`, and a `break: before` one time in four. */
export function sectionOf(kind: KindName): fc.Arbitrary<SectionItem> {
  const body: fc.Arbitrary<Body> = kind === 'chart'
    ? fc.record({ chart: chartArbitrary, more: arbitraryFor(SECTION_KINDS.chart.schema, '', 2) as fc.Arbitrary<Body> })
      .map(({ chart, more }) => ({ ...chart, ...pick(more, ['size', 'place', 'break']) }))
    : (arbitraryFor(SECTION_KINDS[kind].schema, '', 2) as fc.Arbitrary<Body>);
  return fc.tuple(body, fc.nat(3)).map(([b, n]) => {
    const { break: brk, ...rest } = b;
    return { [kind]: fitTable(kind, n === 0 && brk ? { ...rest, break: brk } : rest) };
  });
}

/** A table row has one cell per column: rows are cut or filled (repeating their cells) to fit. */
function fitTable(kind: KindName, body: Body): Body {
  if (kind !== 'table') return body;
  const columns = (body.columns as unknown[]).length;
  const rows = (body.rows as unknown[][]).map((row) => Array.from({ length: columns }, (_, i) => row[i % row.length]));
  return { ...body, rows };
}

const pick = (o: Body, keys: string[]) => Object.fromEntries(Object.entries(o).filter(([k]) => keys.includes(k)));

export const sectionArbitrary: fc.Arbitrary<SectionItem> = fc.oneof(...KIND_NAMES.map(sectionOf));

/** Every `[^a]` needs a source: the first facts section gets one, or a facts section is added. */
function withSources(sections: SectionItem[]): SectionItem[] {
  if (!JSON.stringify(sections).includes('[^a]')) return sections;
  const first = sections.findIndex((s) => s.facts);
  if (first < 0) return [...sections, { facts: { items: ['A fact k778.'], sources: { a: 'Source k779' } } }];
  // A copy: generated values are shared with fast-check (it shrinks them), never changed in place.
  const facts = sections[first]!.facts!;
  const sources = { a: 'Source k777', ...(facts.sources as Body | undefined) };
  return sections.map((s, i) => (i === first ? { facts: { ...facts, sources } } : s));
}

const sheetShell = arbitraryFor({ ...SheetSchema, properties: { ...SheetSchema.properties, sections: { type: 'null' } } } as TSchema);

/** A random valid sheet that may take as many pages as it needs (`pages: auto`). */
export const sheetArbitrary: fc.Arbitrary<RandomSheet> = fc
  .record({ shell: sheetShell as fc.Arbitrary<Body>, sections: fc.array(sectionArbitrary, { minLength: 1, maxLength: 8 }) })
  .map(({ shell, sections }) => {
    const { sections: _none, pages: _pages, ...rest } = shell;
    return { ...rest, pages: 'auto', sections: withSources(sections) } as unknown as RandomSheet;
  });

/** Footnote references need a matching source; text meant only to be long leaves them out. */
const PLAIN_WORDS = WORDS.filter((w) => !w.startsWith('[^'));

/**
 * Rich text of 4,500 to about 4,560 characters, under the 5,000-character field limit: the
 * drawn words are repeated until long enough, so the length does not depend on which were drawn.
 */
const longText = fc.array(fc.constantFrom(...PLAIN_WORDS), { minLength: 5, maxLength: 40 }).map((drawn) => {
  let out = drawn[0]!;
  for (let i = 1; out.length < 4500; i++) out += ` ${drawn[i % drawn.length]}`;
  return out;
});

/**
 * A valid sheet that cannot fit one page whatever its template and other sections: it ends with
 * two or three full-width text sections of some 4,500 characters each (one fills most of a page),
 * the first of them at `sections[longFrom]`. Each one's text ends in a word of its own,
 * `zzend<i>zz` for `sections[i]`, to find where it ends.
 */
export const endOfLong = (i: number) => `zzend${i}zz`;

export const overflowingSheetArbitrary: fc.Arbitrary<{ sheet: RandomSheet; longFrom: number }> = fc
  .record({
    base: sheetArbitrary,
    long: fc.array(fc.record({ title: fc.option(text(6), { nil: undefined }), text: longText }), { minLength: 2, maxLength: 3 }),
  })
  .map(({ base, long }) => ({
    longFrom: base.sections.length,
    sheet: {
      ...base,
      pages: 1,
      sections: [...base.sections, ...long.map(({ title, text: t }, k) => ({
        text: { ...(title ? { title } : {}), text: `${t} ${endOfLong(base.sections.length + k)}`, place: 'full' },
      }))],
    },
  }));
