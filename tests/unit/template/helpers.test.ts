import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { loadYaml } from '../../../src/load/loadYaml.js';
import type { LoadedSheet } from '../../../src/loadSheet.js';
import { formatNumber, registerHelpers } from '../../../src/template/helpers.js';
import { viewModel } from '../../../src/template/viewModel.js';
import type { Theme } from '../../../src/theme/theme.js';

const NNBSP = '\u202f';

describe('formatNumber', () => {
  it('groups thousands the way the sheet\'s language writes them', () => {
    const formatted = ['en-US', 'de-DE', 'fr-FR', 'hi-IN'].map((l) => formatNumber(1234567.5, l));
    expect(formatted).toEqual(['1,234,567.5', '1.234.567,5', `1${NNBSP}234${NNBSP}567,5`, '12,34,567.5']);
  });

  it('keeps at most two decimals and none for whole numbers', () => {
    expect([0.125, 2.5, 435].map((n) => formatNumber(n, 'en-US'))).toEqual(['0.13', '2.5', '435']);
  });

  it('passes non-numbers through as text, null and undefined as nothing; bad tags use en-US', () => {
    expect(['12k', undefined, null].map((v) => formatNumber(v, 'en-US'))).toEqual(['12k', '', '']);
    expect(formatNumber(5470, 'en-US-x-!!')).toBe('5,470');
  });
});

describe('template helpers', () => {
  const hbs = Handlebars.create();
  registerHelpers(hbs);
  const run = (template: string, data: object) => hbs.compile(template, { strict: true })(data);

  it('format numbers and stat values in the locale of the view model', () => {
    const stat = { value: 5470, prefix: '~', suffix: '+' };
    const data = { n: 1234.5, stat, locale: 'de-DE' };
    expect(run('{{number n}} {{statValue stat}}', data)).toBe('1.234,5 ~5.470+');
    expect(run('{{statValue stat}}', { stat: { value: 12 } })).toBe('12');
  });

  it('upper-case text and join lists', () => {
    const data = { t: 'Kolkata', xs: ['a', 1] };
    expect(run('{{upper t}}|{{join xs}}|{{join xs " · "}}|{{join t}}', data)).toBe('KOLKATA|a, 1|a · 1|');
  });

  it('write ISO dates out in the language of the view model, and leave other values as they are', () => {
    expect(run('{{date d}}', { d: '2019-06-01' })).toBe('June 1, 2019');
    expect(run('{{date d}}', { d: '2019-06-01', locale: 'en-GB' })).toBe('1 June 2019');
    expect(run('{{date d}}|{{date m}}', { d: 'soon', m: '2019-06' })).toBe('soon|June 2019');
  });
});

describe('viewModel', () => {
  const loaded = (sheet: object) => ({
    file: 's.yaml', orgFile: 'org.yaml', org: { name: 'Org' }, images: new Map(),
    source: loadYaml('s.yaml', '{}').value.source, sheet: { sections: [], ...sheet },
  }) as unknown as LoadedSheet;
  const view = (sheet: object, labels: Record<string, string> = {}) => viewModel(loaded(sheet), {} as Theme, labels);

  it('numbers cited sources in order of first use across sections, and lists each under the facts that declare it', () => {
    const sections = [
      { text: { text: 'First a claim.[^un]' } },
      { facts: { items: ['a[^ilo] b[^un]', 'c[^ilo]'], sources: { un: 'UN 2019', ilo: 'ILO 2017', idle: 'Never cited' } } },
      { facts: { items: ['d[^who]'], sources: { who: 'WHO 2020' } } },
    ];
    const { vm, notesOf } = view({ sections });
    expect(vm.footnotes).toEqual([{ marker: '1', text: 'UN 2019' }, { marker: '2', text: 'ILO 2017' }, { marker: '3', text: 'WHO 2020' }]);
    expect(notesOf('sections[1].facts')).toEqual([{ marker: '1', text: 'UN 2019' }, { marker: '2', text: 'ILO 2017' }]);
    expect(notesOf('sections[2].facts')).toEqual([{ marker: '3', text: 'WHO 2020' }]);
    expect(notesOf('sections[0].text')).toEqual([]);
  });

  it('marks pseudonyms from any quote or story, takes the language (default en-US) and the labels', () => {
    expect(view({}).vm).toMatchObject({ locale: 'en-US', pseudonym: false, labels: {} });
    const pseudonymous = [
      [{ quote: { text: 't', who: 'w', pseudonym: true } }],
      [{ story: { title: 't', text: 't', quote: { text: 't', who: 'w', pseudonym: true } } }],
      [{ story: { title: 't', text: 't', pseudonym: true } }],
      [{ text: { text: 't' } }, { quote: { text: 't', who: 'w' } }, { quote: { text: 't', who: 'v', pseudonym: true } }],
    ];
    expect(pseudonymous.map((sections) => view({ sections }).vm.pseudonym)).toEqual([true, true, true, true]);
    expect(view({ sections: [{ quote: { text: 't', who: 'w', pseudonym: false } }] }).vm.pseudonym).toBe(false);
    expect(view({ language: 'fr-FR' }, { facts: 'Les faits' }).vm).toMatchObject({ locale: 'fr-FR', labels: { facts: 'Les faits' } });
  });
});
