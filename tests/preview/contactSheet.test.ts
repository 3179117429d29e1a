/** `build` writes out/index.html (the contact sheet) and, under GitHub Actions, the job summary's table. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli.js';
import { MINIMAL_SHEET, sheetDir } from '../helpers/sheetDir.js';

/** A one-page sheet with six long text sections: about three pages of text. */
const TOO_LONG =
  MINIMAL_SHEET.replace('template: program-office', 'template: program-office\npages: 1') +
  `  - problem:\n      topic: T\n      text: "${'Words that go on and on, line after line. '.repeat(90)}"\n`.repeat(
    6,
  );

describe('the contact sheet', () => {
  it('lists every sheet with its thumbnail, status, pages, size, problems and a link to its PDF', async () => {
    const dir = sheetDir({
      'good.yaml': MINIMAL_SHEET,
      'bad.yaml': MINIMAL_SHEET.replace('value: 435', 'value: many'),
      'long.yaml': TOO_LONG,
      'x<b>.yaml': MINIMAL_SHEET,
    });
    const out = path.join(dir, 'out');
    const summary = path.join(dir, 'summary.md');
    const r = await runCli(['build', dir, '--out', out, '--jobs', '1'], {
      env: { GITHUB_STEP_SUMMARY: summary },
    });
    expect(r.code).toBe(1);
    const html = fs.readFileSync(path.join(out, 'index.html'), 'utf8');
    const rows = html.split('<tr>').slice(2);
    expect(rows).toHaveLength(4);
    const row = (name: string) => rows.find((r) => r.includes(`<b>${name}</b>`))!;
    expect(row('good')).toMatch(/<img alt="Page 1 of good" src="data:image\/png;base64,/);
    expect(row('good')).toContain('href="good.pdf"');
    expect(row('good')).toMatch(/>built<[\s\S]*>1<\/td><td class="num">\d+ KB</);
    expect(row('bad')).toContain('1 error');
    expect(row('bad')).toContain('bad.yaml:8:18: `sections[0].stats.items[0].value` should be a number');
    expect(row('bad')).not.toContain('<img');
    expect(row('long')).toContain('does not fit');
    expect(row('long')).toContain('href="long.overflow.pdf"');
    expect(row('long')).toMatch(/<img alt="Page 1 of long" src="data:image\/png/);
    // A file name is text, never markup.
    expect(html).toContain('<b>x&lt;b&gt;</b>');
    expect(html).not.toMatch(/<b>x<b>/);
    const md = fs.readFileSync(summary, 'utf8');
    expect(md).toContain('| sheet | status | pages | size | problems |');
    expect(md).toMatch(/^\| good \| built \| 1 \| \d+ KB \| {2}\|$/m);
    expect(md).toMatch(/^\| bad \| 1 error \| – \| – \| .*bad\.yaml:8:18: \\`sections\\\[0\\\]\.stats/m);
    expect(md).toContain('| x\\<b\\> |');
  });

  it('is rewritten by every build, skipped sheets included, from cached thumbnails', async () => {
    const dir = sheetDir({ 'a.yaml': MINIMAL_SHEET, 'b.yaml': MINIMAL_SHEET });
    const out = path.join(dir, 'out');
    await runCli(['build', dir, '--out', out, '--jobs', '1']);
    const first = fs.readFileSync(path.join(out, 'index.html'), 'utf8');
    fs.appendFileSync(path.join(dir, 'b.yaml'), '# changed\n');
    const again = await runCli(['build', dir, '--out', out, '--jobs', '1']);
    expect(again.stdout).toContain('2 sheets: 1 built, 1 skipped, 0 failed');
    const second = fs.readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(second).toContain('>up to date<');
    expect(second.match(/src="data:image\/png/g)).toHaveLength(2);
    expect(second).not.toBe(first);
    expect(fs.readdirSync(path.join(out, '.factsheet-thumbs'))).toHaveLength(2);
  });
});
