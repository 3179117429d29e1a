/**
 * Turns characters into Unicode script names ("Bengali", "Common") and script names into the
 * ISO 15924 tags shaping engines take ("beng").
 */
import unicode from 'unicode-properties';

export const scriptOf = (codePoint: number): string => unicode.getScript(codePoint);

/** Characters that take the script of the text around them (spaces, digits, marks, joiners). */
export const isNeutralScript = (script: string): boolean =>
  script === 'Common' || script === 'Inherited' || script === 'Unknown';

/** Scripts fontkit shapes as HarfBuzz does (simple ones); every other goes to HarfBuzz. */
const SIMPLE = new Set(['Latin', 'Greek', 'Cyrillic', 'Common', 'Inherited', 'Unknown']);
export const needsHarfBuzz = (script: string, rtl: boolean): boolean => rtl || !SIMPLE.has(script);

const TAGS: Record<string, string> = {
  Arabic: 'arab',
  Armenian: 'armn',
  Bengali: 'beng',
  Cyrillic: 'cyrl',
  Devanagari: 'deva',
  Ethiopic: 'ethi',
  Georgian: 'geor',
  Greek: 'grek',
  Gujarati: 'gujr',
  Gurmukhi: 'guru',
  Han: 'hani',
  Hangul: 'hang',
  Hebrew: 'hebr',
  Hiragana: 'hira',
  Kannada: 'knda',
  Katakana: 'kana',
  Khmer: 'khmr',
  Lao: 'laoo',
  Latin: 'latn',
  Malayalam: 'mlym',
  Myanmar: 'mymr',
  Oriya: 'orya',
  Sinhala: 'sinh',
  Syriac: 'syrc',
  Tamil: 'taml',
  Telugu: 'telu',
  Thaana: 'thaa',
  Thai: 'thai',
  Tibetan: 'tibt',
};

/** The ISO 15924 tag of a script; 'zyyy' (common) lets HarfBuzz use its default shaper. */
export const scriptTag = (script: string): string => TAGS[script] ?? 'zyyy';

/** The scripts of a set of code points with at least `min` characters each, most first. */
export function scriptsOf(codePoints: Iterable<number>, min = 1): string[] {
  const counts = new Map<string, number>();
  for (const cp of codePoints) {
    const script = scriptOf(cp);
    if (!isNeutralScript(script)) counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  return [...counts]
    .filter(([, n]) => n >= min)
    .sort((a, b) => b[1] - a[1])
    .map(([script]) => script);
}
