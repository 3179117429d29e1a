import { describe, expect, it } from 'vitest';
import { probeImage } from '../../../src/load/probeImage.js';

const u32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const IEND = [...u32(0), ...ascii('IEND'), 0xae, 0x42, 0x60, 0x82];

/** Signature, IHDR with the size, then an IEND chunk (the probe does not check CRCs). */
function png(width: number, height: number, end = IEND): Uint8Array {
  const ihdr = [...u32(13), ...ascii('IHDR'), ...u32(width), ...u32(height), 8, 6, 0, 0, 0, 0, 0, 0, 0];
  return new Uint8Array([...SIGNATURE, ...ihdr, ...end]);
}

/** SOI, an APP0 segment to skip, a baseline SOF0 holding the size, EOI. */
function jpeg(width: number, height: number): Uint8Array {
  const app0 = [0xff, 0xe0, 0x00, 0x10, ...Array(14).fill(0)];
  const size = [height >> 8, height & 255, width >> 8, width & 255];
  const sof0 = [0xff, 0xc0, 0x00, 0x11, 8, ...size, 3, ...Array(9).fill(0)];
  return new Uint8Array([0xff, 0xd8, ...app0, ...sof0, 0xff, 0xd9]);
}

describe('probeImage', () => {
  it('reads a PNG\'s size from its IHDR chunk, also from a view into a larger buffer', () => {
    expect(probeImage(png(640, 480))).toMatchObject({ format: 'png', width: 640, height: 480 });
    const padded = new Uint8Array(png(7, 9).length + 5);
    padded.set(png(7, 9), 5);
    expect(probeImage(padded.subarray(5))).toMatchObject({ format: 'png', width: 7, height: 9, length: png(7, 9).length });
  });

  it('skips JPEG segments up to the start-of-frame and reads height before width', () => {
    expect(probeImage(jpeg(1024, 300))).toEqual({ format: 'jpeg', width: 1024, height: 300, length: jpeg(1, 1).length });
  });

  it('accepts a JPEG with data after its end marker (a phone\'s motion photo) and ends the image there', () => {
    const photo = jpeg(64, 48);
    const motion = new Uint8Array([...photo, ...ascii('....ftypmp42 video bytes'), 0xff, 0xd9, 1, 2]);
    expect(probeImage(motion)).toEqual({ format: 'jpeg', width: 64, height: 48, length: photo.length });
  });

  it('reads an SVG\'s size from width and height, or from its viewBox', () => {
    const svg = (attrs: string) => new TextEncoder().encode(`<?xml version="1.0"?>\n<svg ${attrs}><rect/></svg>\n`);
    expect(probeImage(svg('width="120" height="40"'))).toMatchObject({ format: 'svg', width: 120, height: 40 });
    expect(probeImage(svg('viewBox="0 0 300 100"'))).toMatchObject({ format: 'svg', width: 300, height: 100 });
    expect(probeImage(svg('width="0"'))).toBeUndefined();
  });

  it('refuses files cut short (no IEND, no end-of-image marker) and unknown formats', () => {
    expect(probeImage(png(640, 480, []))).toBeUndefined();
    expect(probeImage(jpeg(10, 10).subarray(0, -2))).toBeUndefined();
    expect(probeImage(new TextEncoder().encode('GIF89a and more bytes here'))).toBeUndefined();
  });
});
