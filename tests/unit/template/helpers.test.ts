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
});

describe('viewModel', () => {
  const loaded = (sheet: object) => ({
    file: 's.yaml', orgFile: 'org.yaml', org: { name: 'Org' }, images: new Map(),
    source: loadYaml('s.yaml', '{}').value.source, sheet,
  }) as unknown as LoadedSheet;
  const vm = (sheet: object) => viewModel(loaded(sheet), {} as Theme);

  it('lists cited sources in order, marks pseudonyms and takes the language (default en-US)', () => {
    const sources = { un: 'UN 2019', ilo: 'ILO 2017' };
    const model = vm({ facts: { items: ['a[^ilo] b[^un]', 'c[^ilo][^gone]'], sources } });
    expect(model.footnotes).toEqual([{ marker: '1', text: 'ILO 2017' }, { marker: '2', text: 'UN 2019' }]);
    expect([model.locale, model.pseudonym]).toEqual(['en-US', false]);
    const models = [vm({ quote: { pseudonym: true } }), vm({ story: { quote: { pseudonym: true } } })];
    expect(models.map((m) => m.pseudonym)).toEqual([true, true]);
    expect(vm({ language: 'fr-FR' }).locale).toBe('fr-FR');
  });
});
