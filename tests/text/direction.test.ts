/**
 * Right-to-left sheets: the language gives a paragraph's direction when its text has no strong
 * character of its own, and the template is mirrored (columns, rows, bullets, stat rules, the
 * quote mark). Real YAML in, the display list out; English is untouched (the golden tests).
 */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ListNode } from '../../src/doc/types.js';
import { lowerNode } from '../../src/layout/lowerNode.js';
import { flatten, type DisplayItem } from '../../src/layout/types.js';
import { readSheet } from '../../src/loadSheet.js';
import { paintLoadedSheet } from '../../src/pipeline.js';
import { paragraphLevels } from '../../src/text/bidi.js';
import { isRightToLeft, lineAlign } from '../../src/text/direction.js';
import { diskWorld } from '../../src/world.js';
import { MINIMAL_SHEET, SHEETS, sheetDir } from '../helpers/sheetDir.js';
import { testContext } from '../unit/layout/context.js';

type Text = Extract<DisplayItem, { kind: 'text' }>;

async function itemsOf(file: string): Promise<DisplayItem[]> {
  const loaded = await readSheet(file, diskWorld());
  const painted = await paintLoadedSheet(loaded.value!, { world: diskWorld() });
  return painted.value!.pages[0]!.items;
}

const texts = (items: DisplayItem[], has: string) =>
  items.filter((i): i is Text => i.kind === 'text' && i.text.includes(has));
/** Where the run's ink ends at the right (a space it ends with is not ink). Lato's em is 2000
 * units, the Noto faces' 1000. */
function right(t: Text): number {
  const glyphs = t.text.endsWith(' ') && !t.rtl ? t.glyphs.slice(0, -1) : t.glyphs;
  const em = t.face.startsWith('Lato') ? 2000 : 1000;
  return t.x + (glyphs.reduce((w, g) => w + g.advance, 0) * t.size) / em;
}

describe('the direction of a sheet and of its paragraphs', () => {
  it('knows the languages written right to left, by language or script subtag', () => {
    for (const rtl of ['ar', 'ar-EG', 'fa', 'ur-PK', 'he', 'ps', 'sd', 'yi', 'ckb', 'pa-Arab'])
      expect([rtl, isRightToLeft(rtl)]).toEqual([rtl, true]);
    for (const ltr of ['en', 'en-US', 'bn', 'hi', 'zh-Hant', 'sd-Deva', 'ku-Latn', undefined])
      expect([ltr, isRightToLeft(ltr)]).toEqual([ltr, false]);
  });

  it('takes the language for text with no strong character, else the first strong one', () => {
    expect(paragraphLevels('330+', true)?.base).toBe(1);
    expect(paragraphLevels('330+', false)).toBeUndefined();
    expect(paragraphLevels('All text © 2019', true)).toBeUndefined();
    expect(paragraphLevels('2019: IJM بعثة', true)?.base).toBe(0);
    expect(paragraphLevels('(بعثة) IJM', false)?.base).toBe(1);
  });

  it('mirrors a template’s alignments in a right-to-left sheet only', () => {
    expect(lineAlign('left', false, true)).toBe('right');
    expect(lineAlign('right', false, true)).toBe('left');
    expect(lineAlign('center', true, true)).toBe('center');
    expect(lineAlign('left', true, false)).toBe('right');
    expect(lineAlign('right', false, false)).toBe('right');
  });
});

describe('a right-to-left sheet is its template mirrored', async () => {
  const items = await itemsOf(path.join(SHEETS, 'press-release-ar.yaml'));
  const page = 595.28;

  it('puts the main column at the right and the side column at the left', () => {
    const body = texts(items, 'أعلنت بعثة')[0]!;
    const stat = texts(items, 'ناجية أُنقذت')[0]!;
    expect(body.x).toBeGreaterThan(page / 3);
    expect(right(stat)).toBeLessThan(page / 3);
  });

  it('starts lines at the right: every line of the body ends at one right edge', () => {
    const tag = texts(items, 'أعلنت')[0]!.tag;
    const body = items.filter((i): i is Text => i.kind === 'text' && i.tag === tag && i.text.trim() !== '');
    const ends = new Map<number, number>();
    for (const t of body) ends.set(t.y, Math.max(ends.get(t.y) ?? 0, right(t)));
    expect(ends.size).toBeGreaterThan(4);
    const edges = [...ends.values()];
    expect(Math.max(...edges) - Math.min(...edges)).toBeLessThan(0.5);
    expect(Math.min(...body.map((t) => t.x))).toBeGreaterThan(page / 3);
  });

  it('sets a stat rule under the right end of its number; a bare value runs right to left', () => {
    const big = (t: Text) => t.size === Math.max(...texts(items, '435').map((x) => x.size));
    const value = texts(items, '435').find(big)!;
    const rule = items.find((i) => i.kind === 'rect' && i.w === 28 && Math.abs(i.y - value.y) < 20)!;
    expect(rule.kind === 'rect' && Math.abs(rule.x + rule.w - right(value))).toBeLessThan(2);
    const plus = texts(items, '+').find((t) => t.size === value.size)!;
    const number = texts(items, '330').find((t) => t.size === value.size)!;
    expect(plus.x).toBeLessThan(number.x); // "330+" reads "+330" from the right
  });

  it('hangs the quote mark at the right of the quotation', () => {
    const mark = texts(items, '“')[0]!;
    const words = texts(items, 'لا يمكننا')[0]!;
    expect(mark.x).toBeGreaterThan(right(words) - 1);
  });

  it('puts list bullets at the right of their items', async () => {
    const sheet = MINIMAL_SHEET.replace('office', 'office\nlanguage: ar');
    const facts = '  - facts:\n      items:\n        - أُنقذت 435 ناجية.\n        - أُوقف 330 مجرمًا.\n';
    const dir = sheetDir({ 'x.yaml': sheet + facts });
    const list = await itemsOf(path.join(dir, 'x.yaml'));
    const bullets = texts(list, '•');
    const fact = texts(list, 'ناجية')[0]!;
    expect(bullets.length).toBe(2);
    for (const b of bullets) expect(b.x).toBeGreaterThan(right(fact));
  });
});

describe('a numbered list in a right-to-left sheet', () => {
  it('draws "12." as ".12" at the right of the item, and keeps "12." as its text', () => {
    const items = Array.from({ length: 12 }, (_, i) => [{ text: `بند ${i + 1}` }]);
    const style = { role: 'body' } as const;
    const node: ListNode = { kind: 'list', marker: 'number', style, gap: 6, ruled: false, items };
    const ltr = lowerNode(node, 200, testContext());
    const rtl = lowerNode(node, 200, { ...testContext(), rtl: true });
    const marker = (l: typeof ltr) => flatten(l.items).find((i): i is Text => i.kind === 'text' && i.text === '12.')!;
    const [a, b] = [marker(ltr), marker(rtl)];
    expect(b.glyphs.map((g) => g.text).join('')).toBe('.12');
    expect(a.glyphs.map((g) => g.text).join('')).toBe('12.');
    expect(b.rtl).toBe(true);
    expect(b.x).toBeGreaterThan(150);
  });
});
