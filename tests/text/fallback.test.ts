/**
 * Font fallback by script: a user adds a CJK font for Chinese, a character no font has is an
 * error naming it and the scripts the fonts cover, and nothing the fonts cover is refused.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/api.js';
import { BoundedCache } from '../../src/cache.js';
import { SheetError } from '../../src/diag/diagnostic.js';
import { facesOf, loadFontRegistry } from '../../src/fonts/registry.js';
import { FONTS_DIR } from '../../src/paths.js';
import { itemize } from '../../src/text/itemize.js';
import { readSheet } from '../../src/loadSheet.js';
import { renderLoadedSheet } from '../../src/pipeline.js';
import { shapeRun } from '../../src/text/shapeRun.js';
import { diskWorld } from '../../src/world.js';
import { readPdf } from '../helpers/readPdf.js';
import { MINIMAL_SHEET, sheetDir } from '../helpers/sheetDir.js';

const CJK = path.join(import.meta.dirname, '../fixtures/cjk');
const CHINESE = '香港辦事處與警方合作，拯救受害者。';

/** The bundled fonts folder plus a CJK font for Han, added as the README tells a user to. */
function fontsWithChinese(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factsheet-fonts-cjk-'));
  fs.cpSync(FONTS_DIR, dir, { recursive: true });
  fs.cpSync(CJK, path.join(dir, 'NotoSansHK'), { recursive: true });
  const listing = fs
    .readFileSync(path.join(dir, 'fonts.yaml'), 'utf8')
    .replace('    Arabic: [Noto Sans Arabic]\n', '    Arabic: [Noto Sans Arabic]\n    Han: [Noto Sans HK]\n');
  const family =
    'Noto Sans HK:\n  licence: NotoSansHK/LICENSE\n  faces:\n    regular: NotoSansHK/NotoSansHK-subset.otf\n';
  fs.writeFileSync(path.join(dir, 'fonts.yaml'), listing + family);
  return dir;
}

const sheetWith = (label: string) => MINIMAL_SHEET.replace('label: survivors rescued', `label: ${label}`);

describe('font fallback by script', () => {
  it('sets Chinese in a CJK font the user adds to fonts.yaml', async () => {
    const dir = sheetDir({ 'zh.yaml': sheetWith(CHINESE) });
    const engine = createEngine({ fontsDir: fontsWithChinese() });
    const bytes = await engine.renderFile(path.join(dir, 'zh.yaml'));
    expect(bytes.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansCJKhk-Regular/);
    const text = (await readPdf(bytes)).pages[0]!.text.replace(/\s/g, '');
    expect(text).toContain(CHINESE);
  });

  it('refuses a character no font has at its field, naming it and the scripts covered', async () => {
    const dir = sheetDir({ 'zh.yaml': sheetWith(CHINESE) });
    const err = (await createEngine()
      .renderFile(path.join(dir, 'zh.yaml'))
      .catch((e: unknown) => e)) as SheetError;
    expect(err).toBeInstanceOf(SheetError);
    const d = err.diagnostics[0]!;
    expect(d).toMatchObject({ code: 'missing-glyph', span: { line: 8, col: 11 } });
    expect(d.message).toMatch(
      /^no font has a glyph for "香" \(U\+9999\), .* in `sections\[0\]\.stats\.items\[0\]`/,
    );
    expect(d.expected).toMatch(
      /^characters of the scripts the fonts cover: Latin, .*Bengali, Devanagari, Arabic$/,
    );
    expect(d.expected).not.toContain('Han');
  });

  it('refuses a character no font has in a chart\'s labels, at the chart, writing nothing', async () => {
    const sheet = `title: Chart
template: casework
header:
  title: Chart
sections:
  - chart:
      type: bar
      title: Offices
      labels: [Kolkata, 香港]
      series:
        - values: [3, 4]
`;
    const dir = sheetDir({ 'c.yaml': sheet });
    const loaded = (await readSheet(path.join(dir, 'c.yaml'), diskWorld())).value!;
    const result = await renderLoadedSheet(loaded, { world: diskWorld() });
    // No PDF, and no overflow proof either: nothing overflowed.
    expect([result.value, result.proof]).toEqual([undefined, undefined]);
    const d = result.diagnostics.find((x) => x.code === 'missing-glyph')!;
    expect(d).toMatchObject({ severity: 'error', span: { line: 7, col: 7 } });
    expect(d.message).toMatch(/^no font has a glyph for "香" \(U\+9999\), "港" \(U\+6E2F\) in chart “Offices”/);
    expect(d.expected).toMatch(/^characters of the scripts the fonts cover: Latin, /);
  });

  it('refuses nothing the fonts cover: every character of every bundled face shapes', async () => {
    const registry = await loadFontRegistry(FONTS_DIR, diskWorld(), new BoundedCache(2));
    const lato = registry.families.get('Lato')!;
    const refused: string[] = [];
    for (const face of facesOf(lato)) {
      for (const cp of face.font.characterSet) {
        // Controls, and U+FFFF, which ends a format-4 character map and is no character.
        if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp === 0xffff) continue;
        const text = String.fromCodePoint(cp);
        for (const item of itemize(text, lato.regular)) {
          const missing = shapeRun(item.face, text, item.script, item.level % 2 === 1).missing;
          if (missing.length) refused.push(`U+${cp.toString(16)} (${face.name})`);
        }
      }
    }
    expect(refused).toEqual([]);
  });
});
