/**
 * The thumbnail process: draws page 1 of a PDF into the thumbnail cache, answers each request,
 * ends when closed, and once it has gone answers every later request with false (the contact
 * sheet then draws or omits that picture) instead of leaving the build waiting.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { THUMBNAIL_NODE_FLAGS, ThumbnailPool, ThumbnailProcess } from '../../src/preview/thumbnailProcess.js';
import { thumbnailProcessesFor } from '../../src/cli/runBuilds.js';
import { MINIMAL_SHEET, sheetDir } from '../helpers/sheetDir.js';
import { runCli } from '../helpers/runCli.js';

describe('the thumbnail process', () => {
  it('draws page 1 of a PDF, then ends when closed and refuses later requests', async () => {
    const dir = sheetDir({ 'a.yaml': MINIMAL_SHEET });
    const built = await runCli(['build', dir, '--out', path.join(dir, 'pdf'), '--jobs', '1']);
    expect(built.code, built.stderr).toBe(0);
    const out = path.join(dir, 'out');
    const thumbnails = new ThumbnailProcess();
    expect(await thumbnails.draw(out, 'f'.repeat(64), path.join(dir, 'pdf', 'a.pdf'))).toBe(true);
    const [png] = fs.readdirSync(path.join(out, '.factsheet-thumbs'));
    // 36 dpi: a Letter page is 306 × 396 pixels.
    const header = fs.readFileSync(path.join(out, '.factsheet-thumbs', png!)).subarray(16, 24);
    expect([header.readUInt32BE(0), header.readUInt32BE(4)]).toEqual([306, 396]);
    expect(await thumbnails.draw(out, 'e'.repeat(64), path.join(dir, 'no-such.pdf'))).toBe(false);
    await thumbnails.close();
    expect(await thumbnails.draw(out, 'd'.repeat(64), path.join(dir, 'pdf', 'a.pdf'))).toBe(false);
  }, 60_000);

  // V8 flags come and go between Node releases; an unknown one stops Node before it runs anything.
  it('starts with flags this Node accepts', () => {
    const started = spawnSync(process.execPath, [...THUMBNAIL_NODE_FLAGS, '-e', ''], { encoding: 'utf8' });
    expect(started.stderr).toBe('');
    expect(started.status).toBe(0);
  });

  it('is one process for up to two lanes, one more for every two more', () => {
    expect([0, 1, 2, 3, 4, 5, 8].map(thumbnailProcessesFor)).toEqual([1, 1, 1, 2, 2, 3, 4]);
  });

  it('in a pool, goes on drawing in the processes left when one has gone, then answers false', async () => {
    const dir = sheetDir({ 'a.yaml': MINIMAL_SHEET });
    const built = await runCli(['build', dir, '--out', path.join(dir, 'pdf'), '--jobs', '1']);
    expect(built.code, built.stderr).toBe(0);
    const pdf = path.join(dir, 'pdf', 'a.pdf');
    const out = path.join(dir, 'out');
    const started: ThumbnailProcess[] = [];
    const pool = new ThumbnailPool(2, () => started[started.push(new ThumbnailProcess()) - 1]!);
    expect(started).toHaveLength(2);
    const hashes = ['a', 'b', 'c', 'd'].map((c) => c.repeat(64));
    expect(await Promise.all(hashes.map((h) => pool.draw(out, h, pdf)))).toEqual([true, true, true, true]);
    const drawn = fs.readdirSync(path.join(out, '.factsheet-thumbs')).sort();
    expect(drawn).toEqual(hashes.map((h) => `${h.slice(0, 24)}.png`));
    await started[0]!.close();
    expect(await pool.draw(out, 'e'.repeat(64), pdf)).toBe(true);
    await pool.close();
    expect(await pool.draw(out, 'f'.repeat(64), pdf)).toBe(false);
  }, 60_000);
});
