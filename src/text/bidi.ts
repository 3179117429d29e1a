/**
 * Turns a paragraph's text into Unicode bidi embedding levels (UAX #9, by bidi-js): even
 * levels run left to right, odd ones right to left. Text with no right-to-left character is
 * all level 0 and skips the algorithm, so Latin paragraphs cost nothing more.
 */
import * as bidiJs from 'bidi-js';
import type { Bidi } from 'bidi-js';

// bidi-js is CommonJS: under Node's ESM its factory is the namespace's `default`.
const bidiFactory = (bidiJs as unknown as { default: () => Bidi }).default;
/** bidi-js's functions; they keep no data of ours between calls. */
const bidi = bidiFactory();

/** Hebrew, Arabic, Syriac, Thaana, NKo and the rest of U+0590–08FF, their presentation forms,
 * the right-to-left marks and embeddings, and the supplementary right-to-left blocks. */
const RTL =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200f\u202b\u202e\u2067\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

export interface Levels {
  /** Level per UTF-16 code unit of the text. */
  levels: Uint8Array;
  /** The paragraph's own level: 1 when it runs right to left. */
  base: number;
}

/**
 * `rtlDefault` is the direction of a paragraph with no strong character of its own (a number,
 * "330+"), which the sheet's language gives; otherwise its first strong character decides
 * (UAX #9 P2–P3), so an English line in an Arabic sheet stays left to right.
 */
export function paragraphLevels(text: string, rtlDefault = false): Levels | undefined {
  if (!RTL.test(text) && !(rtlDefault && !firstStrongIsLeft(text))) return undefined;
  const direction = rtlDefault && firstStrong(text) === undefined ? 'rtl' : undefined;
  const { levels, paragraphs } = bidi.getEmbeddingLevels(text, direction);
  return { levels, base: paragraphs[0]?.level ?? 0 };
}

/** 'L' or 'R' for the first strong character (AL counts as R), none when it has none. */
function firstStrong(text: string): 'L' | 'R' | undefined {
  for (const ch of text) {
    const type = bidi.getBidiCharTypeName(ch);
    if (type === 'L') return 'L';
    if (type === 'R' || type === 'AL') return 'R';
  }
  return undefined;
}

/** Whether the text starts, past neutrals, with a left-to-right letter (ASCII checked first). */
function firstStrongIsLeft(text: string): boolean {
  const ascii = /[A-Za-z]|[^\u0000-\u007f]/.exec(text)?.[0];
  return ascii !== undefined && /[A-Za-z]/.test(ascii) ? true : firstStrong(text) === 'L';
}
