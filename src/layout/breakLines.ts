/** Turns inline runs into lines that fit a width, measured with the real font metrics. */
import type { Inline } from '../doc/types.js';
import { missingGlyphs } from '../fonts/measure.js';
import type { LoadedFace } from '../fonts/registry.js';
import type { Glyph } from '../fonts/shape.js';
import { breakSegments, MANDATORY_BREAK, type Segment } from '../text/breakOpportunities.js';
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
      const { link } = run;
      return { face, size, color, dy, tracking, link, text: token, glyphs, width, space, kernsOn: false };
    };
  });
  const paragraph = texts.join('');
  const partsOf = runParts(texts);
  // One space atom per run, shared: atoms are never changed once made.
  const spaceOf: Atom[] = [];
  const words: Word[] = [];
  const parts: Part[] = [];
  let pendingSpace: Atom[] = [];
  for (const seg of (ctx.breaks ?? breakSegments)(paragraph)) {
    const { body, end, soft } = anatomy(paragraph, seg);
    const word: Word = { space: pendingSpace, atoms: [], soft, required: seg.required };
    const before = parts.length;
    partsOf(seg.start, body, (run, start, stop) => {
      const raw = paragraph.slice(start, stop);
      const text = raw.includes('\u00ad') ? raw.replaceAll('\u00ad', '') : raw;
      if (text) parts.push({ run, start, end: stop, text, word });
    });
    const spaceAtoms: Atom[] = [];
    if (!soft) partsOf(body, end, (run) => spaceAtoms.push((spaceOf[run] ??= atomMakers[run]!(' '))));
    if (parts.length > before) {
      words.push(word);
      pendingSpace = spaceAtoms;
    } else {
      pendingSpace.push(...spaceAtoms);
      if (seg.required && words.length) words.at(-1)!.required = true;
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
  let prev: Part | undefined;
  for (const part of parts) {
    const between = prev && prev.run === part.run ? paragraph.slice(prev.end, part.start) : ' ';
    if (between === '' || /^\u00ad+$/.test(between)) groups.at(-1)!.push(part);
    else groups.push([part]);
    prev = part;
  }
  return groups;
}

/**
 * Where a segment's parts end (UTF-16 offsets in the paragraph): its body, then the spaces a
 * line may end in (kept in the text, not the width), up to `end`; a soft hyphen or a line
 * separator after them is not drawn.
 */
function anatomy(paragraph: string, seg: Segment) {
  let end = seg.end;
  if (seg.required) while (end > seg.start && MANDATORY_BREAK.test(paragraph[end - 1]!)) end--;
  const soft = !seg.required && paragraph.charCodeAt(end - 1) === 0xad;
  if (soft) return { body: end - 1, end: end - 1, soft };
  let body = end;
  while (body > seg.start && paragraph.charCodeAt(body - 1) === 0x20) body--;
  return { body, end, soft };
}

/**
 * A function calling `each` with the pieces of [from, to) of the runs' joined texts, by run.
 * Calls come in text order, so a cursor keeps each one short.
 */
function runParts(texts: readonly string[]) {
  const starts: number[] = [];
  let at = 0;
  for (const t of texts) {
    starts.push(at);
    at += t.length;
  }
  let run = 0;
  return (from: number, to: number, each: (run: number, start: number, end: number) => void) => {
    while (run < texts.length - 1 && starts[run]! + texts[run]!.length <= from) run++;
    for (let r = run; r < texts.length && starts[r]! < to; r++) {
      const [a, b] = [Math.max(from, starts[r]!), Math.min(to, starts[r]! + texts[r]!.length)];
      if (a < b) each(r, a, b);
    }
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
