/**
 * Turns the logical text of a run drawn right to left into the ActualText that text extractors
 * read back in logical order.
 *
 * Extractors (poppler's pdftotext, and the viewers built on it) do not run the Unicode bidi
 * algorithm: they put a line's characters in the order they sit on the page, left to right,
 * and reverse what they take for right-to-left stretches (poppler's `reorderText`). They treat
 * an ActualText as characters spread over the glyphs it covers, so it must be given in that
 * same left-to-right order. Their reversal is coarse: digits and number punctuation (. , : / -
 * + % and the Arabic comma) count as left-to-right, and a neutral character (space, bracket,
 * mark) after a left-to-right stretch is always read before it, so "(IJM) اليوم" came out
 * "( )IJM اليوم" and "بالجنس. فمنذ" as "بالجنس .فمنذ". A RIGHT-TO-LEFT MARK (U+200F) placed
 * where such a stretch ends tells them where the right-to-left text resumes; it is invisible
 * and, inside right-to-left text, changes nothing a bidi-aware reader shows.
 */
import * as bidiJs from 'bidi-js';
import type { Bidi } from 'bidi-js';

const bidi = (bidiJs as unknown as { default: () => Bidi }).default();

const RLM = '\u200f';

/** Bidi classes as poppler's reversal groups them: L, R (R and AL), # (numbers), N (the rest). */
type Group = 'L' | 'R' | '#' | 'N';

const NUMBERS = new Set(['EN', 'ES', 'ET', 'CS', 'AN']);

function groupOf(ch: string): Group {
  const type = bidi.getBidiCharTypeName(ch);
  if (type === 'L') return 'L';
  if (type === 'R' || type === 'AL') return 'R';
  return NUMBERS.has(type) ? '#' : 'N';
}

/**
 * The run's text as extractors must find it on the page. `text` is in logical order and every
 * character of it is drawn right to left (one bidi run of an odd level).
 */
export function rightToLeftActualText(text: string): string {
  const sections = sectionsOf(marked(text));
  // On the page, the last section is leftmost; a right-to-left section's characters run
  // backwards, a left-to-right one's (digits, number punctuation) forwards.
  return sections
    .reverse()
    .map((s) => (s.group === 'R' ? [...s.chars].reverse().join('') : s.chars.join('')))
    .join('');
}

/**
 * The text with a mark wherever extraction must be told that right-to-left text resumes: at
 * the start unless it starts with a right-to-left letter (the run before it may have ended in
 * digits), and after every stretch of digits or Latin letters that is not followed, past any
 * neutral characters, by more of them.
 */
function marked(text: string): string[] {
  const chars = [...text];
  const groups = chars.map(groupOf);
  const out: string[] = groups[0] === 'R' ? [] : [RLM];
  chars.forEach((ch, i) => {
    out.push(ch);
    if (groups[i] !== 'L' && groups[i] !== '#') return;
    const next = groups.slice(i + 1).find((g) => g !== 'N');
    if (next !== 'L' && next !== '#') out.push(RLM);
  });
  return out;
}

interface Section {
  group: 'R' | 'L';
  chars: string[];
}

/**
 * Stretches read one way: left-to-right ones end with a digit or letter (neutrals inside them
 * stay), right-to-left ones start with a right-to-left character (the marks see to that).
 */
function sectionsOf(chars: readonly string[]): Section[] {
  const sections: Section[] = [];
  for (const ch of chars) {
    const group = groupOf(ch);
    const last = sections.at(-1);
    const kind = group === 'N' ? last?.group ?? 'R' : group === 'R' ? 'R' : 'L';
    if (last && last.group === kind) last.chars.push(ch);
    else sections.push({ group: kind, chars: [ch] });
  }
  return sections;
}
