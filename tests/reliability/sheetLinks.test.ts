/**
 * Symlinked sheets in a folder obey the inside-the-tree rule: a link to a sheet inside the
 * folder given is built, one leading out of it or to nothing is an error at the link (and the
 * target is never read), a linked folder is not searched and says so. None is skipped silently.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli.js';
import { MINIMAL_SHEET, SHEETS, sheetDir } from '../helpers/sheetDir.js';

const SECRET = 'title: ci_token=abc123\n';

function linkedTree(): { dir: string; sheets: string; out: string } {
  const dir = sheetDir({ 'outside.yaml': SECRET, 'other/y.yaml': MINIMAL_SHEET });
  const sheets = path.join(dir, 'sheets');
  fs.mkdirSync(path.join(sheets, 'real'), { recursive: true });
  fs.copyFileSync(path.join(SHEETS, 'org.yaml'), path.join(sheets, 'org.yaml'));
  fs.copyFileSync(path.join(SHEETS, 'org.yaml'), path.join(sheets, 'real/org.yaml'));
  fs.writeFileSync(path.join(sheets, 'real/x.yaml'), MINIMAL_SHEET);
  fs.symlinkSync('real/x.yaml', path.join(sheets, 'linked.yaml'));
  fs.symlinkSync('../outside.yaml', path.join(sheets, 'escape.yaml'));
  fs.symlinkSync('gone.yaml', path.join(sheets, 'broken.yaml'));
  fs.symlinkSync('../other', path.join(sheets, 'more'));
  // A shared images folder linked in is common, and skipped like a real one, without a warning.
  fs.symlinkSync('../other', path.join(sheets, 'images'));
  return { dir, sheets, out: path.join(dir, 'out') };
}

describe('symlinked sheets', () => {
  it('builds links inside the folder, fails links out of it or to nothing, and reports linked folders', async () => {
    const { sheets, out } = linkedTree();
    const r = await runCli(['build', sheets, '--out', out, '--jobs', '1']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('4 sheets: 2 built, 0 skipped, 2 failed');
    expect(r.stderr).toContain(`${path.join(sheets, 'escape.yaml')}:1:1: error: ${path.join(sheets, 'escape.yaml')} links to a file outside the folder being built`);
    expect(r.stderr).toContain(`${path.join(sheets, 'broken.yaml')} links to a file that does not exist`);
    expect(r.stderr).toContain(`warning: ${path.join(sheets, 'more')} is a link to a folder; its sheets are not searched`);
    expect(r.stderr).not.toContain('ci_token');
    expect(r.stderr).not.toContain('images');
    expect(fs.readdirSync(out).filter((f) => f.endsWith('.pdf')).sort()).toEqual(['linked.pdf']);
    expect(fs.readdirSync(path.join(out, 'real'))).toEqual(['x.pdf']);
  });

  it('validate reports the same links', async () => {
    const { sheets } = linkedTree();
    const r = await runCli(['validate', sheets]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('links to a file outside the folder being built');
    expect(r.stderr).toContain('links to a file that does not exist');
    expect(r.stdout).toMatch(/ok {2}.*linked\.yaml/);
    expect(r.stderr).not.toContain('ci_token');
  });
});
