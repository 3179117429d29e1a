/**
 * The JPEG scan walks jump from one 0xFF to the next with indexOf: they must find what a walk
 * over every byte finds, on data dense with the bytes that matter (0xFF, 0x00, restarts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanEnd } from '../../../src/load/checkJpeg.js';
import { skipScan } from '../../../src/load/probeImage.js';

const BETWEEN_SCANS = new Set([0xd9, 0xda, 0xc4, 0xdb, 0xdd, 0xfe]);
const isRestart = (byte: number) => byte >= 0xd0 && byte <= 0xd7;

/** The byte-by-byte walks the indexOf ones replaced. */
function scanEndByBytes(bytes: Uint8Array, i: number): number | string {
  for (; i + 1 < bytes.length; i++) {
    if (bytes[i] !== 0xff) continue;
    const next = bytes[i + 1]!;
    if (next === 0x00 || isRestart(next)) {
      i++;
      continue;
    }
    if (next === 0xff) continue;
    if (BETWEEN_SCANS.has(next) || (next >= 0xe0 && next <= 0xef)) return i;
    const pair = `FF ${next.toString(16).toUpperCase().padStart(2, '0')}`;
    return `its image data is damaged (byte pair ${pair} inside a scan)`;
  }
  return 'its image data ends without an end-of-image marker';
}

function skipScanByBytes(b: Uint8Array, i: number): number {
  while (i + 1 < b.length && !(b[i] === 0xff && b[i + 1] !== 0 && !isRestart(b[i + 1]!))) i++;
  return i;
}

/** Bytes of scan data, mostly the ones the walks look at, in a view into a larger buffer. */
const scanData = fc
  .tuple(
    fc.array(fc.oneof(fc.constantFrom(0xff, 0x00, 0xd0, 0xd7, 0xd9, 0xda, 0xe1, 0x12), fc.nat(255)), {
      maxLength: 64,
    }),
    fc.nat(3),
  )
  .map(([bytes, pad]) => {
    const whole = new Uint8Array(bytes.length + pad);
    whole.set(bytes, pad);
    return whole.subarray(pad);
  });

describe('JPEG scan walks', () => {
  it('checkJpeg finds the same end or damage as a walk over every byte', () => {
    fc.assert(
      fc.property(scanData, fc.nat(70), (bytes, from) => {
        expect(scanEnd(bytes, from)).toEqual(scanEndByBytes(bytes, from));
      }),
      { numRuns: 2000 },
    );
  });

  it('probeImage finds the same next marker as a walk over every byte', () => {
    fc.assert(
      fc.property(scanData, fc.nat(70), (bytes, from) => {
        const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        expect(skipScan(b, from)).toBe(skipScanByBytes(bytes, from));
      }),
      { numRuns: 2000 },
    );
  });
});
