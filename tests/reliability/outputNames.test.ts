/**
 * Where each sheet's PDF goes: sheets in subfolders build into matching subfolders of --out,
 * and two sheets that would still write one PDF both fail (`output-collision`) instead of the
 * second silently replacing the first; the rest of the batch is built.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST_FILE } from '../../src/cli/manifest.js';
import { removeStaleTemps } from '../../src/cli/writeAtomic.js';
import { runCli } from '../helpers/runCli.js';
import { isBookkeeping } from '../helpers/outFiles.js';
import { MINIMAL_SHEET, sheetDir } from '../helpers/sheetDir.js';

/** Every file under `dir`, relative and `/`-separated, sorted. */
function files(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((f) => f === '.factsheet-manifest.json' || !isBookkeeping(f))
    .sort();
}
const pdfs = (out: string) => files(out).filter((f) => f.endsWith('.pdf'));
/** A sheet whose header title is `title`, so a test can tell which sheet a PDF came from. */
const titled = (title: string) => MINIMAL_SHEET.replace('title: Test\n', `title: ${title}\n`);
/** The sheets need org.yaml beside them: copy the temp folder's into each subfolder. */
function withOrgs(dir: string, subs: string[]): string {
  for (const sub of subs) fs.copyFileSync(path.join(dir, 'org.yaml'), path.join(dir, sub, 'org.yaml'));
  return dir;
}

describe('output names', () => {
  it('sheets directly in the folder given build into out/NAME.pdf, as before', async () => {
    const dir = sheetDir({ 'x.yaml': MINIMAL_SHEET, 'y.yaml': MINIMAL_SHEET });
    const out = path.join(dir, 'out');
    const r = await runCli(['build', dir, '--out', out, '--jobs', '1']);
    expect(r.code, r.stderr).toBe(0);
    expect(pdfs(out)).toEqual(['x.pdf', 'y.pdf']);
  });

  it('same-named sheets in subfolders build into matching subfolders; both are built', async () => {
    const dir = withOrgs(sheetDir({ 'a/x.yaml': titled('Alpha'), 'b/x.yaml': titled('Bravo'), 'top.yaml': MINIMAL_SHEET }), ['a', 'b']);
    const out = path.join(dir, 'out');
    const r = await runCli(['build', dir, '--out', out, '--jobs', '1', '--preview', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(files(out)).toEqual([MANIFEST_FILE, 'a/x-1.png', 'a/x.pdf', 'b/x-1.png', 'b/x.pdf', 'top-1.png', 'top.pdf']);
    // Each PDF is its own sheet's, not the other's written twice.
    expect(fs.readFileSync(path.join(out, 'a/x.pdf')).equals(fs.readFileSync(path.join(out, 'b/x.pdf')))).toBe(false);
    const json = JSON.parse(r.stdout) as { built: number; sheets: { file: string; pdf: string }[] };
    expect(json.built).toBe(3);
    expect(json.sheets.map((s) => [path.relative(dir, s.file), path.relative(out, s.pdf)])).toEqual([
      [path.join('a', 'x.yaml'), path.join('a', 'x.pdf')],
      [path.join('b', 'x.yaml'), path.join('b', 'x.pdf')],
      ['top.yaml', 'top.pdf'],
    ]);
    // The manifest records where each PDF is, and the next build skips all three.
    const manifest = JSON.parse(fs.readFileSync(path.join(out, MANIFEST_FILE), 'utf8')) as { sheets: Record<string, { pdf: string }> };
    expect(Object.values(manifest.sheets).map((e) => e.pdf).sort()).toEqual(['a/x.pdf', 'b/x.pdf', 'top.pdf']);
    const again = await runCli(['build', dir, '--out', out, '--jobs', '1', '--preview']);
    expect(again.stdout).toContain('3 sheets: 0 built, 3 skipped, 0 failed');
  });

  it('several folders given build relative to their common folder', async () => {
    const dir = withOrgs(sheetDir({ 'a/x.yaml': MINIMAL_SHEET, 'b/x.yaml': MINIMAL_SHEET }), ['a', 'b']);
    const out = path.join(dir, 'out');
    const r = await runCli(['build', path.join(dir, 'a'), path.join(dir, 'b'), '--out', out, '--jobs', '1']);
    expect(r.code, r.stderr).toBe(0);
    expect(pdfs(out)).toEqual(['a/x.pdf', 'b/x.pdf']);
    // One subfolder by itself is the root: its sheets go straight into --out.
    const out2 = path.join(dir, 'out2');
    expect((await runCli(['build', path.join(dir, 'a'), '--out', out2, '--jobs', '1'])).code).toBe(0);
    expect(pdfs(out2)).toEqual(['x.pdf']);
  });

  it('x.yml beside x.yaml: both fail with output-collision naming each other; the others are built', async () => {
    const dir = sheetDir({ 'x.yaml': MINIMAL_SHEET, 'x.yml': MINIMAL_SHEET, 'good.yaml': MINIMAL_SHEET });
    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'x.pdf'), 'previous good PDF');
    const r = await runCli(['build', dir, '--out', out, '--jobs', '1']);
    expect(r.code).toBe(1);
    const [yaml, yml] = [path.join(dir, 'x.yaml'), path.join(dir, 'x.yml')];
    expect(r.stderr).toContain(`${yaml}:1:1: error: ${yaml} and ${yml} would both be built into ${path.join(out, 'x.pdf')}`);
    expect(r.stderr).toContain(`${yml}:1:1: error: ${yml} and ${yaml} would both be built into ${path.join(out, 'x.pdf')}`);
    expect(r.stderr).toMatch(/hint: rename one of them/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.stdout).toContain('3 sheets: 1 built, 0 skipped, 2 failed');
    expect(pdfs(out)).toEqual(['good.pdf', 'x.pdf']);
    expect(fs.readFileSync(path.join(out, 'x.pdf'), 'utf8')).toBe('previous good PDF');
  });

  it('two files given by themselves with the same name collide; --json carries the code', async () => {
    const dir = withOrgs(sheetDir({ 'a/x.yaml': MINIMAL_SHEET, 'b/x.yaml': MINIMAL_SHEET, 'good.yaml': MINIMAL_SHEET }), ['a', 'b']);
    const out = path.join(dir, 'out');
    const given = [path.join(dir, 'a/x.yaml'), path.join(dir, 'b/x.yaml'), path.join(dir, 'good.yaml')];
    const r = await runCli(['build', ...given, '--out', out, '--jobs', '1', '--json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as { failed: number; sheets: { file: string; status: string; diagnostics: { code: string; message: string; span: { line: number; col: number } }[] }[] };
    expect(json.failed).toBe(2);
    const failed = json.sheets.filter((s) => s.status === 'failed');
    expect(failed.map((s) => s.file)).toEqual(given.slice(0, 2));
    for (const s of failed) {
      expect(s.diagnostics).toHaveLength(1);
      expect(s.diagnostics[0]).toMatchObject({ code: 'output-collision', span: { line: 1, col: 1 } });
      expect(s.diagnostics[0]!.message).toContain(given[0]);
      expect(s.diagnostics[0]!.message).toContain(given[1]);
    }
    expect(pdfs(out)).toEqual(['good.pdf']);
  });

  it('names differing only in letter case collide (one file on macOS and Windows)', async () => {
    const dir = sheetDir({ 'X.yaml': MINIMAL_SHEET, 'x.yaml': MINIMAL_SHEET });
    if (fs.readdirSync(dir).filter((f) => f.toLowerCase() === 'x.yaml').length < 2) return; // case-insensitive disk: one file
    const r = await runCli(['build', dir, '--out', path.join(dir, 'out'), '--jobs', '1']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('2 sheets: 0 built, 0 skipped, 2 failed');
    expect(r.stderr.match(/error: .* would both be built into/g)).toHaveLength(2);
  });

  it('a sheet named x.overflow.yaml collides with the overflow proof of x.yaml: both fail, neither is lost', async () => {
    const dir = sheetDir({ 'x.yaml': MINIMAL_SHEET, 'x.overflow.yaml': titled('Other'), 'good.yaml': MINIMAL_SHEET });
    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'x.overflow.pdf'), 'the previous PDF of x.overflow.yaml');
    const r = await runCli(['build', dir, '--out', out, '--jobs', '1']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('3 sheets: 1 built, 0 skipped, 2 failed');
    const both = `${path.join(dir, 'x.overflow.yaml')} (its PDF) and ${path.join(dir, 'x.yaml')} (its overflow proof) would both write ${path.join(out, 'x.overflow.pdf')}`;
    expect(r.stderr).toContain(both);
    expect(r.stderr).toContain('hint: rename the sheet whose name ends in `.overflow`');
    // The build that fits would remove x's old proof: here that file is another sheet's PDF, and it stays.
    expect(fs.readFileSync(path.join(out, 'x.overflow.pdf'), 'utf8')).toBe('the previous PDF of x.overflow.yaml');
    expect(pdfs(out)).toEqual(['good.pdf', 'x.overflow.pdf']);
  });

  it('the same file reached two ways is built once, not a collision', async () => {
    const dir = sheetDir({ 'x.yaml': MINIMAL_SHEET });
    const out = path.join(dir, 'out');
    const r = await runCli(['build', dir, path.join(dir, 'x.yaml'), '--out', out, '--jobs', '1']);
    expect(r.code, r.stderr).toBe(0);
    expect(pdfs(out)).toEqual(['x.pdf']);
  });

  it('a collision fails in every shard that holds one of the pair, whatever shard holds the other', async () => {
    const dir = sheetDir({ 'x.yaml': MINIMAL_SHEET, 'x.yml': MINIMAL_SHEET, 'good.yaml': MINIMAL_SHEET });
    const out = path.join(dir, 'out');
    const runs = [await runCli(['build', dir, '--out', out, '--jobs', '1', '--shard', '1/2', '--json']),
      await runCli(['build', dir, '--out', out, '--jobs', '1', '--shard', '2/2', '--json'])];
    const sheets = runs.flatMap((r) => (JSON.parse(r.stdout) as { sheets: { file: string; status: string }[] }).sheets);
    expect(sheets.map((s) => [path.basename(s.file), s.status]).sort()).toEqual([['good.yaml', 'built'], ['x.yaml', 'failed'], ['x.yml', 'failed']]);
    expect(pdfs(out)).toEqual(['good.pdf']);
  });

  it('stale temporary files are removed from subfolders of the output folder too', () => {
    const out = sheetDir({ 'a/.factsheet-tmp-999999999-abcd-x.pdf': 'half', '.factsheet-tmp-999999999-abcd-y.pdf': 'half', 'a/x.pdf': 'kept' });
    removeStaleTemps(out);
    expect(files(out)).toEqual(['a/x.pdf', 'org.yaml']);
  });
});
