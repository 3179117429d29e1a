/**
 * Turns a one-line string (a chart label, a big number) into shaped runs in drawing order, each
 * in the face its script needs: itemised, shaped and reordered as a paragraph's line is.
 */
import type { LoadedFace } from '../fonts/registry.js';
import type { Shaped } from '../fonts/shape.js';
import { paragraphLevels } from './bidi.js';
import { itemize } from './itemize.js';
import { reorderLine } from './reorderLine.js';
import { shapeRun } from './shapeRun.js';

export interface ShapedRun {
  face: LoadedFace;
  /** The run's characters, in logical order. */
  text: string;
  shaped: Shaped;
  level: number;
}

export function shapeLine(face: LoadedFace, text: string, language?: string): readonly ShapedRun[] {
  const levels = paragraphLevels(text)?.levels;
  const runs = itemize(text, face, levels).map((item): ShapedRun => {
    const part = text.slice(item.start, item.end);
    return {
      face: item.face,
      text: part,
      shaped: shapeRun(item.face, part, item.script, item.level % 2 === 1, language),
      level: item.level,
    };
  });
  return reorderLine(runs);
}

/** Width in points of the runs set at `size`. */
export const runsWidth = (runs: readonly ShapedRun[], size: number): number =>
  runs.reduce((w, r) => w + (r.shaped.advance / r.face.unitsPerEm) * size, 0);
