/**
 * Turns a paragraph's text into the stretches between its line-break opportunities, by the
 * Unicode line breaking algorithm (UAX #14): after spaces, between ideographs, after hyphens
 * and dashes, after the slashes of a web address, at soft hyphens; never at a no-break space.
 * Opportunities inside a grapheme cluster are dropped (a line never starts with an accent).
 */
import LineBreaker from 'linebreak';
import type { BoundedCache } from '../cache.js';
import { isGraphemeBoundary } from './graphemes.js';

export interface Segment {
  /** UTF-16 offsets in the paragraph: a line may start at `start`. */
  start: number;
  end: number;
  /** The line must end after this segment (a line or paragraph separator in the text). */
  required: boolean;
}

export function breakSegments(text: string): Segment[] {
  const out: Segment[] = [];
  const breaker = new LineBreaker(text);
  let start = 0;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    if (bk.position < text.length && !bk.required && !isGraphemeBoundary(text, bk.position)) continue;
    if (bk.position > start) out.push({ start, end: bk.position, required: bk.required });
    start = bk.position;
  }
  return out;
}

/** Segments by paragraph text, kept by the engine: copyfit lays each paragraph out several times. */
export type SegmentCache = BoundedCache<string, readonly Segment[]>;

/** The paragraph's segments, from the cache when it has them (the breaker is 7× a split at spaces). */
export function cachedSegments(text: string, cache: SegmentCache): readonly Segment[] {
  let found = cache.get(text);
  if (!found) cache.set(text, (found = breakSegments(text)));
  return found;
}

/** A character that forces a line break; it is not drawn. */
export const MANDATORY_BREAK = /^[\n\r\v\f\u0085\u2028\u2029]$/;
