/**
 * Turns a JPEG's bytes into the reason it cannot be embedded, if any. pdfkit embeds JPEG data
 * as it is (the viewer decodes it), so the file is walked as a decoder would: every segment
 * inside the file, the tables and frame a decoder needs before the first scan, and inside each
 * scan only the byte pairs a scan may hold (0xFF is followed by a stuffed 0x00, a restart
 * marker or the next segment). Garbage over the scan data, a common kind of damage, shows
 * there; a few flipped bits inside the entropy-coded data do not (that needs a full decoder).
 */
export function checkJpeg(bytes: Uint8Array): string | undefined {
  const seen = new Set<number>();
  let i = 2;
  while (i + 2 <= bytes.length) {
    if (bytes[i] !== 0xff) return 'its data is damaged (a segment does not start where one should)';
    const marker = bytes[i + 1]!;
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    if (marker === 0xd9) return i + 2 === bytes.length ? missingTables(seen) : 'it holds data after its end';
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) return 'its data is damaged (a stray marker)';
    if (i + 4 > bytes.length) return 'a segment runs past the end of the file';
    const length = (bytes[i + 2]! << 8) | bytes[i + 3]!;
    if (length < 2 || i + 2 + length > bytes.length) return 'a segment runs past the end of the file';
    seen.add(marker);
    i += 2 + length;
    if (marker === 0xda) {
      const missing = missingTables(seen);
      if (missing) return missing;
      const end = scanEnd(bytes, i);
      if (typeof end === 'string') return end;
      i = end;
    }
  }
  return 'it ends without an end-of-image marker';
}

/** A frame header (SOFn) must come before a scan, and so must quantisation tables. */
function missingTables(seen: Set<number>): string | undefined {
  const frame = [...seen].some((m) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc);
  if (!frame) return 'it has no frame header';
  if (!seen.has(0xdb)) return 'it has no quantisation tables';
  if (!seen.has(0xda)) return 'it has no image data';
  return undefined;
}

/** Markers that may follow a scan: the end, another scan, tables, restart interval, comment. */
const BETWEEN_SCANS = new Set([0xd9, 0xda, 0xc4, 0xdb, 0xdd, 0xfe]);

/**
 * Walks entropy-coded data from `from` to the next segment's marker; a string says what is
 * wrong. Only the byte pairs that start with 0xFF matter: indexOf (memchr) finds each.
 * @internal Exported for its test.
 */
export function scanEnd(bytes: Uint8Array, from: number): number | string {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = b.indexOf(0xff, from); i >= 0 && i + 1 < b.length; i = b.indexOf(0xff, i + 1)) {
    const next = b[i + 1]!;
    if (next === 0x00 || (next >= 0xd0 && next <= 0xd7)) {
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
