// npm run bench: cold, warm and batch build times, memory and sizes, with a plain pdfkit
// baseline drawing the same text, so the ratio to that floor comes from one run.
// Prints a table and, last, one line of JSON, also appended to tests/bench/history.jsonl.
// BENCH_QUICK=1 runs fewer repetitions.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import * as fontkit from 'fontkit';
import { loadSheet, renderSheet, parseSheet } from '../../dist/index.js';
import { variant, variantFolder } from './variants.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HOOK = fileURLToPath(new URL('./rss-hook.cjs', import.meta.url));
const QUICK = process.env.BENCH_QUICK === '1';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (kb) => Math.round(kb / 1024);

/** Runs the CLI as a new process; returns wall ms and the peak RSS (KB) of every process it started. */
function cli(args) {
  const started = performance.now();
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: `--require ${HOOK}` } });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`factsheet ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  const rss = [...r.stderr.matchAll(/BENCH_RSS (\d+) (\d+)/g)].map((m) => Number(m[2]));
  return { ms, rss };
}

function cold() {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'factsheet-bench-out-'));
  const runs = Array.from({ length: QUICK ? 3 : 7 }, () => cli(['build', 'sheets/kolkata.yaml', '--out', out, '--jobs', '1', '--force']));
  return { ms: median(runs.map((r) => r.ms)), rssMb: mb(Math.max(...runs.flatMap((r) => r.rss))) };
}

async function warm(name, n) {
  const dir = variantFolder(0);
  const files = Array.from({ length: n }, (_, i) => {
    const f = path.join(dir, `${name}-${i}.yaml`);
    fs.writeFileSync(f, variant(name, i + 1000));
    return f;
  });
  const loaded = await Promise.all(files.map((f) => loadSheet(f)));
  for (const l of loaded.slice(0, 5)) await renderSheet(l); // warm-up: fonts, templates, JIT
  const started = performance.now();
  let bytes = 0;
  for (const l of loaded) bytes += (await renderSheet(l)).length;
  return { msPerSheet: (performance.now() - started) / n, bytes: Math.round(bytes / n), sheets: loaded };
}

/**
 * pdfkit used directly, drawing the same texts with its own wrapping. The floor (`shared`):
 * fonts parsed once and shared by every document, as a server would. `byPath` registers the
 * files for each document instead (the baseline used before 2026-11-25; kept for comparison).
 */
async function baseline(loadedSheets, shared) {
  const dir = path.join(ROOT, 'fonts/Lato');
  const files = { R: 'Lato-Regular.ttf', B: 'Lato-Bold.ttf', K: 'Lato-Black.ttf' };
  const parsed = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fontkit.create(fs.readFileSync(path.join(dir, f)))]));
  const draw = (sheet) => new Promise((resolve) => {
    const doc = new PDFDocument({ autoFirstPage: false, compress: true });
    for (const [k, f] of Object.entries(files)) doc.registerFont(k, shared ? parsed[k] : path.join(dir, f));
    const chunks = [];
    doc.on('data', (c) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    const texts = [];
    JSON.stringify(sheet, (k, v) => (typeof v === 'string' && v.length > 3 && k !== 'src' ? texts.push(v) : 0, v));
    doc.addPage({ size: 'LETTER', margin: 36 });
    texts.forEach((t, i) => {
      if (i === Math.floor(texts.length / 2)) doc.addPage({ size: 'LETTER', margin: 36 });
      doc.font(i % 5 === 0 ? 'K' : i % 3 ? 'R' : 'B').fontSize(i % 5 === 0 ? 14 : 9).text(t, { width: 260 });
    });
    doc.end();
  });
  for (const l of loadedSheets.slice(0, 5)) await draw(l.sheet);
  const started = performance.now();
  for (const l of loadedSheets) await draw(l.sheet);
  return (performance.now() - started) / loadedSheets.length;
}

function batch(n, jobs) {
  const dir = variantFolder(n);
  const out = path.join(dir, 'out');
  const r = cli(['build', dir, '--out', out, '--jobs', String(jobs)]);
  const built = fs.readdirSync(out).filter((f) => f.endsWith('.pdf')).length;
  if (built !== n) throw new Error(`batch built ${built} of ${n}`);
  return { ms: r.ms, sheetsPerSecond: n / (r.ms / 1000), rssMbPerProcess: mb(Math.max(...r.rss)) };
}

function sizes() {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'factsheet-bench-size-'));
  cli(['build', 'sheets', '--out', out, '--jobs', '1']);
  const noPhotos = variantFolder(0);
  const text = fs.readFileSync(path.join(ROOT, 'sheets/kolkata.yaml'), 'utf8');
  const sheet = parseSheet(text);
  for (const section of sheet.sections) delete Object.values(section)[0].photo;
  fs.writeFileSync(path.join(noPhotos, 'kolkata-no-photos.yaml'), JSON.stringify(sheet));
  cli(['build', path.join(noPhotos, 'kolkata-no-photos.yaml'), '--out', out, '--jobs', '1']);
  const kb = (f) => Math.round(fs.statSync(path.join(out, f)).size / 1024);
  return { kolkataKb: kb('kolkata.pdf'), kolkataNoPhotosKb: kb('kolkata-no-photos.pdf'), caseworkKb: kb('sex-trafficking.pdf') };
}

const n = QUICK ? 10 : 50;
const coldResult = cold();
const warmKolkata = await warm('kolkata', n);
const warmCasework = await warm('sex-trafficking', n);
const floor = await baseline(warmKolkata.sheets, true);
const byPath = await baseline(warmKolkata.sheets, false);
const batchResult = batch(QUICK ? 20 : 100, 2);
const size = sizes();
const warmRss = mb(process.resourceUsage().maxRSS);

const rows = [
  ['cold: `factsheet build sheets/kolkata.yaml`, one process (median)', `${coldResult.ms.toFixed(0)} ms`, `${coldResult.rssMb} MB`],
  [`warm: kolkata (2 pages, no chart), ${n} different sheets in one process`, `${warmKolkata.msPerSheet.toFixed(1)} ms/sheet`, `${warmRss} MB`],
  [`warm: casework (2 pages, 2 charts), ${n} different sheets`, `${warmCasework.msPerSheet.toFixed(1)} ms/sheet`, ''],
  [`warm: plain pdfkit drawing the same texts, fonts parsed once (the floor)`, `${floor.toFixed(1)} ms/sheet`, ''],
  [`warm: plain pdfkit, fonts registered by path per document (old baseline)`, `${byPath.toFixed(1)} ms/sheet`, ''],
  ['ratio: kolkata / floor (target ≤ 0.75)', `${(warmKolkata.msPerSheet / floor).toFixed(2)}×`, ''],
  ['casework − floor (target ≤ 10 ms)', `${(warmCasework.msPerSheet - floor).toFixed(1)} ms`, ''],
  [`batch: ${QUICK ? 20 : 100} sheets, --jobs 2 (half casework)`, `${(batchResult.ms / 1000).toFixed(2)} s, ${batchResult.sheetsPerSecond.toFixed(1)} sheets/s`, `${batchResult.rssMbPerProcess} MB/process`],
  ['size: kolkata.pdf / without photos / sex-trafficking.pdf', `${size.kolkataKb} / ${size.kolkataNoPhotosKb} / ${size.caseworkKb} KB`, ''],
];
console.log(`factsheet benchmark — Node ${process.version}, ${os.cpus().length} CPUs${QUICK ? ' (quick)' : ''}\n`);
console.log('| measure | time | peak RSS |\n| --- | --- | --- |');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
const summary = { node: process.version, cpus: os.cpus().length, coldMs: Math.round(coldResult.ms), coldRssMb: coldResult.rssMb, warmKolkataMs: +warmKolkata.msPerSheet.toFixed(1), warmCaseworkMs: +warmCasework.msPerSheet.toFixed(1), warmRssMb: warmRss, baselineMs: +floor.toFixed(1), baselineByPathMs: +byPath.toFixed(1), floorKind: 'shared-fonts', ratioToBaseline: +(warmKolkata.msPerSheet / floor).toFixed(2), caseworkOverFloorMs: +(warmCasework.msPerSheet - floor).toFixed(1), batchSheets: QUICK ? 20 : 100, batchMs: Math.round(batchResult.ms), batchSheetsPerSecond: +batchResult.sheetsPerSecond.toFixed(1), batchRssMbPerProcess: batchResult.rssMbPerProcess, bytesKolkata: warmKolkata.bytes, bytesCasework: warmCasework.bytes, ...size };
console.log(`\n${JSON.stringify(summary)}`);
recordHistory(summary);

/**
 * Appends this run to tests/bench/history.jsonl (date, commit, quick or full), so a regression
 * shows against earlier runs; compare ratios, which hold across machines better than times.
 */
function recordHistory(result) {
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  const dirty = spawnSync('git', ['status', '--porcelain', 'src', 'templates'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim() !== '';
  const line = { date: new Date().toISOString(), commit: commit + (dirty ? '+' : ''), quick: QUICK, ...result };
  fs.appendFileSync(fileURLToPath(new URL('./history.jsonl', import.meta.url)), `${JSON.stringify(line)}\n`);
}
