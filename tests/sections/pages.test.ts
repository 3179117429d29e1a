/**
 * Page counts: a sheet far too long for `pages: 2` fails with an overflow proof instead of a
 * PDF, naming each section that spills and its line; with `pages: auto` the same sheet takes
 * more pages, and no page ends on a heading or cuts a paragraph to a single line.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { StructNode } from '../../src/doc/structure.js';
import { flatten, type DisplayItem } from '../../src/layout/types.js';
import { readSheet } from '../../src/loadSheet.js';
import { layoutLoadedSheet } from '../../src/pipeline.js';
import { diskWorld } from '../../src/world.js';
import { readPdf } from '../helpers/readPdf.js';
import { runCli } from '../helpers/runCli.js';
import { SHEETS, sheetDir } from '../helpers/sheetDir.js';

const LONG_PARAGRAPH = Array(14).fill('Each sentence of this paragraph adds a line or so to a long text section.').join(' ');

/**
 * The Kolkata sample with its sections three times over, each time with a long text section:
 * about three times what two pages hold, with paragraphs long enough to split across pages.
 */
function longSheet(pages: number | 'auto'): { dir: string; file: string; text: string } {
  const sample = parse(fs.readFileSync(path.join(SHEETS, 'kolkata.yaml'), 'utf8')) as { sections: object[] };
  const text = { text: { title: 'More about the work', text: `${LONG_PARAGRAPH}\n\n${LONG_PARAGRAPH}` } };
  // Copies, not shared objects: yaml would write a shared object once and alias it after.
  const sections = [0, 1, 2].flatMap(() => structuredClone([...sample.sections, text]));
  const yaml = stringify({ ...sample, pages, sections });
  const dir = sheetDir({ 'long.yaml': yaml });
  fs.cpSync(path.join(SHEETS, 'images'), path.join(dir, 'images'), { recursive: true });
  return { dir, file: path.join(dir, 'long.yaml'), text: yaml };
}

const lineOf = (text: string, needle: RegExp, nth: number) =>
  text.split('\n').map((l, i) => (needle.test(l) ? i + 1 : 0)).filter(Boolean)[nth]!;

describe('pages: N', () => {
  it('fails, writes NAME.overflow.pdf and no NAME.pdf, and names each spilling section at its line', async () => {
    const { dir, text } = longSheet(2);
    const out = path.join(dir, 'out');
    const r = await runCli(['build', dir, '--out', out, '--jobs', '1']);
    expect(r.code).toBe(1);
    expect(fs.readdirSync(out).filter((f) => f.endsWith('.pdf'))).toEqual(['long.overflow.pdf']);
    expect(r.stdout).toContain('fail');
    expect(r.stdout).toContain('long.overflow.pdf');
    const errors = [...r.stderr.matchAll(/long\.yaml:(\d+):(\d+): error: `sections\[(\d+)\]\.(\w+)` does not fit in 2 pages: about (\d+) lines?/g)];
    expect(errors.length).toBeGreaterThanOrEqual(10);
    for (const [, line, col, index, kind] of errors) {
      // The error points at the section's own `- kind:` line (the n-th of its kind in the file).
      const sameKindBefore = (parse(text) as { sections: object[] }).sections.slice(0, Number(index))
        .filter((s) => Object.keys(s)[0] === kind).length;
      expect(Number(line), `sections[${index}]`).toBe(lineOf(text, new RegExp(`^  - ${kind}:`), sameKindBefore));
      expect(Number(col)).toBe(5);
    }
    expect(r.stderr).toMatch(/hint: cut about \d+ lines in all .* or set `pages: 3` or `pages: auto`/);
    const proof = await readPdf(fs.readFileSync(path.join(out, 'long.overflow.pdf')));
    expect(proof.pages.length).toBeGreaterThan(4);
    expect(proof.pages[1]!.text).not.toContain('OVERSET');
    expect(proof.pages[2]!.text).toContain('OVERSET: page 3 is beyond the 2 pages this sheet may use');
  });

  it('removes the proof once the sheet fits', async () => {
    const { dir, file, text } = longSheet(2);
    const out = path.join(dir, 'out');
    await runCli(['build', dir, '--out', out, '--jobs', '1']);
    fs.writeFileSync(file, text.replace('pages: 2', 'pages: auto'));
    expect((await runCli(['build', dir, '--out', out, '--jobs', '1'])).code).toBe(0);
    expect(fs.readdirSync(out).filter((f) => f.endsWith('.pdf'))).toEqual(['long.pdf']);
  });
});

describe('pages: auto', async () => {
  const { file } = longSheet('auto');
  const loaded = (await readSheet(file, diskWorld())).value!;
  const laid = await layoutLoadedSheet(loaded, { world: diskWorld() });

  it('adds pages instead of failing', () => {
    expect(laid.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(laid.value!.fitted.pages.length).toBeGreaterThanOrEqual(5);
  });

  it('never ends a column on a heading', () => {
    for (const [p, page] of laid.value!.fitted.flow.entries()) {
      for (const place of ['main', 'side', 'full'] as const) {
        const pieces = page.pieces.filter((x) => x.place === place);
        const bottom = pieces.sort((a, b) => b.y + b.laid.height - (a.y + a.laid.height))[0];
        if (!bottom) continue;
        const texts = flatten(bottom.laid.items)
          .filter((i): i is Extract<DisplayItem, { kind: 'text' }> => i.kind === 'text');
        const last = texts.sort((a, b) => b.y - a.y)[0];
        expect(last?.tag?.type ?? 'untagged', `page ${p + 1}, ${place}: "${last?.text}"`).not.toMatch(/^H\d$/);
      }
    }
  });

  it('never leaves a single line of a paragraph alone on a page', () => {
    const lines = new Map<StructNode, Map<number, Set<number>>>();
    laid.value!.fitted.pages.forEach((page, p) => {
      for (const it of page.items) {
        if (it.kind !== 'text' || !it.tag || !/^(P|LBody)$/.test(it.tag.type)) continue;
        const byPage = lines.get(it.tag) ?? new Map<number, Set<number>>();
        lines.set(it.tag, byPage.set(p, (byPage.get(p) ?? new Set()).add(Math.round(it.y))));
      }
    });
    const split = [...lines.values()].filter((byPage) => byPage.size > 1);
    expect(split.length).toBeGreaterThan(0);
    for (const byPage of split) for (const ys of byPage.values()) expect(ys.size).toBeGreaterThanOrEqual(2);
  });
});
