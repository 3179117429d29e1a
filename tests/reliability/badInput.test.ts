/**
 * Every bad input in the README's table, fed through the CLI (in process) next to a good sheet: a
 * clear message with file:line:col, exit code 1, no stack trace, the good sheet still built,
 * and nothing partial in the output folder.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makePng, pngHeader } from '../helpers/images.js';
import { readPdf } from '../helpers/readPdf.js';
import { runCli } from '../helpers/runCli.js';
import { isBookkeeping } from '../helpers/outFiles.js';
import { MINIMAL_SHEET, SHEETS, sheetDir } from '../helpers/sheetDir.js';

const jpeg = fs.readFileSync(path.join(SHEETS, 'images/director.jpg'));
const withPhoto = (src: string) =>
  `${MINIMAL_SHEET}  - leader:\n      name: A\n      role: B\n      bio: C\n      photo:\n        src: ${src}\n        alt: A portrait\n`;
const aliasBomb = () => {
  const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < 10; i++) lines.push(`${'abcdefghij'[i]}: &${'abcdefghij'[i]} [${Array(9).fill(`*${'abcdefghij'[i - 1]}`).join(',')}]`);
  return `${lines.join('\n')}\n${MINIMAL_SHEET}`;
};
const long = Array(40).fill('This sentence makes the problem section much longer than a page can hold.').join(' ');
/** Four long problem sections: more than the program-office template's two pages hold, even with type fitted. */
const tooLong = `${MINIMAL_SHEET}${`  - problem:\n      text: >-\n        ${long}\n`.repeat(4)}`;

interface Case {
  name: string;
  sheet: string;
  files?: Record<string, string | Uint8Array>;
  setup?: (dir: string) => void;
  expect: RegExp;
  /** What the output folder holds afterwards besides the manifest (default: only good.pdf). */
  written?: string[];
}

/** A copy of a JPEG with its scan data overwritten by 0xFF bytes: header and end marker intact. */
const scrambled = (() => {
  const copy = Buffer.from(jpeg);
  copy.fill(0xff, Math.floor(copy.length / 2), Math.floor(copy.length / 2) + 24);
  return copy;
})();

const CASES: Case[] = [
  { name: 'malformed YAML', sheet: 'title: "unclosed\ntemplate: x\n', expect: /bad\.yaml:3:1: error: YAML syntax: Missing closing "quote/ },
  { name: 'unknown key', sheet: MINIMAL_SHEET.replace('sections:', 'colour: blue\nsections:'), expect: /bad\.yaml:5:1: error: unknown key `colour`/ },
  { name: 'misspelt key', sheet: MINIMAL_SHEET.replace('      items:', '      titel: Progress\n      items:'), expect: /bad\.yaml:7:7: error: unknown key `titel` in sections\[0\]\.stats[\s\S]*hint: did you mean `title`\?/ },
  { name: 'section at the top level (the old shape)', sheet: `${MINIMAL_SHEET}quote:\n  text: Words.\n  who: Prema\n`, expect: /bad\.yaml:10:1: error: `quote` is a section: it belongs in the `sections:` list[\s\S]*hint: move it under `sections:` as an item: `- quote:` with its fields indented below/ },
  { name: 'unknown section kind', sheet: MINIMAL_SHEET.replace('  - stats:', '  - stat:'), expect: /bad\.yaml:6:5: error: unknown section kind `stat`[\s\S]*hint: did you mean `stats`\?/ },
  { name: 'duplicate key', sheet: `${MINIMAL_SHEET}title: Again\n`, expect: /bad\.yaml:10:1: error: YAML syntax: Map keys must be unique/ },
  { name: 'wrong type', sheet: MINIMAL_SHEET.replace('value: 435', 'value: lots'), expect: /bad\.yaml:8:18: error: `sections\[0\]\.stats\.items\[0\]\.value` should be a number/ },
  { name: 'missing required field', sheet: MINIMAL_SHEET.replace('  title: Test\n', '  location: Kolkata\n'), expect: /bad\.yaml:4:3: error: missing `title` in header/ },
  { name: 'missing image', sheet: withPhoto('images/nope.jpg'), expect: /bad\.yaml:15:14: error: image `images\/nope\.jpg` not found/ },
  { name: 'corrupt image', sheet: withPhoto('a.jpg'), files: { 'a.jpg': 'not an image' }, expect: /bad\.yaml:15:14: error: image `a\.jpg` is not a PNG or JPEG file \(or is damaged\)/ },
  { name: 'truncated image', sheet: withPhoto('a.jpg'), files: { 'a.jpg': jpeg.subarray(0, Math.floor(jpeg.length * 0.6)) }, expect: /bad\.yaml:15:14: error: image `a\.jpg` is not a PNG or JPEG file \(or is damaged\)/ },
  { name: 'huge image', sheet: withPhoto('big.png'), files: { 'big.png': pngHeader(20000, 20000) }, expect: /bad\.yaml:15:14: error: image `big\.png` is 20000×20000 pixels; the limit is 40 megapixels/ },
  { name: 'image that takes too much memory to decode (16-bit, 6300×6300, alpha)', sheet: withPhoto('deep.png'), files: { 'deep.png': makePng({ width: 6300, height: 6300, bitDepth: 16, colorType: 6, headerOnly: true }) }, expect: /bad\.yaml:15:14: error: image `deep\.png` is 6300×6300 pixels at 16 bits with transparency: embedding it takes about 1514 MB; the limit is 384 MB[\s\S]*hint: save it as an 8-bit image/ },
  { name: 'PNG with damaged pixel data (header and end intact)', sheet: withPhoto('d.png'), files: { 'd.png': makePng({ width: 300, height: 200, damage: true }) }, expect: /bad\.yaml:15:14: error: image `d\.png` is damaged: its pixel data cannot be decoded/ },
  { name: 'PNG with a flipped byte (checksum)', sheet: withPhoto('f.png'), files: { 'f.png': makePng({ width: 300, height: 200, flip: true }) }, expect: /bad\.yaml:15:14: error: image `f\.png` is damaged: its IDAT chunk is damaged \(checksum mismatch\)/ },
  { name: 'JPEG with scrambled scan data (header and end intact)', sheet: withPhoto('s.jpg'), files: { 's.jpg': scrambled }, expect: /bad\.yaml:15:14: error: image `s\.jpg` (is damaged: its image data is damaged|is not a PNG or JPEG file \(or is damaged\))/ },
  { name: 'wrong-format image', sheet: withPhoto('a.gif'), files: { 'a.gif': 'GIF89a\x01\x00\x01\x00' }, expect: /bad\.yaml:15:14: error: image `a\.gif` is not a PNG or JPEG file/ },
  { name: 'image path escaping the folder', sheet: withPhoto('../../etc/hostname'), expect: /bad\.yaml:15:14: error: image `\.\.\/\.\.\/etc\/hostname` is outside the sheet's folder/ },
  { name: 'image path to a device', sheet: withPhoto('/dev/zero'), expect: /bad\.yaml:15:14: error: image `\/dev\/zero` is outside the sheet's folder/ },
  { name: 'image link to a device', sheet: withPhoto('zero.jpg'), setup: (d) => fs.symlinkSync('/dev/zero', path.join(d, 'zero.jpg')), expect: /bad\.yaml:15:14: error: image `zero\.jpg` links to a file outside the sheet's folder/ },
  { name: 'remote image URL', sheet: withPhoto('https://example.org/a.jpg'), expect: /bad\.yaml:15:14: error: image `https:\/\/example\.org\/a\.jpg` is a web address; images must be files/ },
  { name: 'YAML alias bomb', sheet: aliasBomb(), expect: /bad\.yaml:1:1: error: too many alias expansions/ },
  { name: 'deeply nested input', sheet: `title: ${'['.repeat(3000)}${']'.repeat(3000)}\n`, expect: /bad\.yaml:1:\d+: error: the YAML is nested more than 24 levels deep/ },
  { name: 'enormous string', sheet: MINIMAL_SHEET.replace('title: Test\n', `title: ${'a'.repeat(100_000)}\n`), expect: /bad\.yaml:4:10: error: `header\.title` is too long/ },
  { name: 'enormous file', sheet: `${MINIMAL_SHEET}# ${'x'.repeat(600 * 1024)}\n`, expect: /bad\.yaml:1:1: error: the file is 600 KiB; a sheet may be at most 512 KiB/ },
  { name: 'character the font lacks (emoji)', sheet: MINIMAL_SHEET.replace('survivors rescued', 'survivors 💧 rescued'), expect: /bad\.yaml:8:11: error: no font has a glyph for "💧" \(U\+1F4A7\) in `sections\[0\]\.stats\.items\[0\]`/ },
  { name: 'right-to-left text (Hebrew)', sheet: MINIMAL_SHEET.replace('survivors rescued', 'שלום'), expect: /bad\.yaml:8:11: error: no font has a glyph for "ש" \(U\+05E9\)[\s\S]*expected: characters of the scripts the fonts cover: Latin, .*Bengali, Devanagari, Arabic/ },
  { name: 'right-to-left text no font covers, in a stat prefix (Hebrew; Arabic was found by the fuzz test)', sheet: MINIMAL_SHEET.replace('value: 435', 'value: 112.6\n          prefix: שלום'), expect: /bad\.yaml:8:11: error: no font has a glyph for "ש" \(U\+05E9\)/ },
  { name: 'text that overflows', sheet: tooLong, expect: /bad\.yaml:19:5: error: `sections\[4\]\.problem` does not fit in 2 pages: about \d+ lines \(\d+ pt\) run past page 2/, written: ['bad.overflow.pdf', 'good.pdf'] },
  { name: 'non-numeric chart data', sheet: `${MINIMAL_SHEET}  - chart:\n      type: bar\n      title: T\n      labels: [a, b]\n      series: [{ values: [1, lots] }]\n`, expect: /bad\.yaml:14:30: error: `sections\[1\]\.chart\.series\[0\]\.values\[1\]` should be a number/ },
];

describe('bad input through the CLI', () => {
  it.each(CASES)('$name', async (c) => {
    const dir = sheetDir({ 'good.yaml': MINIMAL_SHEET, 'bad.yaml': c.sheet, ...c.files });
    c.setup?.(dir);
    const out = path.join(dir, 'out');
    const r = await runCli(['build', dir, '--out', out, '--jobs', '1']);
    expect(r.stderr).toMatch(c.expect);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/);
    expect(r.stdout).toContain('2 sheets: 1 built, 0 skipped, 1 failed');
    expect(fs.readdirSync(out).filter((f) => !isBookkeeping(f)).sort()).toEqual(c.written ?? ['good.pdf']);
  });

  it('prints template syntax in content as text (not an error)', async () => {
    const dir = sheetDir({ 'x.yaml': MINIMAL_SHEET.replace('survivors rescued', '"{{#each org}}{{this}}{{/each}} <p>"') });
    expect((await runCli(['build', dir, '--out', path.join(dir, 'out'), '--jobs', '1'])).code).toBe(0);
  });

  it('prints a stat range as low–high with its suffix once (not an error)', async () => {
    const dir = sheetDir({ 'x.yaml': MINIMAL_SHEET.replace('value: 435', 'value: [20, 50]\n          suffix: "%"') });
    const out = path.join(dir, 'out');
    expect((await runCli(['build', dir, '--out', out, '--jobs', '1'])).code).toBe(0);
    const [page] = (await readPdf(fs.readFileSync(path.join(out, 'x.pdf')))).pages;
    expect(page!.text).toContain('20–50%');
  });
});
