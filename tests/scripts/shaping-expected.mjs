#!/usr/bin/env node
// Regenerates tests/fixtures/shaping/expected.json: each word of the Bengali and Devanagari
// corpora shaped by HarfBuzz's own `hb-shape` (Debian: apt-get install libharfbuzz-bin) with
// the bundled Noto fonts. tests/text/shaping.test.ts checks our pipeline gives the same glyph
// ids, clusters, advances and offsets. Run: node tests/scripts/shaping-expected.mjs
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixtures = path.join(root, 'tests/fixtures/shaping');
const CASES = [
  {
    corpus: 'bengali.txt',
    script: 'beng',
    fonts: ['NotoSansBengali/NotoSansBengaliUI-Regular.ttf', 'NotoSansBengali/NotoSansBengaliUI-Bold.ttf'],
  },
  {
    corpus: 'devanagari.txt',
    script: 'deva',
    fonts: [
      'NotoSansDevanagari/NotoSansDevanagariUI-Regular.ttf',
      'NotoSansDevanagari/NotoSansDevanagariUI-Bold.ttf',
    ],
  },
];

const version = execFileSync('hb-shape', ['--version']).toString().split('\n')[0];
const out = { generator: version, cases: [] };
for (const { corpus, script, fonts } of CASES) {
  const words = fs
    .readFileSync(path.join(fixtures, corpus), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'));
  for (const font of fonts) {
    const args = [
      '--no-glyph-names',
      '--output-format=json',
      `--script=${script}`,
      '--direction=ltr',
      path.join(root, 'fonts', font),
    ];
    const lines = execFileSync('hb-shape', args, { input: words.join('\n') })
      .toString()
      .trim()
      .split('\n');
    words.forEach((word, i) => {
      const glyphs = JSON.parse(lines[i]).map((g) => [g.g, g.cl, g.ax, g.dx, g.dy]);
      out.cases.push({ font, script, word, glyphs });
    });
  }
}
fs.writeFileSync(
  path.join(fixtures, 'expected.json'),
  JSON.stringify(out, null, 0).replace(/\},\{/g, '},\n{') + '\n',
);
console.log(`${out.cases.length} shapings by ${version} → tests/fixtures/shaping/expected.json`);
