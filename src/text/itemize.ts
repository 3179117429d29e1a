/**
 * Turns a stretch of text into runs that can each be shaped in one go: one face (the style's
 * face, or the first face of its fallback chain that has the character), one script and one
 * bidi level. Spaces, digits, punctuation and marks stay with the run around them when its face
 * has them, so "কলকাতা," is one run and the comma is drawn in the Bengali face.
 */
import { hasChar, type LoadedFace } from '../fonts/registry.js';
import { isNeutralScript, scriptOf } from './scripts.js';

export interface TextItem {
  /** UTF-16 offsets into the text, end exclusive. */
  start: number;
  end: number;
  face: LoadedFace;
  /** Unicode script name; a neutral-only run is "Common". */
  script: string;
  level: number;
}

/** Plainly Latin text (letters up to U+024F, punctuation, symbols): one run in the style's face. */
const LATIN = /^[\u0000-\u024f\u2000-\u206f\u20a0-\u20cf\u2100-\u214f]*$/;

/** Joiners, the soft hyphen and other characters drawn as nothing: they never change the face. */
const INVISIBLE = /^[\p{Default_Ignorable_Code_Point}]$/u;

/** `levels` gives the bidi level of each UTF-16 unit from `offset`; none means all level 0. */
export function itemize(text: string, face: LoadedFace, levels?: Uint8Array, offset = 0): TextItem[] {
  if (!levels && LATIN.test(text) && covers(face, text))
    return [{ start: 0, end: text.length, face, script: 'Latin', level: 0 }];
  const items: TextItem[] = [];
  let script = leadingScript(text);
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const size = cp > 0xffff ? 2 : 1;
    const own = scriptOf(cp);
    const neutral = isNeutralScript(own);
    if (!neutral) script = own;
    const level = levels?.[offset + i] ?? 0;
    const last = items.at(-1);
    const keep = last && (neutral || last.script === script) && last.level === level;
    const chosen =
      keep && (INVISIBLE.test(String.fromCodePoint(cp)) || hasChar(last.face, cp))
        ? last.face
        : faceFor(cp, script, face);
    if (last && last.face === chosen && last.level === level && (neutral || last.script === script))
      last.end = i + size;
    else
      items.push({
        start: i,
        end: i + size,
        face: chosen,
        script: neutral && last ? last.script : script,
        level,
      });
    i += size;
  }
  return items;
}

/** Whether the face has every character of plainly Latin text (ASCII it always has). */
function covers(face: LoadedFace, text: string): boolean {
  if (ASCII.test(text)) return true;
  for (const ch of text)
    if (ch > '\u007e' && !hasChar(face, ch.codePointAt(0)!)) return false;
  return true;
}

const ASCII = /^[\u0000-\u007e]*$/;

/** The script of the first character that has one, for neutral characters before it. */
function leadingScript(text: string): string {
  for (const ch of text) {
    const script = scriptOf(ch.codePointAt(0)!);
    if (!isNeutralScript(script)) return script;
  }
  return 'Common';
}

/** The style's face if it has the character, else the script's fallbacks, else any fallback. */
function faceFor(cp: number, script: string, face: LoadedFace): LoadedFace {
  if (hasChar(face, cp)) return face;
  const chain = face.fallback.get(script) ?? [];
  const found = chain.find((f) => hasChar(f, cp));
  if (found) return found;
  for (const others of face.fallback.values()) {
    const any = others.find((f) => hasChar(f, cp));
    if (any) return any;
  }
  // No face has it: the style's face draws it as .notdef and shaping reports it missing.
  return face;
}
