/** Limits that keep a hostile or broken sheet from exhausting the machine. Documented in README. */
export const LIMITS = {
  /** Largest YAML file read, in bytes. Real sheets are a few KiB. */
  yamlBytes: 512 * 1024,
  /** Most alias expansions in one file (yaml's own guard against "billion laughs"). */
  aliases: 100,
  /** Deepest nesting of maps and lists. The sheet model itself is at most 6 deep. */
  depth: 24,
  /** Longest single text field, in characters. */
  textChars: 5000,
  /** Largest image file read, in bytes. */
  imageBytes: 20 * 1024 * 1024,
  /** Most pixels in one decoded image (about 40 megapixels). */
  imagePixels: 40_000_000,
  /**
   * Most memory embedding one image may take, estimated from its pixels, channels and bit depth
   * (see checkPng): a 16-bit 6300×6300 PNG with alpha is 327 KB on disk and 1.4 GB in memory.
   */
  imageDecodeBytes: 384 * 1024 * 1024,
  /** Most pages a template may lay out for one sheet. */
  pages: 20,
} as const;
