/** A text display item for a short string set in one face: shaped here, drawn as shaped. */
import type { LoadedFace } from '../fonts/registry.js';
import { shapeText } from '../fonts/shape.js';
import type { DisplayItem } from './types.js';

type TextItem = Extract<DisplayItem, { kind: 'text' }>;

export interface RunStyle {
  x: number;
  y: number;
  size: number;
  color: string;
  tracking?: number;
  tag?: DisplayItem['tag'];
}

export function textRun(face: LoadedFace, text: string, style: RunStyle): TextItem {
  const { glyphs } = shapeText(face, text);
  return { kind: 'text', ...style, text, face: face.name, tracking: style.tracking ?? 0, glyphs };
}
