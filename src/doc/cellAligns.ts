/** A `<table>`'s column alignments: as the template gives them, or found from its figures. */
import type { CellAlign } from './types.js';

const ALIGNS: readonly string[] = ['left', 'center', 'right'];

/** `align="left right …"`: one alignment per column, else undefined (also when none is given). */
export function givenAligns(attr: string | undefined, columns: number): CellAlign[] | undefined {
  const given = (attr ?? '').split(/\s+/).filter(Boolean);
  const ok = given.length === columns && given.every((a) => ALIGNS.includes(a));
  return ok ? (given as CellAlign[]) : undefined;
}

/** A figure as a sheet prints one: digits with separators, a sign, %, a currency, a range dash. */
const CURRENCY = '[$€£₹¥]?';
const DIGITS = String.raw`\d[\d.,\u00a0\u202f ]*`;
const NUMERIC = new RegExp(
  String.raw`^[-+−]?${CURRENCY}\s?${DIGITS}(%|\s?%)?(\s?[–-]\s?${CURRENCY}${DIGITS}%?)?$`,
);

/** `align="auto"`: a column whose body cells are all figures (or empty) is set flush right. */
export function autoAligns(body: readonly { cells: string[] }[], columns: number): CellAlign[] {
  return Array.from({ length: columns }, (_, c) => {
    // A lone dash marks "no figure": it neither makes nor breaks a column of numbers.
    const cells = body.map((r) => r.cells[c]!.trim()).filter((t) => t && !/^[–—-]$/.test(t));
    return cells.length && cells.every((t) => NUMERIC.test(t)) ? 'right' : 'left';
  });
}
