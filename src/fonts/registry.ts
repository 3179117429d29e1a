/**
 * Turns a fonts folder's fonts.yaml into parsed fonts: each file is read and parsed once per
 * engine and shared by measurement, the PDF writer and the chart renderer.
 */
import * as path from 'node:path';
import * as fontkit from 'fontkit';
import { parse } from 'yaml';
import type { BoundedCache } from '../cache.js';
import type { World } from '../world.js';
import type { Shaped } from './shape.js';

export const FACES = ['regular', 'italic', 'bold', 'boldItalic', 'black'] as const;
export type Face = (typeof FACES)[number];

export interface LoadedFace {
  /** Unique name, e.g. `Lato-bold`; pdfkit registers the face under it. */
  name: string;
  file: string;
  bytes: Buffer;
  font: fontkit.Font;
  /** Ascent and descent in em (descent negative). */
  ascent: number;
  descent: number;
  capHeight: number;
  unitsPerEm: number;
  /** Shaped text by string (see shape.ts); one per face, so it lives as long as the font. */
  shapes: Map<string, Shaped>;
}

export type FontFamily = Record<Face, LoadedFace>;

export interface FontRegistry {
  families: ReadonlyMap<string, FontFamily>;
}

interface FontsFile {
  [family: string]: { licence: string; faces: Record<Face, string> };
}

/** Parsed registries by fonts folder, with the stamp of the files they were parsed from. */
export type FontCache = BoundedCache<string, { key: string; registry: FontRegistry }>;

/** fonts.yaml and every font file it lists. */
export async function fontFiles(fontsDir: string, world: World): Promise<string[]> {
  const listing = parse(await world.readText(path.join(fontsDir, 'fonts.yaml'))) as FontsFile;
  return [
    path.join(fontsDir, 'fonts.yaml'),
    ...Object.values(listing).flatMap((entry) => FACES.map((face) => path.join(fontsDir, entry.faces[face]))),
  ];
}

/** Parsed once per engine; parsed again when fonts.yaml or a font file changes (watch mode). */
export async function loadFontRegistry(
  fontsDir: string,
  world: World,
  cache: FontCache,
): Promise<FontRegistry> {
  const listingText = await world.readText(path.join(fontsDir, 'fonts.yaml'));
  const listing = parse(listingText) as FontsFile;
  const files = Object.values(listing).flatMap((entry) =>
    FACES.map((face) => path.join(fontsDir, entry.faces[face])),
  );
  const key = JSON.stringify([
    listingText,
    ...(await Promise.all(files.map((f) => world.info(f)))).map((i) => [i?.size, i?.mtimeMs]),
  ]);
  const hit = cache.get(fontsDir);
  if (hit?.key === key) return hit.registry;
  const families = new Map<string, FontFamily>();
  for (const [family, entry] of Object.entries(listing)) {
    const load = (face: Face) => loadFace(family, face, path.join(fontsDir, entry.faces[face]), world);
    const faces = Object.fromEntries(await Promise.all(FACES.map(async (face) => [face, await load(face)])));
    families.set(family, faces as FontFamily);
  }
  const registry = { families };
  cache.set(fontsDir, { key, registry });
  return registry;
}

async function loadFace(family: string, face: Face, file: string, world: World): Promise<LoadedFace> {
  const bytes = Buffer.from(await world.readBytes(file));
  const font = fontkit.create(bytes) as fontkit.Font;
  const upm = font.unitsPerEm;
  return {
    name: `${family}-${face}`,
    file,
    bytes,
    font,
    ascent: font.ascent / upm,
    descent: font.descent / upm,
    capHeight: font.capHeight / upm,
    unitsPerEm: upm,
    shapes: new Map(),
  };
}
