/** Turns inline runs into lines that fit a width, measured with the real font metrics. */
import type { Inline } from '../doc/types.js';
import { missingGlyphs } from '../fonts/measure.js';
import type { LoadedFace } from '../fonts/registry.js';
import type { Glyph } from '../fonts/shape.js';
import { breakSegments, MANDATORY_BREAK } from '../text/breakOpportunities.js';
import { measured, splitShaped, type Atom, type Word } from './atoms.js';
import { fillLines } from './fillLines.js';
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
}

export interface Line {
  width: number;
  pieces: Piece[];
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
  const words = toWords(runs, style, ctx, missing);
  // Loose lines are hyphenated in running text only: headings, capitals and display sizes
  // read better ragged than broken.
  const running = !style.upper && style.size <= 11 && (style.face === 'regular' || style.face === 'italic');
  const lines = fillLines(words, { width, hyphenator: ctx.hyphenator, running, size: style.size });
  // The space a line breaks at stays in the text, past the line's measured end, so text
  // extracted in reading order keeps "end of line" and "next" as two words.
  return lines.map((l) => place(l.atoms, style.align, width, l.trailing));
}

/**
 * The paragraph's words: the stretches between its line-break opportunities (UAX #14, found
 * in the whole paragraph, so a word may span runs: "**bold**ness"), cut where runs change.
 */
function toWords(runs: readonly Inline[], style: ResolvedStyle, ctx: LayoutContext, missing: Set<string>) {
  const texts = runs.map((run) => (style.upper ? run.text.toUpperCase() : run.text));
  const atomMakers = runs.map((run) => {
    const face = ctx.fonts[faceFor(style.face, run.emphasis)];
    const size = run.sup ? style.size * SUP_SCALE : style.size;
    const dy = run.sup ? -style.size * SUP_RAISE : 0;
    const tracking = style.tracking * size;
    return (token: string): Atom => {
      const { glyphs, width } = measured(face, token, size, tracking);
      const space = token === ' ';
      const { color } = style;
      return { face, size, color, dy, tracking, link: run.link, text: token, glyphs, width, space };
    };
  });
  const paragraph = texts.join('');
  const partsOf = runParts(texts);
  const words: Word[] = [];
  const parts: Part[] = [];
  let pendingSpace: Atom[] = [];
  for (const seg of breakSegments(paragraph)) {
    const { body, spaces, soft, required } = anatomy(paragraph.slice(seg.start, seg.end), seg.required);
    const word: Word = { space: pendingSpace, atoms: [], soft, required };
    for (const part of partsOf(seg.start, seg.start + body)) {
      const text = part.text.replaceAll('\u00ad', '');
      if (text) parts.push({ ...part, text, word });
    }
    const spaceParts = partsOf(seg.start + body, seg.start + body + spaces);
    const spaceAtoms = spaceParts.map((p) => atomMakers[p.run]!(' '));
    if (parts.at(-1)?.word === word) {
      words.push(word);
      pendingSpace = spaceAtoms;
    } else {
      pendingSpace.push(...spaceAtoms);
      if (required && words.length) words.at(-1)!.required = true;
    }
  }
  for (const group of shapingGroups(parts, paragraph)) {
    const whole = atomMakers[group[0]!.run]!(group.map((p) => p.text).join(''));
    missingGlyphs(whole.face, whole.text).forEach((ch) => missing.add(ch));
    const atoms = splitShaped(whole, group.map((p) => p.text.length), atomMakers[group[0]!.run]!);
    group.forEach((p, i) => p.word.atoms.push(atoms[i]!));
  }
  return words;
}

/** A word's text in one run, before it is shaped. */
interface Part {
  run: number;
  text: string;
  start: number;
  end: number;
  word: Word;
}

/**
 * Parts shaped together: the same run with nothing but soft hyphens between them. Shaping
 * "IJM.org/Get-Involved" whole keeps the kerning and ligatures across its break opportunities.
 */
function shapingGroups(parts: readonly Part[], paragraph: string): Part[][] {
  const groups: Part[][] = [];
  parts.forEach((part, i) => {
    const prev = parts[i - 1];
    const joins = prev && prev.run === part.run && /^\u00ad*$/.test(paragraph.slice(prev.end, part.start));
    if (joins) groups.at(-1)!.push(part);
    else groups.push([part]);
  });
  return groups;
}

/**
 * A segment's parts, in UTF-16 lengths: its body, then the spaces a line may end in (kept in
 * the text, not the width), then a soft hyphen or a line separator, which are not drawn.
 */
function anatomy(segment: string, required: boolean) {
  const ending = MANDATORY_BREAK.exec(segment)?.[0].length ?? 0;
  const withSpaces = segment.length - ending;
  const soft = !required && segment.endsWith('\u00ad');
  const body = soft ? withSpaces - 1 : segment.slice(0, withSpaces).replace(/ +$/, '').length;
  const spaces = soft ? 0 : segment.slice(body, withSpaces).replace(/[^ ]/g, '').length;
  return { body, spaces, soft, required };
}

/** A function giving the pieces of [from, to) of the runs' joined texts, by run. */
function runParts(texts: readonly string[]) {
  const starts: number[] = [];
  let at = 0;
  for (const t of texts) {
    starts.push(at);
    at += t.length;
  }
  return (from: number, to: number) => {
    const out: { run: number; text: string; start: number; end: number }[] = [];
    texts.forEach((t, run) => {
      const [a, b] = [Math.max(from, starts[run]!), Math.min(to, starts[run]! + t.length)];
      if (a < b) out.push({ run, text: t.slice(a - starts[run]!, b - starts[run]!), start: a, end: b });
    });
    return out;
  };
}

/** Merges neighbouring atoms of one style into pieces and positions them. */
function place(atoms: Atom[], align: ResolvedStyle['align'], width: number, trailing: Atom[]): Line {
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
      last.tracking === a.tracking
    ) {
      last.text += a.text;
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
      });
    x += a.width;
  }
  const offset = align === 'center' ? (width - x) / 2 : align === 'right' ? width - x : 0;
  for (const p of pieces) p.x += offset;
  const last = pieces.at(-1);
  for (const space of trailing) {
    if (last && space.face === last.face && space.size === last.size && space.dy === last.dy) {
      last.text += space.text;
      (last.glyphs as Glyph[]).push(...space.glyphs);
    } else pieces.push({ ...space, x: x + offset, width: 0, link: undefined });
  }
  return { width: x, pieces };
}
