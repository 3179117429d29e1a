import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import {
  createFormatters, formatNumber, formatStat, registerHelpers, type StatFigure,
} from '../../../src/template/helpers.js';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
/** Expected text is written with ordinary spaces; the formatter makes every space unbreakable. */
const nb = (s: string) => s.replace(/ /g, NBSP);

describe('formatStat', () => {
  it.each<[string, StatFigure, string, string]>([
    ['a number, en-US', { value: 5470 }, 'en-US', '5,470'],
    ['a number, de-DE', { value: 5470 }, 'de-DE', '5.470'],
    ['Indian grouping, en-IN', { value: 100000 }, 'en-IN', '1,00,000'],
    ['Indian grouping, hi-IN', { value: 100000 }, 'hi-IN', '1,00,000'],
    ['Latin digits in ar-EG', { value: 5470 }, 'ar-EG', '5,470'],
    ['Latin digits whatever the tag asks', { value: 12 }, 'th-TH-u-nu-thai', '12'],
    ['decimals, de-DE', { value: 2.5, suffix: '%' }, 'de-DE', '2,5%'],
    ['a range with an en dash', { value: [40000, 100000] }, 'en-US', '40,000–100,000'],
    ['a range, de-DE', { value: [40000, 100000] }, 'de-DE', '40.000–100.000'],
    ['a range with its suffix once', { value: [20, 50], suffix: '%' }, 'en-US', '20–50%'],
    ['a word prefix, spaced', { value: 85, prefix: 'up to', suffix: '%' }, 'en-US', nb('up to 85%')],
    ['a word prefix in another script', { value: 85, prefix: 'до' }, 'ru-RU', nb('до 85')],
    ['a symbol prefix, not spaced', { value: 150, prefix: '$' }, 'en-US', '$150'],
    ['a prefix ending in a space keeps one', { value: 150, prefix: 'US$ ' }, 'en-US', nb('US$ 150')],
    ['a word suffix, spaced', { value: 3, suffix: 'million' }, 'en-US', nb('3 million')],
    ['a suffix starting with a space', { value: 3, suffix: ' million' }, 'en-US', nb('3 million')],
    ['a symbol suffix', { value: 500, suffix: '+' }, 'en-US', '500+'],
    ['compact, long', { value: 150_000_000_000, prefix: '$', compact: true }, 'en-US', nb('$150 billion')],
    ['compact, de-DE', { value: 3_000_000, compact: true }, 'de-DE', nb('3 Millionen')],
    ['compact range, both ends', { value: [2e6, 5e6], compact: true }, 'en-US', nb('2 million–5 million')],
    ['compact, en-IN', { value: 150_000_000_000, compact: true }, 'en-IN', `15,000${NNBSP}crore`],
  ])('%s', (_, stat, lang, expected) => {
    expect(formatStat(stat, lang)).toBe(expected);
  });

  it('never leaves a breakable space or a direction mark in the value', () => {
    const printed = [
      formatStat({ value: [-5470, 2e9], prefix: 'about', suffix: 'people helped', compact: true }, 'ar-EG'),
      formatStat({ value: 1234567.5, suffix: ' more' }, 'fr-FR'),
    ];
    for (const p of printed) expect(p).not.toMatch(/[ \u200e\u200f\u061c]/);
    expect(printed[1]).toBe(`1${NNBSP}234${NNBSP}567,5${NBSP}more`);
  });

  it('prints a value that is not a number as text, and uses en-US for a tag that is not valid', () => {
    expect(formatStat({ value: '12k' as unknown as number, prefix: '~' }, 'en-US')).toBe('~12k');
    expect(formatStat({ value: 5470 }, 'en-US-x-!!')).toBe('5,470');
  });
});

describe('createFormatters', () => {
  it('reuses a formatter per language and keeps at most its limit', () => {
    const formatters = createFormatters(2);
    const first = formatters.get('en-US', false);
    expect(formatters.get('en-US', false)).toBe(first);
    formatters.get('de-DE', false);
    formatters.get('fr-FR', false);
    // en-US was the oldest of three: it was dropped and is built afresh.
    expect(formatters.get('en-US', false)).not.toBe(first);
    expect(formatNumber(5470, 'de-DE', formatters)).toBe('5.470');
  });
});

describe('statValue helper', () => {
  const hbs = Handlebars.create();
  registerHelpers(hbs);
  const run = (data: object) => hbs.compile('{{statValue stat}}', { strict: true })(data);

  it('prints today\'s stats and ranges, compact figures and words in the sheet\'s language', () => {
    expect(run({ stat: { value: 12 } })).toBe('12');
    expect(run({ stat: { value: 5470, prefix: '~', suffix: '+' }, locale: 'de-DE' })).toBe('~5.470+');
    expect(run({ stat: { value: [20, 50], suffix: '%' } })).toBe('20–50%');
    expect(run({ stat: { value: 1.5e11, prefix: 'up to $', compact: true } })).toBe(nb('up to $150 billion'));
  });
});
