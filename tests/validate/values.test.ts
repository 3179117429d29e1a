import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSheetText } from '../../src/loadSheet.js';
import { brief } from '../helpers/diagnostics.js';
import { runCli } from '../helpers/runCli.js';
import { MINIMAL_SHEET, sheetDir } from '../helpers/sheetDir.js';

const parse = (text: string) => parseSheetText(text, 'x.yaml');

const news = (date: string) => `${MINIMAL_SHEET}  - news:
      items:
        - headline: Court convicts trafficker
          date: ${date}
          summary: A court sentenced a brothel owner.
`;

const cta = (url: string) => `${MINIMAL_SHEET}  - cta:
      text: Join us.
      url: ${url}
`;

describe('dates that do not exist', () => {
  it('a month 13 in the sheet date', () => {
    const { value, diagnostics } = parse(`${MINIMAL_SHEET}date: "2019-13-01"\n`);
    expect(value).toBeUndefined();
    expect(brief(diagnostics)).toEqual(['10:7 error bad-date: `date` 2019-13-01 is not a date: there is no month 13 (check the month and day)']);
    expect(diagnostics[0]?.expected).toBe('a date as YYYY-MM-DD, e.g. 2019-05-01');
  });

  it('February 30th, and a leap day that is fine', () => {
    expect(brief(parse(`${MINIMAL_SHEET}date: "2019-02-30"\n`).diagnostics)).toEqual([
      '10:7 error bad-date: `date` 2019-02-30 is not a date: February 2019 has 28 days (check the month and day)',
    ]);
    expect(brief(parse(`${MINIMAL_SHEET}date: "2020-02-29"\n`).diagnostics)).toEqual([]);
    expect(brief(parse(`${MINIMAL_SHEET}date: "2019-04-00"\n`).diagnostics)).toEqual([
      '10:7 error bad-date: `date` 2019-04-00 is not a date: April 2019 has 30 days (check the month and day)',
    ]);
  });

  it('a news item\'s date, as a month or a day', () => {
    expect(brief(parse(news('2019-00')).diagnostics)).toEqual([
      '13:17 error bad-date: `sections[1].news.items[0].date` 2019-00 is not a date: there is no month 0 (check the month and day)',
    ]);
    expect(brief(parse(news('2019-04-31')).diagnostics)).toEqual([
      '13:17 error bad-date: `sections[1].news.items[0].date` 2019-04-31 is not a date: April 2019 has 30 days (check the month and day)',
    ]);
    expect(brief(parse(news('2019-05')).diagnostics)).toEqual([]);
    expect(brief(parse(news('2019-05-31')).diagnostics)).toEqual([]);
  });
});

describe('language tags', () => {
  const lang = (tag: string) => parse(`${MINIMAL_SHEET}language: ${tag}\n`);

  it('a tag that is not valid BCP 47', () => {
    expect(brief(lang('en-US-US').diagnostics)).toEqual([
      '10:11 error bad-language: language tag `en-US-US` is not a valid language tag (use a tag like en, en-US, fr-FR or de-DE)',
    ]);
  });

  it('a well-formed tag Intl does not know', () => {
    expect(brief(lang('zz-ZZ').diagnostics)).toEqual([
      '10:11 error bad-language: language tag `zz-ZZ` is not a language numbers and dates can be written in (use a tag like en, en-US, fr-FR or de-DE)',
    ]);
  });

  it('a tag in the wrong case, with the canonical form as the hint', () => {
    expect(brief(lang('en-us').diagnostics)).toEqual([
      '10:11 error bad-language: language tag `en-us` is not written in its standard form (write `en-US`)',
    ]);
  });

  it('accepts the tags in use', () => {
    for (const tag of ['en', 'en-US', 'fr-FR', 'de', 'pt-BR']) expect(lang(tag).diagnostics).toEqual([]);
  });
});

describe('cta addresses and QR codes', () => {
  const hint = 'use a shorter address: a page on your own site that redirects there, without tracking parameters';

  it('an error above 300 characters', () => {
    const url = `https://example.org/${'a'.repeat(281)}`;
    expect(url.length).toBe(301);
    const { value, diagnostics } = parse(cta(url));
    expect(value).toBeUndefined();
    expect(brief(diagnostics)).toEqual([`12:12 error url-too-long: \`sections[1].cta.url\` is 301 characters, too long to print as a QR code (${hint})`]);
  });

  it('a warning above 120 characters; the sheet is still valid', () => {
    const url = `https://example.org/${'a'.repeat(101)}`;
    const { value, diagnostics } = parse(cta(url));
    expect(value).toBeDefined();
    expect(brief(diagnostics)).toEqual([`12:12 warning url-long: \`sections[1].cta.url\` is 121 characters; its QR code will be dense and may not scan when printed (${hint})`]);
    expect(parse(cta(`https://example.org/${'a'.repeat(100)}`)).diagnostics).toEqual([]);
  });
});

describe('control characters in text', () => {
  const newLine = 'replace it with a new line (in text pasted from Word, Shift+Enter makes one)';

  it('a vertical tab (Word\'s Shift+Enter), at the field', () => {
    const { value, diagnostics } = parse(MINIMAL_SHEET.replace('title: Test\n', 'title: "Two\\vlines"\n'));
    expect(value).toBeUndefined();
    expect(brief(diagnostics)).toEqual([`4:10 error control-character: \`header.title\` contains a vertical tab (U+000B) (${newLine})`]);
  });

  it('line and paragraph separators, written raw', () => {
    expect(brief(parse(MINIMAL_SHEET.replace('label: survivors rescued', 'label: survivors\u2028rescued')).diagnostics)).toEqual([
      `9:18 error control-character: \`sections[0].stats.items[0].label\` contains a line separator (U+2028) (${newLine})`,
    ]);
    expect(brief(parse(MINIMAL_SHEET.replace('title: Test sheet', 'title: Test\u2029sheet')).diagnostics)).toEqual([
      `1:8 error control-character: \`title\` contains a paragraph separator (U+2029) (${newLine})`,
    ]);
  });

  it('other C0 and C1 controls', () => {
    expect(brief(parse(MINIMAL_SHEET.replace('title: Test sheet', 'title: "Test\\x07 sheet"')).diagnostics)).toEqual([
      '1:8 error control-character: `title` contains a control character (U+0007) (remove it: it cannot be printed (it was probably pasted in by accident))',
    ]);
    expect(brief(parse(MINIMAL_SHEET.replace('title: Test sheet', 'title: "Test\\x85 sheet"')).diagnostics)).toEqual([
      '1:8 error control-character: `title` contains a control character (U+0085) (remove it: it cannot be printed (it was probably pasted in by accident))',
    ]);
  });

  it('allows tab, newline and the soft hyphen', () => {
    expect(parse(MINIMAL_SHEET.replace('title: Test\n', 'title: "Fact\\u00adsheet\\tand\\nmore"\n')).diagnostics).toEqual([]);
  });
});

describe('YAML warnings', () => {
  it('an unknown tag is a warning at the tag, and the sheet is read', () => {
    const { value, diagnostics } = parse(MINIMAL_SHEET.replace('title: Test sheet', 'title: !!js/function Test sheet'));
    expect(value?.sheet.title).toBe('Test sheet');
    expect(brief(diagnostics)).toEqual([
      '1:8 warning yaml-tag-resolve-failed: YAML syntax: Unresolved tag: tag:yaml.org,2002:js/function (the tag is ignored and the value read as plain text; remove the `!` tag, or put the text in quotes)',
    ]);
  });

  it('through the CLI: validate passes with the warning, not "an empty file"', async () => {
    const dir = sheetDir({ 'x.yaml': MINIMAL_SHEET.replace('title: Test sheet', 'title: !!js/function Test sheet') });
    const r = await runCli(['validate', path.join(dir, 'x.yaml')]);
    expect(r.stderr).toContain('x.yaml:1:8: warning: YAML syntax: Unresolved tag: tag:yaml.org,2002:js/function');
    expect(r.stderr).not.toContain('empty file');
    expect(r.code).toBe(0);
  });
});

describe('rich text markup', () => {
  it('warns at the field when `**` opens bold and never closes it', () => {
    const { value, diagnostics } = parse(`${MINIMAL_SHEET}  - problem: { topic: T, text: "**Half of it bold" }\n`);
    expect(value).toBeDefined();
    expect(brief(diagnostics)).toEqual([
      '10:32 warning markup: `sections[1].problem.text` opens bold with `**` and never closes it; the stars are printed (put `**` after the last bold word too, or write `\\*\\*` for literal stars)',
    ]);
  });
});
