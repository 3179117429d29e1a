import { describe, expect, it } from 'vitest';
import { languageChain, localStrings, type StringTable } from '../../../src/i18n/strings.js';

type Words = Record<string, string>;
const table = (file: string, common: Words, templates: StringTable['templates'] = {}) => ({
  common,
  templates,
  file,
});
const SPANISH = { facts: 'Los datos', source: 'Fuente:' };
const ENGLISH = { facts: 'The facts', source: 'Source:', release: 'For immediate release' };
const TABLES = new Map<string, StringTable>([
  ['en', table('strings/en.yaml', ENGLISH)],
  ['es', table('strings/es.yaml', SPANISH, { casework: { facts: 'Datos' } })],
  ['es-mx', table('strings/es-MX.yaml', { source: 'Fuente (MX):' })],
  ['zh-hant', table('strings/zh-Hant.yaml', { facts: '事實', source: '資料來源：', release: '即時' })],
]);

describe('the strings a sheet prints', () => {
  it.each([
    ['en-US', ['en', 'en-us']],
    ['es', ['es']],
    ['es-MX', ['es', 'es-mx']],
    ['zh-HK', ['zh', 'zh-hant', 'zh-hant-hk']],
    ['zh-Hant', ['zh', 'zh-hant']],
    ['zh-CN', ['zh', 'zh-hans', 'zh-hans-cn']],
    ['bn-IN', ['bn', 'bn-in']],
  ])('%s reads the tables %j, general first', (tag, chain) => {
    expect(languageChain(tag)).toEqual(chain);
  });

  it('takes each word from the most specific table that has it, then the template’s wording', () => {
    const mexico = localStrings(TABLES, 'es-MX', 'casework', { facts: 'Quick facts' });
    expect(mexico.value).toMatchObject({ facts: 'Datos', source: 'Fuente (MX):' });
    const british = localStrings(TABLES, 'en-GB', 'casework', { facts: 'Quick facts' });
    expect(british.value.facts).toBe('Quick facts');
    expect(localStrings(TABLES, 'zh-HK', 'results').value).toMatchObject({ facts: '事實', source: '資料來源：' });
  });

  it('prints a missing word in English, with a warning naming the word and the file to add it to', () => {
    const spanish = localStrings(TABLES, 'es', 'program-office');
    expect(spanish.value.release).toBe('For immediate release');
    expect(spanish.diagnostics).toMatchObject([
      {
        severity: 'warning',
        code: 'strings',
        message: 'no Spanish wording for `release`: printed in English',
        hint: 'add it to strings/es.yaml',
      },
    ]);
    expect(localStrings(TABLES, 'zh-HK', 'press-release').diagnostics).toEqual([]);
    expect(localStrings(TABLES, 'en-US', 'press-release').diagnostics).toEqual([]);
  });

  it('warns once, naming the file to make, for a language with no table', () => {
    const french = localStrings(TABLES, 'fr-CA', 'program-office');
    expect(french.value.facts).toBe('The facts');
    expect(french.diagnostics.map((d) => [d.message, d.hint])).toEqual([
      [
        'no strings table for Canadian French: its words are printed in English',
        'add strings/fr-CA.yaml: a copy of the English table, translated',
      ],
    ]);
  });
});
