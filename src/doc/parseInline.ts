/**
 * Turns a sheet's rich text into inline runs: **bold**, *italic*, ***both***, \* for a literal
 * star, [text](https://…) links, and [^id] footnote references (drawn as raised numbers). A
 * blank line starts a new paragraph. A `**` that is never closed prints as written (and the
 * validator warns), rather than turning the rest of the text bold.
 */
import type { Emphasis, Inline } from './types.js';
import { collapseSpaces } from '../text/whitespace.js';

export type NoteNumbers = ReadonlyMap<string, number>;

export function splitParagraphs(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((p) => collapseSpaces(p))
    .filter(Boolean);
}

export function parseInline(text: string, notes: NoteNumbers = new Map()): Inline[] {
  const out: Inline[] = [];
  let bold = false;
  let italic = false;
  let buf = '';
  const flush = () => {
    if (buf) out.push(withEmphasis({ text: buf }, bold, italic));
    buf = '';
  };
  const literalBold = unclosedBold(text);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const link = ch === '[' ? LINK.exec(text.slice(i)) : null;
    if (ch === '\\' && text[i + 1] === '*') {
      buf += '*';
      i++;
    } else if (i === literalBold) {
      buf += '**';
      i++;
    } else if (link) {
      flush();
      out.push(withEmphasis({ text: link[1]!, link: link[2]! }, bold, italic));
      i += link[0].length - 1;
    } else if (ch === '*' && text[i + 1] === '*') {
      flush();
      bold = !bold;
      i++;
    } else if (ch === '*' && isEmphasisStar(text, i, italic)) {
      flush();
      italic = !italic;
    } else if (ch === '[' && text[i + 1] === '^') {
      const close = text.indexOf(']', i);
      const id = close > 0 ? text.slice(i + 2, close) : '';
      if (!/^[A-Za-z0-9_-]+$/.test(id)) {
        buf += ch;
        continue;
      }
      flush();
      const n = notes.get(id);
      // The marker links to its note: a reader can follow it, and the structure says what it is.
      if (n !== undefined)
        out.push(withEmphasis({ text: String(n), sup: true, link: noteTarget(n) }, bold, italic));
      i = close;
    } else buf += ch;
  }
  flush();
  return out;
}

/** Where a footnote marker points: the named destination (and structure ID) of note `n`. */
export const noteTarget = (n: number | string) => `#note-${n}`;

/** `[text](url)`: a link, when the address is a web or mail address. */
const LINK = /^\[([^\]\n]+)\]\(((?:https?:\/\/|mailto:)[^\s()]+)\)/;

/** Where the `**` is that opens bold and is never closed (an odd count), else -1. */
export function unclosedBold(text: string): number {
  const at = [...text.matchAll(/(?<!\\)\*\*/g)].map((m) => m.index);
  return at.length % 2 ? at.at(-1)! : -1;
}

/** A single star opens italics before a word and closes it after one; "5 * 3" stays a star. */
function isEmphasisStar(text: string, i: number, open: boolean): boolean {
  const before = text[i - 1] ?? ' ';
  const after = text[i + 1] ?? ' ';
  // `***both***`: the third star opens italics right after the `**` that opened bold.
  return open ? !/\s/.test(before) : !/\s/.test(after) && /[\s("“‘*]/.test(before);
}

function withEmphasis(run: Inline, bold: boolean, italic: boolean): Inline {
  const emphasis: Emphasis | undefined =
    bold && italic ? 'boldItalic' : bold ? 'bold' : italic ? 'italic' : undefined;
  return emphasis ? { ...run, emphasis } : run;
}

/** Numbers footnote ids in order of first use across the given texts. */
export function numberNotes(texts: readonly string[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const t of texts)
    for (const [, id] of t.matchAll(/\[\^([A-Za-z0-9_-]+)\]/g))
      if (!numbers.has(id!)) numbers.set(id!, numbers.size + 1);
  return numbers;
}
