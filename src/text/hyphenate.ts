/**
 * Turns a word into the places it may be hyphenated, by Liang's patterns (the ones TeX uses,
 * from the `hyphen` package) for the sheet's language. Patterns are large (100–300 kB a
 * language), so a language's are loaded only when a sheet in it is laid out, and kept by the
 * engine (EngineCaches.hyphenators).
 */
import type { BoundedCache } from '../cache.js';

export interface Hyphenator {
  /** The language the patterns are for, e.g. "de". */
  language: string;
  /** UTF-16 offsets inside `word` where a hyphen may end a line, in increasing order. */
  points(word: string): readonly number[];
}

export type HyphenatorCache = BoundedCache<string, Hyphenator | null>;

type Module = { default: { hyphenateSync(text: string, o?: { hyphenChar?: string }): string } };

/**
 * The languages hyphenated, by BCP 47 tag (the longest match wins), with TeX's minimum
 * letters before and after a hyphen for each (babel's defaults: English 2 and 3, others 2).
 * A static table of imports, so that a bundler can see them. Scripts whose typography does
 * not hyphenate (Bengali, Devanagari, Chinese, Arabic) are deliberately absent.
 */
const LANGUAGES: Record<string, { load: () => Promise<Module>; left: number; right: number }> = {
  en: { load: () => import('hyphen/en-us/index.js'), left: 2, right: 3 },
  'en-gb': { load: () => import('hyphen/en-gb/index.js'), left: 2, right: 3 },
  de: { load: () => import('hyphen/de/index.js'), left: 2, right: 2 },
  'de-ch': { load: () => import('hyphen/de-ch-1901/index.js'), left: 2, right: 2 },
  es: { load: () => import('hyphen/es/index.js'), left: 2, right: 2 },
  fr: { load: () => import('hyphen/fr/index.js'), left: 2, right: 3 },
  it: { load: () => import('hyphen/it/index.js'), left: 2, right: 2 },
  pt: { load: () => import('hyphen/pt/index.js'), left: 2, right: 3 },
  nl: { load: () => import('hyphen/nl/index.js'), left: 2, right: 2 },
};

/** Which table entry a language tag uses: "en-GB" → "en-gb", "es-419" → "es", "bn" → none. */
export function hyphenationLanguage(tag: string): string | undefined {
  const parts = tag.toLowerCase().split(/[-_]/);
  for (let n = parts.length; n > 0; n--) {
    const key = parts.slice(0, n).join('-');
    if (LANGUAGES[key]) return key;
  }
  return undefined;
}

/** The hyphenator for a language tag, loaded once per engine; undefined for unhyphenated ones. */
export async function hyphenatorFor(tag: string, cache: HyphenatorCache): Promise<Hyphenator | undefined> {
  const key = hyphenationLanguage(tag);
  if (!key) return undefined;
  let found = cache.get(key);
  if (found === undefined) {
    found = makeHyphenator(key, (await LANGUAGES[key]!.load()).default.hyphenateSync);
    cache.set(key, found);
  }
  return found ?? undefined;
}

/** Words a sheet asks about are few and recur; each hyphenator remembers this many. */
const WORDS_KEPT = 20_000;

function makeHyphenator(language: string, hyphenate: (text: string, o: object) => string): Hyphenator {
  const { left, right } = LANGUAGES[language]!;
  const known = new Map<string, readonly number[]>();
  return {
    language,
    points(word) {
      let points = known.get(word);
      if (!points) {
        points = pointsIn(word, hyphenate(word, { hyphenChar: '\u00ad' }), left, right);
        if (known.size >= WORDS_KEPT) known.clear();
        known.set(word, points);
      }
      return points;
    },
  };
}

/**
 * Offsets of the soft hyphens the patterns put into `word`, at least `left` letters after the
 * start of its letters and `right` before their end (so "ly" never starts a line in English).
 * Words in capitals (acronyms: UNICEF) and words with digits are never hyphenated.
 */
function pointsIn(word: string, marked: string, left: number, right: number): number[] {
  if (/\d/.test(word) || (word === word.toUpperCase() && word !== word.toLowerCase())) return [];
  const letters = [...word.matchAll(/\p{L}/gu)].map((m) => m.index);
  if (letters.length < left + right) return [];
  const [first, last] = [letters[left - 1]! + 1, letters[letters.length - right]!];
  const out: number[] = [];
  let at = 0;
  for (const ch of marked) {
    if (ch === '\u00ad') {
      if (at >= first && at <= last) out.push(at);
    } else at += ch.length;
  }
  return out;
}
