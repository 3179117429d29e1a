/**
 * The ActualText of a right-to-left run, read back the way poppler reads a right-to-left page:
 * characters left to right as placed, then its `reorderText` (poppler/TextOutputDev.cc, written
 * out below from its source) reverses every stretch but those of digits and Latin letters.
 * The real pdftotext reads the Arabic sample in tests/text/extraction.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { rightToLeftActualText } from '../../src/pdf/extractionOrder.js';

/** Poppler's classes of the characters these tests use (its table agrees with Unicode's). */
function kind(ch: string): 'L' | 'R' | '#' | 'N' {
  if (/[0-9.,:/+\-%\u00a0\u060c]/.test(ch)) return '#';
  if (/\p{Script=Latin}/u.test(ch)) return 'L';
  // Arabic letters and the RIGHT-TO-LEFT MARK; Arabic marks (U+064B…) are neutral.
  return /[\u0621-\u064a\u200f]/.test(ch) ? 'R' : 'N';
}

/** poppler's reorderText for a page whose primary direction is right to left. */
function popplerReorder(text: string): string {
  const chars = [...text];
  let out = '';
  for (let i = chars.length - 1; i >= 0;) {
    let j = i;
    while (j >= 0 && kind(chars[j]!) !== 'L' && kind(chars[j]!) !== '#') j--;
    for (let k = i; k > j; k--) out += chars[k];
    i = j;
    while (j >= 0 && kind(chars[j]!) !== 'R') j--;
    out += chars.slice(j + 1, i + 1).join('');
    i = j;
  }
  return out;
}

const readBack = (pieces: readonly string[]) => popplerReorder(pieces.join('')).replace(/\u200f/g, '');

describe('right-to-left ActualText in the order poppler reads it back', () => {
  it.each([
    'أعلنت بعثة العدالة الدولية',
    'من الاتجار بالجنس. فمنذ عام',
    'مجرمًا بسبب جرائم الاتجار',
    'بالجنس، وتلقّى',
    ' — ',
  ])('one run: %s', (text) => {
    expect(readBack([rightToLeftActualText(text)])).toBe(text);
  });

  it('a line with a Latin word in brackets and numbers: the runs as drawn, left to right', () => {
    // Logical: الدولية (IJM) اليوم 2006، وأُوقف — drawn from the right: the Arabic run before
    // IJM, IJM, the run up to 2006, 2006, the run after it.
    const runs = ['الدولية (', 'IJM', ') اليوم ', '2006', '، وأُوقف'];
    const drawn = [...runs].reverse().map((r, i) => (i % 2 ? r : rightToLeftActualText(r)));
    expect(readBack(drawn)).toBe(runs.join(''));
  });

  it('without the marks, poppler moves the bracket and the space after a number', () => {
    const plain = (r: string) => [...r].reverse().join('');
    const runs = ['الدولية (', 'IJM', ') اليوم ', '2006', ' وأُوقف'];
    const drawn = [...runs].reverse().map((r, i) => (i % 2 ? r : plain(r)));
    expect(readBack(drawn)).not.toBe(runs.join(''));
  });
});
