import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
// Imported by package name, as an npm user would: this resolves through package.json `exports` to dist/.
import { loadSheet, parseSheet, SheetError } from 'factsheet';
import { MINIMAL_SHEET, REPO } from './helpers/sheetDir.js';

describe('library API', () => {
  it('loadSheet returns the typed, validated sheet with its organisation', async () => {
    const loaded = await loadSheet('sheets/kolkata.yaml');
    const stats = loaded.sheet.sections.flatMap((s) => Object.entries(s)).filter(([kind]) => kind === 'stats');
    expect(stats.flatMap(([, body]) => (body as { items: { value: unknown }[] }).items.map((i) => i.value))).toEqual([435, 330, 5470]);
    expect(loaded.sheet.sections.map((s) => Object.keys(s)[0])).toEqual(['problem', 'stats', 'facts', 'quote', 'approach', 'milestones', 'leader']);
    expect(loaded.org.short_name).toBe('IJM');
  });

  it('parseSheet throws one SheetError carrying every diagnostic', () => {
    expect(parseSheet(MINIMAL_SHEET, { filename: 'mine.yaml' }).header.title).toBe('Test');
    try {
      parseSheet(MINIMAL_SHEET.replace('- stats:', '- stas:').replace('title: Test sheet', 'title: ""'), { filename: 'mine.yaml' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SheetError);
      const err = e as SheetError;
      expect(err.diagnostics.map((d) => d.code)).toEqual(['empty', 'unknown-section']);
      expect(err.message).toBe('mine.yaml:1:8: `title` is empty (and 1 more)');
    }
  });

  it('loads from CommonJS too: `require` resolves through the `default` export condition', () => {
    const script = "const f = require('factsheet'); process.stdout.write(typeof f.createEngine + ' ' + typeof f.renderSheet)";
    const out = execFileSync(process.execPath, ['-e', script], { cwd: REPO, encoding: 'utf8' });
    expect(out).toBe('function function');
  });
});
