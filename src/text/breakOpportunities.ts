/**
 * Turns a paragraph's text into the stretches between its line-break opportunities, by the
 * Unicode line breaking algorithm (UAX #14): after spaces, between ideographs, after hyphens
 * and dashes, after the slashes of a web address, at soft hyphens; never at a no-break space.
 * Opportunities inside a grapheme cluster are dropped (a line never starts with an accent).
 */
import LineBreaker from 'linebreak';
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

/** Characters that force a line break; they are not drawn. */
export const MANDATORY_BREAK = /[\n\r\v\f\u0085\u2028\u2029]+$/;
