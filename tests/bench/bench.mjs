// npm run bench: --version, cold, warm and batch build times, memory and sizes, with a plain pdfkit
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
import { lanesFor } from '../../dist/cli/runBuilds.js';
import { variant, variantFolder } from './variants.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HOOK = fileURLToPath(new URL('./rss-hook.cjs', import.meta.url));
const QUICK = process.env.BENCH_QUICK === '1';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (kb) => Math.round(kb / 1024);

// Every folder the bench makes (sheets, outputs, the shaped-text cache) goes when it ends,
// a failed step too: a run writes some 300 MB of PDFs and sheets.
const made = [];
process.on('exit', () => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
const keep = (dir) => (made.push(dir), dir);
const tempDir = (prefix) => keep(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
const sheetsFolder = (n) => keep(variantFolder(n));

// Builds keep shaped text on disk (README, "shaped text"): the bench's own folder, warmed by the
// first cold build, so a run does not depend on what the user's cache holds.
const CACHE_DIR = tempDir('factsheet-bench-cache-');

// NODE_EXTRA_CA_CERTS (set on machines behind a proxy, this project's among them) makes Node 20
// read and parse the whole certificate bundle as it starts, about 80 ms before any script runs
// (Node 22 and later read it when TLS is first used). Nothing measured here opens a connection,
// so every process starts without it; `--version` as this shell would run it is printed too.
const { NODE_EXTRA_CA_CERTS: EXTRA_CA, ...ENV } = process.env;

/** Runs a node script as a new process; returns wall ms and the peak RSS (KB) of every process it started. */
function node(script, args, env = {}) {
  const started = performance.now();
  const r = spawnSync(process.execPath, [script, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...ENV, FACTSHEET_CACHE_DIR: CACHE_DIR, ...env, NODE_OPTIONS: `--require ${HOOK}` } });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`${script} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  const rss = [...r.stderr.matchAll(/BENCH_RSS (\d+) (\d+)/g)].map((m) => Number(m[2]));
  return { ms, rss };
}
const cli = (args, env) => node('dist/factsheet.js', args, env);

const summarise = (runs) => ({ ms: median(runs.map((r) => r.ms)), rssMb: mb(Math.max(...runs.flatMap((r) => r.rss))) });

/**
 * A cold `factsheet build` of one sheet and the hand-written pdfkit + PNG chart script
 * (hand-pdfkit.mjs), taken in turns so that both see the same load; medians of each.
 */
function cold() {
  const out = tempDir('factsheet-bench-out-');
  const build = (env) => cli(['build', 'sheets/kolkata.yaml', '--out', out, '--jobs', '1', '--force'], env);
  const [ours, hand, first] = [[], [], []];
  for (let i = 0; i < (QUICK ? 3 : 7); i++) {
    first.push(build({ FACTSHEET_CACHE_DIR: 'off' })); // a first build ever: nothing shaped yet
    ours.push(build());
    hand.push(node('tests/bench/hand-pdfkit.mjs', ['sheets/kolkata.yaml', path.join(out, 'hand.pdf')]));
  }
  return { ours: summarise(ours), hand: summarise(hand), first: summarise(first) };
}

const version = (env) => summarise(Array.from({ length: QUICK ? 5 : 11 }, () => cli(['--version'], env)));
/** Node starting and doing nothing: what any command costs at least on this machine, now. */
const nodeAlone = () => summarise(Array.from({ length: QUICK ? 5 : 11 }, () => node('-e', ['0'])));

async function warm(name, n) {
  const dir = sheetsFolder(0);
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

/** Builds n sheets (half with charts) into a fresh folder; `jobs` undefined takes the default. */
function batch(n, jobs) {
  const dir = sheetsFolder(n);
  const out = path.join(dir, 'out');
  const r = cli(['build', dir, '--out', out, ...(jobs ? ['--jobs', String(jobs)] : [])]);
  const built = fs.readdirSync(out).filter((f) => f.endsWith('.pdf')).length;
  if (built !== n) throw new Error(`batch built ${built} of ${n}`);
  const rssMbAll = mb(r.rss.reduce((a, b) => a + b, 0)); // each process's peak, added: at least the real total
  return { ms: r.ms, sheetsPerSecond: n / (r.ms / 1000), rssMbPerProcess: mb(Math.max(...r.rss)), rssMbAll, processes: r.rss.length };
}

function sizes() {
  const out = tempDir('factsheet-bench-size-');
  cli(['build', 'sheets', '--out', out, '--jobs', '1']);
  const noPhotos = sheetsFolder(0);
  const text = fs.readFileSync(path.join(ROOT, 'sheets/kolkata.yaml'), 'utf8');
  const sheet = parseSheet(text);
  for (const section of sheet.sections) delete Object.values(section)[0].photo;
  fs.writeFileSync(path.join(noPhotos, 'kolkata-no-photos.yaml'), JSON.stringify(sheet));
  cli(['build', path.join(noPhotos, 'kolkata-no-photos.yaml'), '--out', out, '--jobs', '1']);
  const kb = (f) => Math.round(fs.statSync(path.join(out, f)).size / 1024);
  return { kolkataKb: kb('kolkata.pdf'), kolkataNoPhotosKb: kb('kolkata-no-photos.pdf'), caseworkKb: kb('sex-trafficking.pdf') };
}

const n = QUICK ? 10 : 50;
const batchN = QUICK ? 20 : 100;
const load = os.loadavg()[0];
const versionResult = version();
const versionWithCa = EXTRA_CA ? version({ NODE_EXTRA_CA_CERTS: EXTRA_CA }) : undefined;
const nodeResult = nodeAlone();
const { ours: coldResult, hand: handResult, first: firstResult } = cold();
const coldRatio = coldResult.ms / handResult.ms;
const warmKolkata = await warm('kolkata', n);
const warmCasework = await warm('sex-trafficking', n);
const floor = await baseline(warmKolkata.sheets, true);
const byPath = await baseline(warmKolkata.sheets, false);
const batchOne = batch(batchN, 1);
// What the default chose, reckoned the way the CLI does just before it starts (the load moves).
const defaultLanes = lanesFor(batchN, undefined);
const batchResult = batch(batchN, undefined);
const batchWorkers = batch(batchN, os.availableParallelism()); // the workers, whatever the load
const size = sizes();
const warmRss = mb(process.resourceUsage().maxRSS);

const batchRow = (r, jobs) => [`batch: ${batchN} sheets (half casework), ${jobs}`, `${(r.ms / 1000).toFixed(2)} s, ${r.sheetsPerSecond.toFixed(1)} sheets/s`, `${r.rssMbPerProcess} MB/process (${r.processes} processes, peaks added: ${r.rssMbAll} MB)`];
const rows = [
  ['`factsheet --version` (median; target ≤ 120 ms)', `${versionResult.ms.toFixed(0)} ms`, `${versionResult.rssMb} MB`],
  ...(versionWithCa ? [['`factsheet --version` with this shell\'s NODE_EXTRA_CA_CERTS (median)', `${versionWithCa.ms.toFixed(0)} ms`, `${versionWithCa.rssMb} MB`]] : []),
  ['`node -e 0`: Node alone, for scale (median)', `${nodeResult.ms.toFixed(0)} ms`, `${nodeResult.rssMb} MB`],
  ['cold: `factsheet build sheets/kolkata.yaml`, one process (median)', `${coldResult.ms.toFixed(0)} ms`, `${coldResult.rssMb} MB`],
  ['cold, nothing shaped on disk yet (FACTSHEET_CACHE_DIR=off; median)', `${firstResult.ms.toFixed(0)} ms`, `${firstResult.rssMb} MB`],
  ['cold: hand-written pdfkit + PNG chart script, same sheet (median)', `${handResult.ms.toFixed(0)} ms`, `${handResult.rssMb} MB`],
  ['ratio: cold factsheet / cold hand pdfkit + PNG chart (target ≤ 0.55)', `${coldRatio.toFixed(2)}×`, ''],
  [`warm: kolkata (2 pages, no chart), ${n} different sheets in one process`, `${warmKolkata.msPerSheet.toFixed(1)} ms/sheet`, `${warmRss} MB`],
  [`warm: casework (2 pages, 2 charts), ${n} different sheets`, `${warmCasework.msPerSheet.toFixed(1)} ms/sheet`, ''],
  [`warm: plain pdfkit drawing the same texts, fonts parsed once (the floor)`, `${floor.toFixed(1)} ms/sheet`, ''],
  [`warm: plain pdfkit, fonts registered by path per document (old baseline)`, `${byPath.toFixed(1)} ms/sheet`, ''],
  ['ratio: kolkata / floor (target ≤ 0.75)', `${(warmKolkata.msPerSheet / floor).toFixed(2)}×`, ''],
  ['casework − floor (target ≤ 10 ms)', `${(warmCasework.msPerSheet - floor).toFixed(1)} ms`, ''],
  batchRow(batchOne, '--jobs 1'),
  batchRow(batchWorkers, `--jobs ${os.availableParallelism()} (lane processes)`),
  batchRow(batchResult, `default jobs (${defaultLanes === 0 ? 'main process' : `${defaultLanes} lane${defaultLanes > 1 ? 's' : ''}`} at load ${os.loadavg()[0].toFixed(1)}; target ≤ 3 s, ≤ --jobs 1)`),
  ['size: kolkata.pdf / without photos / sex-trafficking.pdf', `${size.kolkataKb} / ${size.kolkataNoPhotosKb} / ${size.caseworkKb} KB`, ''],
];
console.log(`factsheet benchmark — Node ${process.version}, ${os.cpus().length} CPUs, load ${load.toFixed(2)} at start${QUICK ? ' (quick)' : ''}\n`);
console.log('| measure | time | peak RSS |\n| --- | --- | --- |');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
const summary = { node: process.version, cpus: os.cpus().length, load: +load.toFixed(2), versionMs: Math.round(versionResult.ms), versionRssMb: versionResult.rssMb, versionWithExtraCaMs: versionWithCa && Math.round(versionWithCa.ms), nodeAloneMs: Math.round(nodeResult.ms), coldMs: Math.round(coldResult.ms), coldRssMb: coldResult.rssMb, coldHandMs: Math.round(handResult.ms), coldNoShapeCacheMs: Math.round(firstResult.ms), coldRatioToHand: +coldRatio.toFixed(2), warmKolkataMs: +warmKolkata.msPerSheet.toFixed(1), warmCaseworkMs: +warmCasework.msPerSheet.toFixed(1), warmRssMb: warmRss, baselineMs: +floor.toFixed(1), baselineByPathMs: +byPath.toFixed(1), floorKind: 'shared-fonts', ratioToBaseline: +(warmKolkata.msPerSheet / floor).toFixed(2), caseworkOverFloorMs: +(warmCasework.msPerSheet - floor).toFixed(1), batchSheets: batchN, batchJobs1Ms: Math.round(batchOne.ms), batchJobs1RssMb: batchOne.rssMbPerProcess, batchJobs: 'default', batchDefaultLanes: defaultLanes, batchMs: Math.round(batchResult.ms), batchWorkersMs: Math.round(batchWorkers.ms), batchWorkersRssMb: batchWorkers.rssMbPerProcess, batchSheetsPerSecond: +batchResult.sheetsPerSecond.toFixed(1), batchRssMbPerProcess: batchResult.rssMbPerProcess, batchRssMbAllProcesses: batchResult.rssMbAll, batchJobs1RssMbAllProcesses: batchOne.rssMbAll, bytesKolkata: warmKolkata.bytes, bytesCasework: warmCasework.bytes, ...size };
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
