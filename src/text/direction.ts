/**
 * Turns a sheet's `language` (BCP 47) into its writing direction, and a template's alignments
 * into a paragraph's. A right-to-left sheet reads as a mirror of its template: what the template
 * sets at the left (the start of a line, a list's bullets, a stat's rule) goes to the right.
 */
/**
 * Languages written right to left (their primary subtags): Arabic, Persian, Urdu, Hebrew,
 * Pashto, Sindhi, Yiddish, Dhivehi, Kurdish (Sorani), Uyghur, Syriac, N'Ko and more. A script
 * subtag overrides: "ku-Latn" and "sd-Deva" run left to right, "pa-Arab" right to left.
 */
const RTL_LANGUAGES = new Set([
  'ar', 'fa', 'ur', 'he', 'iw', 'ps', 'sd', 'yi', 'dv', 'ckb', 'ug', 'syr', 'nqo', 'ks', 'prs', 'bal',
  'ji', 'lrc', 'mzn', 'glk', 'azb', 'arz', 'ary', 'arq', 'apc', 'ajp', 'acm', 'aeb', 'bqi', 'sdh',
]);
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'syrc', 'thaa', 'nkoo', 'adlm', 'rohg', 'mand', 'samr']);

export function isRightToLeft(language: string | undefined): boolean {
  if (!language) return false;
  const [primary, ...rest] = language.toLowerCase().split(/[-_]/);
  const script = rest.find((s) => s.length === 4);
  return script ? RTL_SCRIPTS.has(script) : RTL_LANGUAGES.has(primary!);
}

type Align = 'left' | 'center' | 'right';

const MIRRORED: Record<Align, Align> = { left: 'right', right: 'left', center: 'center' };

/**
 * Where a paragraph's lines go. In a right-to-left sheet the template's left and right swap
 * (they are its start and end). In a left-to-right sheet a right-to-left paragraph (an Arabic
 * quotation) still starts at the right.
 */
export function lineAlign(align: Align, paragraphRtl: boolean, sheetRtl: boolean): Align {
  if (sheetRtl) return MIRRORED[align];
  return paragraphRtl && align === 'left' ? 'right' : align;
}

/** x of a box `w` wide placed at `x` in a row `width` wide, mirrored in a right-to-left sheet. */
export const mirrorX = (x: number, w: number, width: number, rtl: boolean | undefined): number =>
  rtl ? width - x - w : x;
