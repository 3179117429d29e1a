/** Turns inline runs into lines that fit a width, measured with the real font metrics. */
import type { Inline } from '../doc/types.js';
import { hasChar, type LoadedFace } from '../fonts/registry.js';
import type { Glyph } from '../fonts/shape.js';
import { paragraphLevels, type Levels } from '../text/bidi.js';
import { breakSegments, MANDATORY_BREAK, type Segment } from '../text/breakOpportunities.js';
import { lineAlign } from '../text/direction.js';
import { itemize, type TextItem } from '../text/itemize.js';
import { reorderLine } from '../text/reorderLine.js';
import { shapeRun } from '../text/shapeRun.js';
import { measured, splitShaped, type Atom, type Word } from './atoms.js';
import { fillLines } from './fillLines.js';
import { faceFor, type ResolvedStyle } from './textStyle.js';
import type { LayoutContext } from './types.js';

/** A stretch of one line drawn in one style, placed at `x`. `dy` raises footnote markers; an
 * odd bidi `level` is right-to-left text, whose `text` is kept in logical order. */
type Drawn = 'text' | 'face' | 'size' | 'color' | 'dy' | 'width' | 'tracking' | 'link' | 'glyphs' | 'level';

export interface Piece extends Pick<Atom, Drawn> {
  x: number;
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
  const texts = runs.map((run) => (style.upper ? run.text.toUpperCase() : run.text));
  const bidi = paragraphLevels(texts.join(''), ctx.rtl);
  const words = toWords(runs, texts, style, ctx, missing, bidi);
  // Loose lines are hyphenated in running text only: headings, capitals and display sizes
  // read better ragged than broken.
  const running = !style.upper && style.size <= 11 && (style.face === 'regular' || style.face === 'italic');
  const lines = fillLines(words, { width, hyphenator: ctx.hyphenator, running, size: style.size });
  // The space a line breaks at stays in the text, past the line's measured end, so text
  // extracted in reading order keeps "end of line" and "next" as two words.
  // A right-to-left paragraph starts at the right: its "left" is the end of its lines.
  const align = lineAlign(style.align, Boolean(bidi && bidi.base % 2), ctx.rtl === true);
  return lines.map((l) => place(reorderLine(l.atoms), align, width, l.trailing));
}

type Item = Pick<TextItem, 'face' | 'script' | 'level'>;

/**
 * The paragraph's words: the stretches between its line-break opportunities (UAX #14, found
 * in the whole paragraph, so a word may span runs: "**bold**ness"), cut where runs change.
 */
function toWords(
  runs: readonly Inline[],
  texts: readonly string[],
  style: ResolvedStyle,
  ctx: LayoutContext,
  missing: Set<string>,
  bidi: Levels | undefined,
) {
  const faces = runs.map((run) => ctx.fonts[faceFor(style.face, run.emphasis)]);
  const atomMakers = runs.map((run, r) => {
    const face = faces[r]!;
    const size = run.sup ? style.size * SUP_SCALE : style.size;
    const dy = run.sup ? -style.size * SUP_RAISE : 0;
    const tracking = style.tracking * size;
    const plain: Item = { face, script: 'Latin', level: 0 };
    return (token: string, item: Item = plain): Atom => {
      const { glyphs, width } = measured(
        item.face, token, size, tracking, item.script, item.level, ctx.language,
      );
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
        space: token === ' ',
        script: item.script,
        level: item.level,
        language: ctx.language,
        kernsOn: false,
      };
    };
  });
  const paragraph = texts.join('');
  const partsOf = runParts(texts);
  const words: Word[] = [];
  const parts: Part[] = [];
  // Spaces are made once the words' faces are known (a space after a Bengali word is Bengali).
  const spaces: SpaceSlot[] = [];
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
    const hasText = parts.length > before;
    // A segment of spaces only adds them to the spaces before the next word.
    const into: Atom[] = hasText ? [] : pendingSpace;
    const after = hasText ? word : words.at(-1);
    if (!soft) partsOf(body, end, (run, start) => spaces.push({ into, run, at: start, after }));
    if (hasText) {
      words.push(word);
      pendingSpace = into;
    } else if (seg.required && words.length) words.at(-1)!.required = true;
  }
  for (const group of shapingGroups(parts, paragraph)) {
    const make = atomMakers[group[0]!.run]!;
    const face = faces[group[0]!.run]!;
    const text = group.map((p) => p.text).join('');
    const items = itemize(text, face, bidi?.levels, group[0]!.start);
    if (items.length === 1 && items[0]!.face === face && items[0]!.level === 0) {
      const whole = make(text, items[0]);
      // The shaped text is cached: its missing characters cost a lookup, not another shaping.
      for (const ch of shapeRun(face, text, items[0]!.script, false, ctx.language).missing) missing.add(ch);
      const atoms = splitShaped(whole, group.map((p) => p.text.length), (t) => make(t, items[0]));
      group.forEach((p, i) => p.word.atoms.push(atoms[i]!));
      continue;
    }
    // Other scripts or directions: each part in the faces its characters need.
    for (const p of group) {
      for (const item of itemize(p.text, face, bidi?.levels, p.start)) {
        const piece = p.text.slice(item.start, item.end);
        const shaped = shapeRun(item.face, piece, item.script, item.level % 2 === 1, ctx.language);
        shaped.missing.forEach((ch) => missing.add(ch));
        p.word.atoms.push(make(piece, item));
      }
    }
  }
  fillSpaces(spaces, atomMakers, faces, bidi);
  return words;
}

/** A space to make: where it goes, its run and offset, and the word it follows. */
interface SpaceSlot {
  into: Atom[];
  run: number;
  at: number;
  after: Word | undefined;
}

type AtomMaker = (token: string, item?: Item) => Atom;

/** One space atom per run where nothing special applies, shared: atoms are never changed. */
function fillSpaces(
  slots: readonly SpaceSlot[],
  makers: readonly AtomMaker[],
  faces: readonly LoadedFace[],
  bidi: Levels | undefined,
) {
  const plain: Atom[] = [];
  for (const slot of slots) {
    const level = bidi?.levels[slot.at] ?? 0;
    const face = spaceFace(slot.after?.atoms.at(-1), faces[slot.run]!, level);
    const make = makers[slot.run]!;
    slot.into.push(
      level === 0 && face === faces[slot.run]
        ? (plain[slot.run] ??= make(' '))
        : make(' ', { face, script: 'Common', level }),
    );
  }
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
