/** Turns inline runs into lines that fit a width, measured with the real font metrics. */
import type { Inline } from '../doc/types.js';
import { hasChar, type LoadedFace } from '../fonts/registry.js';
import type { Glyph } from '../fonts/shape.js';
import { paragraphLevels, type Levels } from '../text/bidi.js';
import { itemize, type TextItem } from '../text/itemize.js';
import { reorderLine } from '../text/reorderLine.js';
import { shapeRun } from '../text/shapeRun.js';
import { faceFor, type ResolvedStyle } from './textStyle.js';
import type { LayoutContext } from './types.js';

/** A stretch of one line drawn in one style. `dy` raises footnote markers. */
export interface Piece {
  x: number;
  text: string;
  face: LoadedFace;
  size: number;
  color: string;
  dy: number;
  width: number;
  /** Extra space after each glyph, in points. */
  tracking: number;
  link?: string;
  glyphs: readonly Glyph[];
  /** Bidi level: odd for right-to-left text, whose `text` is kept in logical order. */
  level: number;
}

export interface Line {
  width: number;
  pieces: Piece[];
}

interface Atom extends Omit<Piece, 'x'> {
  space: boolean;
  /** Unicode script of the run it was shaped as (see src/text/itemize.ts). */
  script: string;
}

const SUP_SCALE = 0.62;
const SUP_RAISE = 0.36;

export function breakLines(
  runs: readonly Inline[],
  style: ResolvedStyle,
  width: number,
  ctx: LayoutContext,
  missing: Set<string>,
): Line[] {
  const textOf = (run: Inline) => (style.upper ? run.text.toUpperCase() : run.text);
  const bidi = paragraphLevels(runs.map(textOf).join(''));
  const words = toWords(runs, style, ctx, missing, bidi);
  const lines: Atom[][] = [];
  // The space a line breaks at stays in the text, past the line's measured end, so text
  // extracted in reading order keeps "end of line" and "next" as two words.
  const trailing = new Map<Atom[], Atom[]>();
  let line: Atom[] = [];
  let lineWidth = 0;
  for (const word of words) {
    const spaceWidth = line.length ? word.space.reduce((s, a) => s + a.width, 0) : 0;
    const w = word.atoms.reduce((s, a) => s + a.width, 0);
    if (line.length && lineWidth + spaceWidth + w > width + 0.01) {
      lines.push(line);
      trailing.set(line, word.space);
      [line, lineWidth] = [[], 0];
    }
    if (line.length) line.push(...word.space);
    if (!line.length && w > width) {
      let rest = word.atoms;
      while (rest.length && widthOf(rest) > width) {
        const [fit, more] = splitLongWord(rest, width);
        lines.push(fit);
        rest = more;
      }
      [line, lineWidth] = [rest, widthOf(rest)];
      continue;
    }
    line.push(...word.atoms);
    lineWidth += (line.length > word.atoms.length ? spaceWidth : 0) + w;
  }
  if (line.length) {
    lines.push(line);
    // A text block ends with a space too: another block in the same structure element (a stat's
    // label after its value, a milestone's sentence after its title) then reads as a new word.
    const last = line.at(-1)!;
    const space = measured(last.face, ' ', last.size, 0, 'Common', last.level);
    if (!last.text.endsWith(' ')) trailing.set(line, [{ ...last, ...space }]);
  }
  // A right-to-left paragraph starts at the right: its "left" is the end of its lines.
  const align = bidi && bidi.base % 2 && style.align === 'left' ? 'right' : style.align;
  return lines.map((l) => place(reorderLine(l), align, width, trailing.get(l) ?? []));
}

const widthOf = (atoms: readonly Atom[]) => atoms.reduce((s, a) => s + a.width, 0);

/** Words and their spaces; a word's characters are set in the faces its script needs. */
function toWords(
  runs: readonly Inline[],
  style: ResolvedStyle,
  ctx: LayoutContext,
  missing: Set<string>,
  bidi: Levels | undefined,
) {
  const words: { space: Atom[]; atoms: Atom[] }[] = [];
  let pendingSpace: Atom[] = [];
  let offset = 0;
  for (const run of runs) {
    const face = ctx.fonts[faceFor(style.face, run.emphasis)];
    const size = run.sup ? style.size * SUP_SCALE : style.size;
    const dy = run.sup ? -style.size * SUP_RAISE : 0;
    const text = style.upper ? run.text.toUpperCase() : run.text;
    const tracking = style.tracking * size;
    const atomOf = (token: string, item: Pick<TextItem, 'face' | 'script' | 'level'>): Atom => {
      const { glyphs, width, shaped } = measured(item.face, token, size, tracking, item.script, item.level);
      for (const ch of shaped.missing) missing.add(ch);
      // One literal, every field in the same order: atoms stay one shape for V8 (a spread here
      // made English layout measurably slower).
      return {
        face: item.face,
        size,
        color: style.color,
        dy,
        tracking,
        link: run.link,
        text: token,
        glyphs,
        width,
        space: token.startsWith(' '),
        script: item.script,
        level: item.level,
      };
    };
    for (const token of tokens(text)) {
      const at = offset;
      offset += token.length;
      if (token.startsWith(' ')) {
        const level = bidi?.levels[at] ?? 0;
        const spaceIn = spaceFace(words.at(-1)?.atoms.at(-1), face, level);
        pendingSpace.push(atomOf(' ', { face: spaceIn, script: 'Common', level }));
        continue;
      }
      const atoms = itemize(token, face, bidi?.levels, at).map((item) =>
        atomOf(token.slice(item.start, item.end), item),
      );
      if (pendingSpace.length || !words.length || run.text.startsWith(' ')) {
        words.push({ space: pendingSpace, atoms });
        pendingSpace = [];
      } else words.at(-1)!.atoms.push(...atoms);
    }
  }
  return words;
}

/**
 * A space after a word set in a fallback face (Bengali) is set in that face too, so a line of
 * Bengali is one run in the PDF: extraction then reads it as one line of words.
 */
function spaceFace(before: Atom | undefined, face: LoadedFace, level: number): LoadedFace {
  if (!before || before.face === face || before.level !== level) return face;
  const fallback = [...face.fallback.values()].some((chain) => chain.includes(before.face));
  return fallback && hasChar(before.face, 0x20) ? before.face : face;
}

/** Words and runs of spaces, in order (split once per distinct text: the same texts recur). */
function tokens(text: string): string[] {
  return text.split(/( +)/).filter((t) => t !== '');
}

/** The text shaped, and its width: glyph advances plus the tracking after each glyph. */
function measured(
  face: LoadedFace,
  text: string,
  size: number,
  tracking: number,
  script: string,
  level: number,
) {
  const shaped = shapeRun(face, text, script, level % 2 === 1);
  const width = (shaped.advance / face.unitsPerEm) * size + tracking * shaped.glyphs.length;
  return { text, glyphs: shaped.glyphs, width, shaped };
}

/** A word longer than the line (a long web address) is broken after a / - . or _ if it can, else between characters. */
function splitLongWord(atoms: Atom[], width: number): [Atom[], Atom[]] {
  const text = atoms.map((a) => a.text).join('');
  const widthOf = (n: number) => sliceAtoms(atoms, 0, n).reduce((s, a) => s + a.width, 0);
  let fit = 0;
  while (fit < text.length && widthOf(fit + 1) <= width) fit++;
  const soft = Math.max(
    ...[...text.slice(0, fit)].map((ch, i) => ('/-._'.includes(ch) && i > 0 ? i + 1 : 0)),
  );
  const at = Math.max(1, soft > fit / 3 ? soft : fit);
  return [sliceAtoms(atoms, 0, at), sliceAtoms(atoms, at, text.length)];
}

/** The atoms covering characters [from, to) of their joined text, re-measured where cut. */
function sliceAtoms(atoms: Atom[], from: number, to: number): Atom[] {
  const out: Atom[] = [];
  let pos = 0;
  for (const a of atoms) {
    const [start, end] = [Math.max(from, pos), Math.min(to, pos + a.text.length)];
    if (start < end) {
      const text = a.text.slice(start - pos, end - pos);
      const cut = () => measured(a.face, text, a.size, a.tracking, a.script, a.level);
      out.push(text === a.text ? a : { ...a, ...cut() });
    }
    pos += a.text.length;
  }
  return out;
}

/** Merges neighbouring atoms of one style into pieces and positions them. */
function place(atoms: readonly Atom[], align: ResolvedStyle['align'], width: number, trailing: Atom[]): Line {
  const pieces: Piece[] = [];
  let x = 0;
  for (const a of atoms) {
    const last = pieces.at(-1);
    if (
      last &&
      last.face === a.face &&
      last.size === a.size &&
      last.dy === a.dy &&
      last.link === a.link &&
      last.color === a.color &&
      last.tracking === a.tracking &&
      last.level === a.level
    ) {
      // Atoms come in drawing order; right-to-left text reads from the last one drawn.
      last.text = a.level % 2 ? a.text + last.text : last.text + a.text;
      last.width += a.width;
      (last.glyphs as Glyph[]).push(...a.glyphs);
    } else
      pieces.push({
        x,
        text: a.text,
        face: a.face,
        size: a.size,
        color: a.color,
        dy: a.dy,
        width: a.width,
        tracking: a.tracking,
        link: a.link,
        glyphs: [...a.glyphs], // a copy: later atoms are appended to it
        level: a.level,
      });
    x += a.width;
  }
  const offset = align === 'center' ? (width - x) / 2 : align === 'right' ? width - x : 0;
  for (const p of pieces) p.x += offset;
  const last = pieces.at(-1);
  for (const space of trailing) {
    // A right-to-left line ends at its left: the space goes before its first piece, on its own.
    if (space.level % 2) pieces.unshift({ ...space, x: offset - space.width, width: 0, link: undefined });
    else if (last && space.face === last.face && space.size === last.size && space.dy === last.dy) {
      last.text += space.text;
      (last.glyphs as Glyph[]).push(...space.glyphs);
    } else pieces.push({ ...space, x: x + offset, width: 0, link: undefined });
  }
  return { width: x, pieces };
}
