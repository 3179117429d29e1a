/**
 * Golden files: a display list as text and page images as PNG, compared with what a build makes
 * now. `npm run golden:update` (GOLDEN_UPDATE=1) rewrites them; review the diff before
 * committing.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Pixels } from './renderPage.js';

export const UPDATING = process.env.GOLDEN_UPDATE === '1';

/**
 * What changed between two display lists, for a reader: each changed item line with its page
 * and index, old and new, up to `limit` of them, then how many more. Empty when they are equal.
 */
export function displayListDiff(expected: string, actual: string, limit = 12): string {
  if (expected === actual) return '';
  const [a, b] = [expected.split('\n'), actual.split('\n')];
  const out: string[] = [];
  let changed = 0;
  let page = 0;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (/"items": \[$/.test(b[i] ?? a[i] ?? '')) page++;
    if (a[i] === b[i]) continue;
    changed++;
    if (changed > limit) continue;
    out.push(`page ${page}, line ${i + 1}:`, `- ${a[i] ?? '(none)'}`, `+ ${b[i] ?? '(none)'}`);
  }
  if (a.length !== b.length) out.push(`item lines: ${a.length} before, ${b.length} now`);
  if (changed > limit) out.push(`… and ${changed - limit} more changed lines`);
  return out.join('\n');
}

export function writePng(file: string, pixels: Pixels): void {
  const png = new PNG({ width: pixels.width, height: pixels.height });
  png.data = Buffer.from(pixels.data.buffer, pixels.data.byteOffset, pixels.data.byteLength);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, PNG.sync.write(png));
}

export function readPng(file: string): Pixels {
  const png = PNG.sync.read(fs.readFileSync(file));
  return { width: png.width, height: png.height, data: new Uint8ClampedArray(png.data) };
}

/** Share of pixels that differ visibly (pixelmatch's perceptual threshold, anti-aliasing ignored). */
export function pixelDifference(a: Pixels, b: Pixels): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  const changed = pixelmatch(a.data, b.data, undefined, a.width, a.height, { threshold: 0.1 });
  return changed / (a.width * a.height);
}

export function readPngBytes(bytes: Uint8Array): Pixels {
  const png = PNG.sync.read(Buffer.from(bytes));
  return { width: png.width, height: png.height, data: new Uint8ClampedArray(png.data) };
}
