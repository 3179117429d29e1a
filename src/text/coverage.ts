/** Turns a font family and its fallback chains into the scripts they can set, for messages. */
import { error, type Diagnostic, type Span } from '../diag/diagnostic.js';
import { facesOf, type FontFamily, type LoadedFace } from '../fonts/registry.js';
import { scriptsOf } from './scripts.js';

/** Scripts with at least this many characters in a face count as covered (not a stray sign). */
const MIN_CHARACTERS = 10;

export function coveredScripts(family: FontFamily): string[] {
  return [...new Set(facesOf(family).flatMap(scriptsOfFace))];
}

function scriptsOfFace(face: LoadedFace): readonly string[] {
  return (face.lazy.scripts ??= scriptsOf(face.font.characterSet, MIN_CHARACTERS));
}

/** The error for characters no font has a glyph for; `where` says in what ("in `sections[0]`"). */
export function missingGlyphError(
  missing: Iterable<string>,
  where: string,
  fonts: FontFamily,
  span: Span | undefined,
): Diagnostic {
  const chars = [...missing]
    .map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`)
    .join(', ');
  return error('missing-glyph', `no font has a glyph for ${chars}${where}; it would print as an empty box`, {
    span,
    expected: `characters of the scripts the fonts cover: ${coveredScripts(fonts).join(', ')}`,
    hint: 'replace the character, or add a font for its script to fonts.yaml (README, "Other scripts")',
  });
}
