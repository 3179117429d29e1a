/**
 * Turns words into lines no wider than a measure: first fit, as ragged-right text is set,
 * with hyphenation where a mature typesetter would use it and nowhere else.
 *
 * Hyphenation policy (InDesign's defaults for ragged text, and Bringhurst's rules):
 * - A word that does not fit on a line of its own is hyphenated where it fits, else cut
 *   between grapheme clusters (a web address preferably after / - . or _).
 * - A word that does not fit at a line's end is hyphenated only when the line would
 *   otherwise end further than the hyphenation zone from the measure (a loose, ragged line),
 *   only in running text (not headings, capitals or display sizes), and never on more than
 *   two lines in a row.
 * - Soft hyphens an author wrote are always break opportunities, shown only at a line end.
 */
import { graphemeBoundaries } from '../text/graphemes.js';
import type { Hyphenator } from '../text/hyphenate.js';
import { alone, hyphenAtom, measured, sliceAtoms, widthOf, type Atom, type Word } from './atoms.js';

export interface FillOptions {
  width: number;
  /** The sheet's language's hyphenation, if it has any. */
  hyphenator?: Hyphenator;
  /** Whether loose lines may be hyphenated (running text), beside over-long words. */
  running: boolean;
  /** The text size, for the hyphenation zone. */
  size: number;
}

export interface FilledLine {
  atoms: Atom[];
  /** Spaces after the line's end: in the text (for extraction), not in its width. */
  trailing: Atom[];
}

/** Lines in a row that may end with a hyphen (InDesign's "hyphen limit" is 3; 2 is calmer). */
const HYPHEN_LIMIT = 2;
const SLACK = 0.01;

export function fillLines(words: readonly Word[], opts: FillOptions): FilledLine[] {
  const filler = new LineFiller(opts);
  for (const word of words) filler.add(word);
  return filler.finish();
}

class LineFiller {
  private readonly lines: FilledLine[] = [];
  private line: Atom[] = [];
  private width = 0;
  private endsSoft = false;
  private hyphensInRow = 0;
  /** The hyphenation zone: a gap at a line's end narrower than this is left alone. */
  private readonly zone: number;

  constructor(private readonly opts: FillOptions) {
    this.zone = Math.max(3 * opts.size, opts.width / 8);
  }

  add(word: Word): void {
    let atoms = word.atoms;
    const space = this.line.length ? widthOf(word.space) : 0;
    const w = widthOf(atoms) + (word.soft ? hyphenWidth(atoms) : 0);
    if (this.line.length && this.width + space + w > this.opts.width + SLACK) {
      const split = this.looseLineSplit(atoms, this.opts.width - this.width - space);
      if (split) {
        this.push([...word.space, ...split[0]], space + widthOf(split[0]));
        this.end([], true);
        atoms = split[1];
      } else if (this.endsSoft) {
        this.line.push(hyphenAtom(this.line.at(-1)!));
        this.end([], true);
      } else this.end(word.space, false);
    }
    if (!this.line.length) atoms = this.cutOverlong(atoms);
    const lead = this.line.length ? word.space : [];
    this.push([...lead, ...atoms], widthOf(lead) + widthOf(atoms));
    this.endsSoft = word.soft;
    if (word.required) this.end(spaceAfter(atoms), false);
  }

  finish(): FilledLine[] {
    if (this.line.length) {
      // A text block ends with a space too: another block in the same structure element (a
      // stat's label after its value, a milestone's sentence after its title) then reads as a
      // new word.
      const last = alone(this.line.pop()!);
      this.line.push(last);
      this.lines.push({ atoms: this.line, trailing: last.text.endsWith(' ') ? [] : spaceAfter([last]) });
    }
    return this.lines;
  }

  private push(atoms: readonly Atom[], width: number): void {
    this.line.push(...atoms);
    this.width += width;
  }

  /** Ends the line; `hyphenated` when it ends with a hyphen (then no space follows it). */
  private end(trailing: Atom[], hyphenated: boolean): void {
    if (!this.line.length) return;
    // The last letter is kerned towards nothing (a hyphen drawn after it was measured so).
    const i = this.line.length - (this.line.at(-1)!.text === '\u00ad' ? 2 : 1);
    if (i >= 0) this.line[i] = alone(this.line[i]!);
    this.hyphensInRow = hyphenated ? this.hyphensInRow + 1 : 0;
    this.lines.push({ atoms: this.line, trailing: hyphenated ? [] : trailing });
    [this.line, this.width, this.endsSoft] = [[], 0, false];
  }

  /** The word hyphenated to fill a loose line: [head with its hyphen, tail], or none. */
  private looseLineSplit(atoms: readonly Atom[], room: number): [Atom[], Atom[]] | undefined {
    const { hyphenator, running } = this.opts;
    if (!hyphenator || !running || room < this.zone || this.hyphensInRow >= HYPHEN_LIMIT) return undefined;
    return hyphenSplit(atoms, room, pointsOf(atoms, hyphenator));
  }

  /** Puts whole lines of a word wider than the measure, and returns what is left of it. */
  private cutOverlong(atoms: Atom[]): Atom[] {
    if (widthOf(atoms) <= this.opts.width + SLACK) return atoms;
    let rest = atoms;
    // Hyphenation points of the whole word: patterns applied to a fragment would differ.
    let points = pointsOf(atoms, this.opts.hyphenator);
    while (rest.length && widthOf(rest) > this.opts.width + SLACK) {
      const hyphenated = hyphenSplit(rest, this.opts.width, points);
      const [fit, more] = hyphenated ?? cutAtGraphemes(rest, this.opts.width);
      this.push(fit, widthOf(fit));
      this.end([], Boolean(hyphenated));
      const used = textOf(rest).length - textOf(more).length;
      points = points.filter((p) => p > used).map((p) => p - used);
      rest = more;
    }
    return rest;
  }
}

const textOf = (atoms: readonly Atom[]) => atoms.map((a) => a.text).join('');

/**
 * Where a word may be hyphenated. Never in a link or anything like a web or e-mail address
 * (a hyphen added there reads as part of it): those are cut without one.
 */
function pointsOf(atoms: readonly Atom[], hyphenator: Hyphenator | undefined): readonly number[] {
  const text = textOf(atoms);
  if (!hyphenator || atoms.some((a) => a.link) || /[/@_:.]\p{L}/u.test(text)) return [];
  return hyphenator.points(text);
}

function hyphenWidth(atoms: readonly Atom[]): number {
  return atoms.length ? hyphenAtom(atoms.at(-1)!).width : 0;
}

const spaceAfter = (atoms: readonly Atom[]): Atom[] => {
  const last = atoms.at(-1);
  if (!last) return [];
  const { glyphs, width } = measured(last.face, ' ', last.size, 0, 'Common', last.level, last.language);
  return [{ ...last, text: ' ', glyphs, width, space: true }];
};

/** The word broken at the last of `points` that leaves the head, hyphen included, in `room`. */
function hyphenSplit(
  atoms: readonly Atom[],
  room: number,
  points: readonly number[],
): [Atom[], Atom[]] | undefined {
  for (let i = points.length - 1; i >= 0; i--) {
    const head = sliceAtoms(atoms, 0, points[i]!);
    const withHyphen = [...head, hyphenAtom(head.at(-1)!)];
    if (widthOf(withHyphen) <= room + SLACK) return [withHyphen, sliceAtoms(atoms, points[i]!, Infinity)];
  }
  return undefined;
}

/**
 * A word wider than the line with no hyphenation point that fits (a long web address, a word
 * in a language without patterns): cut after a / - . or _ in its last two thirds if there is
 * one, else after the last whole grapheme cluster that fits; at least one cluster per line.
 */
function cutAtGraphemes(atoms: readonly Atom[], width: number): [Atom[], Atom[]] {
  const text = textOf(atoms);
  const bounds = graphemeBoundaries(text);
  let fit = 1;
  while (fit + 1 < bounds.length && widthOf(sliceAtoms(atoms, 0, bounds[fit + 1]!)) <= width + SLACK) fit++;
  const at = bounds[fit]!;
  const soft = bounds.filter((b) => b > at / 3 && b <= at && '/-._'.includes(text[b - 1]!)).at(-1);
  const cut = soft ?? at;
  return [sliceAtoms(atoms, 0, cut), sliceAtoms(atoms, cut, text.length)];
}
