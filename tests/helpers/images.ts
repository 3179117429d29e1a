/** Image bytes for tests. */

/** A PNG header (with an IEND chunk) claiming the given size and holding no pixels: enough to be refused unread. */
export function pngHeader(width: number, height: number): Buffer {
  const b = Buffer.alloc(45);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b, 0);
  b.writeUInt32BE(13, 8);
  b.write('IHDR', 12, 'latin1');
  b.writeUInt32BE(width, 16);
  b.writeUInt32BE(height, 20);
  b.write('IEND', 37, 'latin1');
  return b;
}
