/** How the command line answers being called: per-command help, foreign options, a closed pipe. */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { styleText } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli.js';
import { MINIMAL_SHEET, REPO, SHEETS, sheetDir } from '../helpers/sheetDir.js';

describe('the command line', () => {
  it('prints one command\'s help for `COMMAND --help`', async () => {
    const r = await runCli(['validate', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: factsheet validate \[paths…\]/);
    expect(r.stdout).toContain('--render');
    expect(r.stdout).not.toContain('--page-size');
  });

  it('refuses an option that belongs to another command, naming the ones it takes', async () => {
    const r = await runCli(['validate', '--out', 'x', '--pdfa']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('factsheet: `validate` does not take --out, --pdfa (its options: --render, --templates, --fonts)');
    expect((await runCli(['schema', '--render'])).stderr).toContain('`schema` does not take --render');
  });

  it('colours the severity word only where colour is wanted (FORCE_COLOR), never under NO_COLOR', async () => {
    const dir = sheetDir({ 'a.yaml': MINIMAL_SHEET.replace('- stats:', '- stas:') });
    const coloured = await runCli(['validate', dir], { env: { FORCE_COLOR: '1' } });
    expect(coloured.stderr).toContain(`:6:5: ${styleText('red', 'error:', { validateStream: false } as never)} unknown section kind`);
    const plain = await runCli(['validate', dir], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(plain.stderr).toContain(':6:5: error: unknown section kind');
    expect(plain.stderr).not.toContain('\u001b[');
    expect((await runCli(['validate', dir])).stderr).not.toContain('\u001b[');
  });

  it('stops quietly when the reader of its output goes away (`| head -1`)', async () => {
    const child = spawn(process.execPath, [path.join(REPO, 'dist/factsheet.js'), 'schema'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('close', resolve));
    // The schema is larger than a pipe holds: closing after the first chunk leaves writes pending.
    child.stdout.once('data', () => child.stdout.destroy());
    expect(await exited).toBe(0);
    expect(stderr).toBe('');
  });

  it('builds sheets with charts when canvas\'s native binary is missing (a PDF needs no native module)', () => {
    const dir = sheetDir();
    for (const f of ['results.yaml', 'news.yaml']) fs.copyFileSync(path.join(SHEETS, f), path.join(dir, f));
    fs.cpSync(path.join(SHEETS, 'images'), path.join(dir, 'images'), { recursive: true });
    const hook = path.join(REPO, 'tests/helpers/noCanvasBinary.cjs');
    const cli = path.join(REPO, 'dist/factsheet.js');
    const args = ['--require', hook, cli, 'build', dir, '--out', path.join(dir, 'out'), '--jobs', '1'];
    const r = spawnSync(process.execPath, args, {
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTIONS: '', CI: '' },
    });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('2 built, 0 skipped, 0 failed');
    expect(r.status).toBe(0);
  });
});
