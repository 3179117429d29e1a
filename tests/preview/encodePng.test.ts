import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../src/preview/encodePng.js';

/** RGB pixels in rows `stride` bytes apart, the padding filled with a byte that must not show. */
function pixels(width: number, height: number, stride: number, at: (x: number, y: number, c: number) => number) {
  const data = new Uint8Array(stride * height).fill(0xee);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) for (let c = 0; c < 3; c++) data[y * stride + x * 3 + c] = at(x, y, c);
  return data;
}

describe('PNG encoding of page images', () => {
  it.each([
    ['a gradient', 37, 23, 37 * 3, (x: number, y: number, c: number) => (x * 7 + y * 11 + c * 50) & 255],
    ['noise, rows padded', 16, 9, 16 * 3 + 5, (x: number, y: number, c: number) => (x * 131 + y * 71 + c * 29) % 251],
    ['one pixel', 1, 1, 3, () => 200],
  ])('decodes with pngjs to the same pixels: %s', (_name, width, height, stride, at) => {
    const decoded = PNG.sync.read(encodePng(pixels(width, height, stride, at), width, height, stride));
    expect([decoded.width, decoded.height]).toEqual([width, height]);
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 4;
        expect([...decoded.data.subarray(i, i + 4)]).toEqual([at(x, y, 0), at(x, y, 1), at(x, y, 2), 255]);
      }
  });
});
