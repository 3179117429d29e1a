/**
 * Batches built by lane processes: the same bytes as a build in one process, and the choice
 * between the two (in this process below the break-even or with --jobs 1, else one lane per
 * free CPU and at least one, or as --jobs says). Both builds run the compiled CLI, so both run
 * the same code.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BREAK_EVEN, lanesFor } from '../../src/cli/runBuilds.js';
import { runBinary } from '../helpers/runCli.js';
import { SAMPLE_SHEETS, SHEETS, sheetDir } from '../helpers/sheetDir.js';

/** Every file under `dir` (the thumbnails' folder too) by relative path, with its bytes. */
function filesUnder(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const f of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const full = path.join(dir, f);
    if (fs.statSync(full).isFile()) files.set(f, fs.readFileSync(full));
  }
  return files;
}

describe('a batch built by lane processes', () => {
  it('writes the same bytes as one process: every PDF and every contact-sheet thumbnail', () => {
    const [inProcess, workers] = [sheetDir(), sheetDir()].map((d) => path.join(d, 'out'));
    const one = runBinary(['build', SHEETS, '--out', inProcess!, '--jobs', '1', '--json']);
    // Three lanes, so two thumbnail processes share the drawing.
    const two = runBinary(['build', SHEETS, '--out', workers!, '--jobs', '3', '--json']);
    expect([one.code, two.code], one.stderr + two.stderr).toEqual([0, 0]);
    const [a, b] = [filesUnder(inProcess!), filesUnder(workers!)];
    const pdfs = [...a.keys()].filter((f) => f.endsWith('.pdf')).sort();
    expect(pdfs).toEqual(SAMPLE_SHEETS.map((n) => `${n}.pdf`).sort());
    const thumbs = [...a.keys()].filter((f) => f.startsWith('.factsheet-thumbs'));
    expect(thumbs.length).toBe(SAMPLE_SHEETS.length);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const f of [...pdfs, ...thumbs]) expect(b.get(f)!.equals(a.get(f)!), f).toBe(true);
    // The contact sheet shows a picture of every sheet either way.
    const html = fs.readFileSync(path.join(workers!, 'index.html'), 'utf8');
    expect(html.match(/<img alt="Page 1 of /g)?.length).toBe(SAMPLE_SHEETS.length);
  }, 120_000);
});

describe('how many lanes a batch is built in', () => {
  it('builds a small batch in this process and a large one in a lane per 1.6 free CPUs', () => {
    expect(lanesFor(1, undefined, 8, 0)).toBe(0);
    expect(lanesFor(BREAK_EVEN - 1, undefined, 8, 0)).toBe(0);
    expect(lanesFor(BREAK_EVEN, undefined, 8, 0)).toBe(5);
    expect(lanesFor(BREAK_EVEN, undefined, 16, 0)).toBe(BREAK_EVEN);
    expect(lanesFor(1000, undefined, 8, 0)).toBe(5);
    expect(lanesFor(1000, undefined, 4, 0)).toBe(2);
    // Two CPUs: one lane keeps both busy, however quiet the machine.
    expect(lanesFor(1000, undefined, 2, 0)).toBe(1);
  });

  it('leaves the CPUs other work keeps busy, and builds in one lane at least', () => {
    expect(lanesFor(1000, undefined, 8, 3)).toBe(3);
    expect(lanesFor(1000, undefined, 2, 1.2)).toBe(1);
    expect(lanesFor(1000, undefined, 2, 9)).toBe(1);
    expect(lanesFor(BREAK_EVEN, undefined, 1, 0)).toBe(1);
    // The defaults are this machine's: at least one lane for a large batch, at most one per CPU.
    expect(lanesFor(1000, undefined)).toBeGreaterThanOrEqual(1);
    expect(lanesFor(1000, undefined)).toBeLessThanOrEqual(os.availableParallelism());
  });

  it('takes --jobs as given, whatever the load, but never more lanes than sheets; 1 is this process', () => {
    expect(lanesFor(3, 2)).toBe(2);
    expect(lanesFor(100, 1)).toBe(0);
    expect(lanesFor(2, 8)).toBe(2);
    expect(lanesFor(0, 4)).toBe(0);
  });
});
