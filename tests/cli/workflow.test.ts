/** Working with sheets: incremental builds, shards, JSON output, watch, previews and init. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEMPLATES_DIR } from '../../src/paths.js';
import { main } from '../../src/cli/main.js';
import { listTemplates } from '../../src/template/loadTemplate.js';
import { diskWorld } from '../../src/world.js';
import { memoryIo, runCli } from '../helpers/runCli.js';
import { SHEETS, sheetDir } from '../helpers/sheetDir.js';

/** A folder with the three sample sheets, their images and a private copy of the templates. */
function workspace() {
  const dir = sheetDir();
  for (const f of ['kolkata.yaml', 'sex-trafficking.yaml', 'news.yaml']) fs.copyFileSync(path.join(SHEETS, f), path.join(dir, f));
  fs.cpSync(path.join(SHEETS, 'images'), path.join(dir, 'images'), { recursive: true });
  fs.cpSync(TEMPLATES_DIR, path.join(dir, 'templates'), { recursive: true });
  const out = path.join(dir, 'out');
  const templates = path.join(dir, 'templates');
  const build = (...extra: string[]) =>
    runCli(['build', dir, '--out', out, '--templates', templates, '--jobs', '1', ...extra]);
  const pdfs = () => fs.readdirSync(out).filter((f) => f.endsWith('.pdf'));
  const stamps = () => Object.fromEntries(pdfs().map((f) => [f, fs.statSync(path.join(out, f)).mtimeMs]));
  const built = async (r: Promise<{ stdout: string }>) =>
    [...(await r).stdout.matchAll(/^ok {3}.*\/([\w-]+)\.yaml/gm)].map((m) => m[1]).sort();
  return { dir, out, templates, build, stamps, built };
}

describe('incremental builds', async () => {
  it('a second build with no change skips every sheet and writes nothing', async () => {
    const w = workspace();
    expect((await w.build()).stdout).toContain('3 sheets: 3 built, 0 skipped, 0 failed');
    const before = w.stamps();
    const again = await w.build();
    expect(again.stdout).toContain('3 sheets: 0 built, 3 skipped, 0 failed');
    expect(w.stamps()).toEqual(before);
  });

  it('rebuilds exactly the sheets that depend on what changed: a sheet, the shared file, a template, an image', async () => {
    const w = workspace();
    await w.build();
    fs.appendFileSync(path.join(w.dir, 'news.yaml'), '\n# a comment changes the file\n');
    expect(await w.built(w.build())).toEqual(['news']);
    fs.appendFileSync(path.join(w.dir, 'org.yaml'), '\n# shared by all\n');
    expect(await w.built(w.build())).toEqual(['kolkata', 'news', 'sex-trafficking']);
    fs.appendFileSync(path.join(w.dir, 'templates/casework/template.yaml'), '\n# edited\n');
    expect(await w.built(w.build())).toEqual(['sex-trafficking']);
    fs.appendFileSync(path.join(w.dir, 'templates/casework/partials/header-cover.hbs'), '\n{{!-- edited --}}\n');
    expect(await w.built(w.build())).toEqual(['sex-trafficking']);
    fs.appendFileSync(path.join(w.dir, 'templates/partials/footer-full.hbs'), '\n{{!-- edited --}}\n');
    expect(await w.built(w.build())).toEqual(['kolkata', 'news', 'sex-trafficking']);
    fs.copyFileSync(path.join(w.dir, 'images/sani.jpg'), path.join(w.dir, 'images/director.jpg'));
    expect(await w.built(w.build())).toEqual(['kolkata']);
    expect(await w.built(w.build('--force'))).toEqual(['kolkata', 'news', 'sex-trafficking']);
  });

  it('removes, and says so, the outputs of a deleted sheet and the previews of pages a sheet no longer has', async () => {
    const w = workspace();
    await w.build();
    fs.writeFileSync(path.join(w.out, 'news-1.png'), 'old preview');
    fs.writeFileSync(path.join(w.out, 'kolkata-3.png'), 'page 3 of an older, longer kolkata');
    fs.rmSync(path.join(w.dir, 'news.yaml'));
    const r = await w.build('--force');
    expect(r.stdout).toContain(`removed ${path.join(w.out, 'news.pdf')}: no sheet makes it any more`);
    expect(r.stdout).toContain(`removed ${path.join(w.out, 'news-1.png')}: no sheet makes it any more`);
    expect(r.stdout).toContain(`removed ${path.join(w.out, 'kolkata-3.png')}: no sheet makes it any more`);
    const outputs = fs.readdirSync(w.out).filter((f) => !f.startsWith('.') && f !== 'index.html');
    expect(outputs.sort()).toEqual(['kolkata.pdf', 'sex-trafficking.pdf']);
    expect(Object.keys(JSON.parse(fs.readFileSync(path.join(w.out, '.factsheet-manifest.json'), 'utf8')).sheets)).toHaveLength(2);
  });

  it('rebuilds a PDF that is missing or damaged', async () => {
    const w = workspace();
    await w.build();
    fs.rmSync(path.join(w.out, 'news.pdf'));
    fs.writeFileSync(path.join(w.out, 'kolkata.pdf'), '%PDF-1.7 cut sho');
    expect(await w.built(w.build())).toEqual(['kolkata', 'news']);
  });
});

describe('batches', async () => {
  it('--shard slices are disjoint and cover all sheets', async () => {
    const dir = sheetDir();
    for (let i = 0; i < 12; i++) fs.writeFileSync(path.join(dir, `s${i}.yaml`), fs.readFileSync(path.join(SHEETS, 'news.yaml')));
    const slices: string[][] = [];
    for (const i of [1, 2, 3]) {
      const r = await runCli(['build', dir, '--out', path.join(dir, 'out'), '--shard', `${i}/3`, '--json', '--jobs', '1']);
      expect(r.code).toBe(0);
      slices.push((JSON.parse(r.stdout) as { sheets: { file: string }[] }).sheets.map((s) => path.basename(s.file)));
    }
    const all = slices.flat();
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual(Array.from({ length: 12 }, (_, i) => `s${i}.yaml`).sort());
    expect((await runCli(['build', dir, '--shard', '4/3'])).code).toBe(2);
  });

  it('--json prints a summary a program can read', async () => {
    const w = workspace();
    fs.writeFileSync(path.join(w.dir, 'bad.yaml'), 'title: x\n');
    const r = await w.build('--json');
    expect(r.code).toBe(1);
    const summary = JSON.parse(r.stdout) as { built: number; failed: number; sheets: { file: string; status: string; pages: number | null; bytes: number | null; ms: number; diagnostics: { code: string; span?: { line: number } }[] }[] };
    expect(summary).toMatchObject({ built: 3, failed: 1 });
    const kolkata = summary.sheets.find((s) => s.file.endsWith('kolkata.yaml'))!;
    expect(kolkata).toMatchObject({ status: 'built', pages: 2 });
    expect(kolkata.bytes).toBeGreaterThan(10_000);
    expect(summary.sheets.find((s) => s.file.endsWith('bad.yaml'))!.diagnostics[0]).toMatchObject({ code: 'missing-key', span: { line: 1 } });
  });

  it('--preview writes a PNG of every page next to the PDF', async () => {
    const w = workspace();
    await w.build('--preview');
    for (const f of ['kolkata-1.png', 'kolkata-2.png', 'news-1.png', 'sex-trafficking-2.png']) {
      expect(fs.readFileSync(path.join(w.out, f)).subarray(1, 4).toString()).toBe('PNG');
    }
  });
});

describe('watch', () => {
  it('rebuilds a sheet after it changes, keeps going after an error, and stops when asked', async () => {
    const w = workspace();
    const stop = new AbortController();
    const { io, waitFor } = memoryIo({ signal: stop.signal });
    const watching = main(['build', w.dir, '--out', w.out, '--templates', w.templates, '--watch'], io);
    const news = path.join(w.dir, 'news.yaml');
    try {
      await waitFor(/watching \d+ folders/);
      fs.writeFileSync(news, fs.readFileSync(news, 'utf8').replace('title: Stories', 'titel: Stories'));
      await waitFor(/failed .*news\.yaml: 1 error[\s\S]*did you mean `title`\?/);
      fs.writeFileSync(news, fs.readFileSync(path.join(SHEETS, 'news.yaml')));
      await waitFor(/built .*news\.yaml in \d+ ms \(1 page\)\n[\s\S]*built .*news\.yaml in \d+ ms \(1 page\)/);
      // An editor's atomic save: the new text goes to a scratch file, renamed over the sheet.
      const scratch = path.join(w.dir, '.news.yaml.tmp');
      fs.writeFileSync(scratch, fs.readFileSync(news, 'utf8').replace('title: Stories', 'titel: Stories'));
      fs.renameSync(scratch, news);
      await waitFor(/failed .*news\.yaml: 1 error[\s\S]*failed .*news\.yaml: 1 error/);
    } finally {
      stop.abort();
    }
    expect(await watching).toBe(0);
  });
});

describe('init', async () => {
  it.each(await listTemplates(TEMPLATES_DIR, diskWorld()))('writes a valid %s starter that builds, and never overwrites', async (template) => {
    expect(fs.existsSync(path.join(TEMPLATES_DIR, template, 'starter.yaml')), `templates/${template}/starter.yaml`).toBe(true);
    const dir = sheetDir();
    fs.rmSync(path.join(dir, 'org.yaml'));
    const r = await runCli(['init', 'starter', '--template', template], { cwd: dir });
    expect(r.code).toBe(0);
    expect(fs.readdirSync(path.join(dir, 'sheets')).sort()).toEqual(['org.schema.json', 'org.yaml', 'sheet.schema.json', 'starter.yaml']);
    // Sheets in subfolders are mapped to the schema too (a `$schema=` line is relative to its file).
    expect(JSON.parse(fs.readFileSync(path.join(dir, '.vscode/settings.json'), 'utf8'))).toEqual({
      'yaml.schemas': {
        'sheets/sheet.schema.json': ['sheets/**/*.yaml', '!sheets/**/org.yaml'],
        'sheets/org.schema.json': ['sheets/**/org.yaml'],
      },
    });
    expect(await runCli(['validate'], { cwd: dir })).toMatchObject({ code: 0, stderr: '' });
    const built = await runCli(['build', '--jobs', '1'], { cwd: dir });
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    const again = await runCli(['init', 'starter'], { cwd: dir });
    expect(again).toMatchObject({ code: 2, stderr: expect.stringContaining('sheets/starter.yaml already exists') });
  });
});
