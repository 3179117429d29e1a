/**
 * fast-check arbitraries derived from the TypeBox sheet schema: every generated sheet is valid
 * by construction (except what the schema cannot say, e.g. footnote ids), with text drawn
 * from a pool that includes markup, entities, template syntax and accented letters.
 */
import type { TSchema } from '@sinclair/typebox';
import fc from 'fast-check';
import { SheetSchema } from '../../src/schema/sheet.js';

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

/** Keys left out: paths to other files (org) and charts, whose cross-references the schema cannot express. */
const SKIP = new Set(['org', 'charts', 'chart', 'theme']);

const BY_KEY: Record<string, fc.Arbitrary<unknown>> = {
  template: fc.constantFrom('program-office', 'casework', 'news'),
  src: fc.constantFrom('images/cover.jpg', 'images/director.jpg', 'images/sani.jpg'),
  url: fc.constantFrom('https://example.org/join', 'mailto:hello@example.org'),
  language: fc.constantFrom('en-US', 'en', 'fr-FR', 'de'),
  date: fc.constantFrom('2019-06-01', '2024-02-29'),
};

export function arbitraryFor(schema: TSchema, key = '', depth = 0): fc.Arbitrary<unknown> {
  if (BY_KEY[key]) return BY_KEY[key]!;
  if (Array.isArray(schema.anyOf)) return fc.oneof(...schema.anyOf.filter((s: TSchema) => s.type !== 'array').map((s: TSchema) => arbitraryFor(s, key, depth)));
  if (schema.const !== undefined) return fc.constant(schema.const);
  switch (schema.type) {
    case 'object':
      return objectOf(schema, depth);
    case 'array':
      return fc.array(arbitraryFor(schema.items as TSchema, key, depth + 1), { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 4, 4) });
    case 'string':
      if (schema.pattern) return fc.constantFrom('a', 'b1', 'c-2');
      if ((schema.maxLength ?? Infinity) < 20) return fc.constantFrom('+', '%', '$', ' more').filter((v) => v.length <= schema.maxLength);
      return text(key === 'text' || key === 'bio' || key === 'summary' ? 40 : 8);
    case 'integer':
      return fc.integer({ min: Math.max(schema.minimum ?? 0, 0), max: Math.min(schema.maximum ?? 100_000, 100_000) });
    case 'number':
      return fc.double({ min: 0, max: 1_000_000, noNaN: true }).map((n) => Math.round(n * 10) / 10);
    case 'boolean':
      return fc.boolean();
    default:
      return fc.constant(undefined);
  }
}

function objectOf(schema: TSchema, depth: number): fc.Arbitrary<unknown> {
  if (schema.patternProperties) return fc.dictionary(fc.constantFrom('a', 'b', 'c'), text(12), { maxKeys: 3 });
  const props = Object.entries(schema.properties as Record<string, TSchema>).filter(([k]) => !SKIP.has(k));
  const required = new Set<string>(schema.required ?? []);
  const shape = Object.fromEntries(props.map(([k, s]) => [k, arbitraryFor(s, k, depth + 1)]));
  return fc.record(shape, { requiredKeys: props.map(([k]) => k).filter((k) => required.has(k)) });
}

export const sheetArbitrary = arbitraryFor(SheetSchema);

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
 * A valid sheet that cannot fit its pages whatever the template: page 1 of program-office and
 * casework shows the problem text and the facts, news shows the stories. A page holds about 60
 * lines of body text; each long field is some 80 lines in a half-page column, and there are 4-5.
 */
export const overflowingSheetArbitrary = fc
  .record({
    base: sheetArbitrary as fc.Arbitrary<Record<string, unknown>>,
    problem: longText,
    facts: fc.array(longText, { minLength: 3, maxLength: 4 }),
    news: fc.array(fc.record({ headline: text(8), summary: longText }), { minLength: 3, maxLength: 4 }),
  })
  .map(({ base, problem, facts, news }) => ({
    ...base,
    problem: { ...(base.problem as object | undefined), text: problem },
    // Replacing the facts drops their footnote references, which could otherwise fail first.
    facts: { items: facts },
    news: { items: news },
  }));
