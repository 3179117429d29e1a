import { describe, expect, it } from 'vitest';
import { breakSegments } from '../../../src/text/breakOpportunities.js';
import { graphemeBoundaries, isGraphemeBoundary } from '../../../src/text/graphemes.js';

/** The text cut at each break opportunity; a mandatory break is marked ⏎. */
const cut = (text: string) =>
  breakSegments(text).map((s) => text.slice(s.start, s.end) + (s.required ? '⏎' : ''));

describe('line-break opportunities (UAX #14)', () => {
  it.each([
    ['Chinese without spaces: between ideographs', '香港辦事處', ['香', '港', '辦', '事', '處']],
    ['no line starts with closing punctuation', '教育。我們', ['教', '育。', '我', '們']],
    ['after spaces, kept with the word before', 'one two  three', ['one ', 'two  ', 'three']],
    [
      'a web address after its slashes, not inside its words',
      'https://example.org/a-b',
      ['https://', 'example.org/', 'a-', 'b'],
    ],
    ['after a hyphen', 'well-known', ['well-', 'known']],
    ['not after a hyphen before a digit (a minus)', 'from -12 up', ['from ', '-12 ', 'up']],
    ['after an en dash in a range', '1990–2000', ['1990–', '2000']],
    ['before and after an em dash', 'this—that', ['this', '—', 'that']],
    ['never at a no-break space', '10\u00a0km away', ['10\u00a0km ', 'away']],
    ['never at a narrow no-break space (French)', 'Oui\u202f! non', ['Oui\u202f! ', 'non']],
    ['at a soft hyphen, which stays with the part before', 'pro\u00adgramme', ['pro\u00ad', 'gramme']],
    ['mandatory at a line separator', 'one\u2028two', ['one\u2028⏎', 'two']],
    ['not inside a word of Bengali', 'বাংলা ভাষা', ['বাংলা ', 'ভাষা']],
    ['not before a combining accent', 'e\u0301tude e\u0301te\u0301', ['e\u0301tude ', 'e\u0301te\u0301']],
    ['not inside an emoji sequence', '👩‍👩‍👧 family', ['👩‍👩‍👧 ', 'family']],
  ])('%s', (_, text, expected) => {
    expect(cut(text)).toEqual(expected);
  });

  it('covers the text exactly, in order', () => {
    const text = 'Ein gewisser König — 香港 https://x.org/a?b=1 10\u00a0km';
    const segments = breakSegments(text);
    expect(segments.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
    segments.forEach((s, i) => expect(s.start).toBe(i ? segments[i - 1]!.end : 0));
  });
});

describe('grapheme boundaries', () => {
  it.each([
    ['between two Latin letters', 'ab', 1, true],
    ['not between a letter and its combining accent', 'e\u0301', 1, false],
    ['not inside CR LF', 'a\r\nb', 2, false],
    ['not inside a Bengali conjunct (ক্ষ)', 'ক্ষ', 1, false],
    ['not after a Devanagari virama', 'क्ष', 2, false],
    ['not inside a surrogate pair', '𝒜b', 1, false],
    ['not inside a flag', '🇮🇳', 2, false],
  ])('%s', (_, text, at, expected) => {
    expect(isGraphemeBoundary(text, at)).toBe(expected);
  });

  it('agrees with a full segmentation at every offset of mixed text', () => {
    const text = 'Straße e\u0301 ক্ষমতা हिन्दी 👩‍👩‍👧 🇮🇳 香港 “quote” – กำลัง 한국어 ١٢ \u0600١';
    const all = new Set(graphemeBoundaries(text));
    for (let at = 0; at <= text.length; at++) {
      expect(isGraphemeBoundary(text, at), `at ${at}`).toBe(all.has(at));
    }
  });
});
