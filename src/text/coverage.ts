/** Turns a font family and its fallback chains into the scripts they can set, for messages. */
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
