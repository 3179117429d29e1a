import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkJpeg } from '../../../src/load/checkJpeg.js';
import { checkPng } from '../../../src/load/checkPng.js';
import { LIMITS } from '../../../src/load/limits.js';
import { makePng } from '../../helpers/images.js';
import { SHEETS } from '../../helpers/sheetDir.js';

describe('checkPng', () => {
  it.each([
    ['8-bit RGB', { colorType: 2 }],
    ['16-bit grey', { colorType: 0, bitDepth: 16 }],
    ['1-bit grey', { colorType: 0, bitDepth: 1 }],
    ['palette', { colorType: 3 }],
    ['8-bit RGBA', { colorType: 6 }],
    ['16-bit grey + alpha', { colorType: 4, bitDepth: 16 }],
  ])('accepts a whole %s image', (_name, spec) => {
    expect(checkPng(makePng({ width: 37, height: 11, ...spec }))).toMatchObject({ ok: true });
  });

  it('estimates the memory to embed from pixels, channels and depth, 5× with transparency', () => {
    const rgb = checkPng(makePng({ width: 100, height: 10, bitDepth: 16, colorType: 2 }));
    const rgba = checkPng(makePng({ width: 100, height: 10, bitDepth: 16, colorType: 6 }));
    expect(rgb.ok && rgb.facts.cost).toBe(100 * 10 * 6 * 1.5);
    expect(rgba.ok && rgba.facts.cost).toBe(100 * 10 * 8 * 5);
  });

  it('refuses over the budget from the header alone; an 8-bit RGB photo at the pixel limit fits', () => {
    const deep = checkPng(makePng({ width: 6300, height: 6300, bitDepth: 16, colorType: 6, headerOnly: true }));
    expect(deep).toMatchObject({ ok: false, problem: 'over-budget', facts: { transparent: true, bitDepth: 16 } });
    const side = Math.floor(Math.sqrt(LIMITS.imagePixels));
    const photo = checkPng(makePng({ width: side, height: side, headerOnly: true }));
    // Within budget, so it is decoded: and its (empty) pixel data is then found wanting.
    expect(photo).toMatchObject({ ok: false, problem: 'damaged', reason: expect.stringMatching(/holds 0 bytes/) });
  });

  it('finds damage inside an intact file: bad compressed data, a checksum, a cut chunk, a bad filter', () => {
    expect(checkPng(makePng({ width: 300, height: 200, damage: true }))).toMatchObject({ reason: expect.stringMatching(/^its pixel data cannot be decoded/) });
    expect(checkPng(makePng({ width: 30, height: 20, flip: true }))).toMatchObject({ reason: 'its IDAT chunk is damaged (checksum mismatch)' });
    const whole = makePng({ width: 30, height: 20 });
    expect(checkPng(whole.subarray(0, whole.length - 20))).toMatchObject({ problem: 'damaged' });
    expect(checkPng(makePng({ width: 30, height: 20, bitDepth: 3 }))).toMatchObject({ reason: expect.stringMatching(/do not go together/) });
  });
});

describe('checkJpeg', () => {
  const jpeg = fs.readFileSync(path.join(SHEETS, 'images/cover.jpg'));

  it('passes the sample photos', () => {
    for (const f of ['cover.jpg', 'director.jpg', 'sani.jpg'])
      expect(checkJpeg(fs.readFileSync(path.join(SHEETS, 'images', f))), f).toBeUndefined();
  });

  it('finds scrambled scan data, data after the end, and a missing end', () => {
    const scrambled = Buffer.from(jpeg).fill(0xff, 5000, 5024);
    expect(checkJpeg(scrambled)).toMatch(/^its image data is damaged \(byte pair FF /);
    expect(checkJpeg(Buffer.concat([jpeg, Buffer.from([0, 1, 2])]))).toBeDefined();
    expect(checkJpeg(jpeg.subarray(0, jpeg.length - 2))).toMatch(/without an end-of-image marker/);
  });
});
