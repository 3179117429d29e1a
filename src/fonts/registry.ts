/**
 * Turns a fonts folder's fonts.yaml into parsed fonts: each file is read and parsed once per
 * engine and shared by measurement, the PDF writer and the chart renderer. Each face knows, per
 * script, the faces of other families that set the characters it lacks (its fallback chain).
 */
import * as path from 'node:path';
import * as fontkit from 'fontkit';
import { parse } from 'yaml';
import type { BoundedCache } from '../cache.js';
import { error, SheetError } from '../diag/diagnostic.js';
import { loadHarfBuzz, type HarfBuzz } from '../text/harfbuzz.js';
import type { World } from '../world.js';
import type { Shaped } from './shape.js';

export const FACES = ['regular', 'italic', 'bold', 'boldItalic', 'black'] as const;
export type Face = (typeof FACES)[number];

/** The face that stands in for one a family does not have: upright for italic, bold for heavier. */
const STAND_IN: Record<Face, Face[]> = {
  regular: [],
  italic: ['regular'],
  bold: ['regular'],
  boldItalic: ['bold', 'italic', 'regular'],
  black: ['bold', 'regular'],
};

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
  /** Per Unicode script name ("Bengali"), the faces that set characters this face lacks. */
  fallback: Map<string, LoadedFace[]>;
  /** HarfBuzz, which shapes the scripts fontkit gets wrong (see src/text/shapeRun.ts). */
  harfbuzz: HarfBuzz;
  /** HarfBuzz's font object and the scripts the face covers, made on first need. */
  lazy: { hbFont?: InstanceType<HarfBuzz['Font']>; scripts?: readonly string[] };
  /** Whether the face has a code point, by code point: fontkit decodes its cmap on each lookup. */
  has: Map<number, boolean>;
}

export type FontFamily = Record<Face, LoadedFace>;

export interface FontRegistry {
  families: ReadonlyMap<string, FontFamily>;
}

interface FamilyEntry {
  licence: string;
  faces: Partial<Record<Face, string>>;
  fallback?: Record<string, string[]>;
}
type FontsFile = Record<string, FamilyEntry>;

/** Parsed registries by fonts folder, with the stamp of the files they were parsed from. */
export type FontCache = BoundedCache<string, FontCacheEntry>;

interface FontCacheEntry {
  key: string;
  registry: FontRegistry;
  /** fonts.yaml as read, and the files it lists: checked on every build, parsed only when changed. */
  listingText: string;
  files: string[];
}

const listedFiles = (fontsDir: string, listing: FontsFile) =>
  Object.values(listing).flatMap((entry) =>
    Object.values(entry.faces).map((file) => path.join(fontsDir, file!)),
  );

/**
 * fonts.yaml and every font file it lists. With the engine's font cache, a listing that reads
 * as the one the fonts were loaded from is not parsed again: a batch asks this for every sheet.
 */
export async function fontFiles(fontsDir: string, world: World, cache?: FontCache): Promise<string[]> {
  const listingText = await world.readText(path.join(fontsDir, 'fonts.yaml'));
  const hit = cache?.get(fontsDir);
  const files =
    hit?.listingText === listingText ? hit.files : listedFiles(fontsDir, parse(listingText) as FontsFile);
  return [path.join(fontsDir, 'fonts.yaml'), ...new Set(files)];
}

/** Parsed once per engine; parsed again when fonts.yaml or a font file changes (watch mode). */
export async function loadFontRegistry(
  fontsDir: string,
  world: World,
  cache: FontCache,
): Promise<FontRegistry> {
  const listingText = await world.readText(path.join(fontsDir, 'fonts.yaml'));
  const hit = cache.get(fontsDir);
  const same = hit?.listingText === listingText;
  const listing = same ? undefined : (parse(listingText) as FontsFile);
  const files = same ? hit!.files : listedFiles(fontsDir, listing!);
  const stamps = await Promise.all(files.map((f) => world.info(f)));
  const key = stamps.map((i) => `${i?.size}:${i?.mtimeMs}`).join(' ');
  if (same && hit!.key === key) return hit!.registry;
  return loadFamilies(fontsDir, world, listing ?? (parse(listingText) as FontsFile), (registry) =>
    cache.set(fontsDir, { key, registry, listingText, files }),
  );
}

async function loadFamilies(
  fontsDir: string,
  world: World,
  listing: FontsFile,
  keep: (registry: FontRegistry) => void,
): Promise<FontRegistry> {
  const harfbuzz = await loadHarfBuzz();
  const families = new Map<string, FontFamily>();
  for (const [family, entry] of Object.entries(listing)) {
    const load = (face: Face, file: string) =>
      loadFace(`${family}-${face}`, path.join(fontsDir, file), world, harfbuzz);
    families.set(family, standIns(family, await loadFaces(entry, load)));
  }
  for (const [family, entry] of Object.entries(listing)) linkFallbacks(family, entry, families);
  const registry = { families };
  keep(registry);
  return registry;
}

async function loadFaces(
  entry: FamilyEntry,
  load: (face: Face, file: string) => Promise<LoadedFace>,
): Promise<Partial<FontFamily>> {
  const listed = FACES.filter((face) => entry.faces?.[face]);
  return Object.fromEntries(await Promise.all(listed.map(async (f) => [f, await load(f, entry.faces[f]!)])));
}

/** Fills the faces a family does not list with the nearest one it does. */
function standIns(family: string, faces: Partial<FontFamily>): FontFamily {
  if (!faces.regular)
    throw fontsError(`font family \`${family}\` has no regular face`, 'list `regular:` under its `faces:`');
  const full = {} as FontFamily;
  for (const face of FACES) full[face] = faces[face] ?? faces[STAND_IN[face].find((f) => faces[f])!]!;
  return full;
}

/** Gives each face of `family` the same face of each family its `fallback` names, per script. */
function linkFallbacks(family: string, entry: FamilyEntry, families: Map<string, FontFamily>) {
  for (const [script, names] of Object.entries(entry.fallback ?? {})) {
    const chain = names.map((name) => {
      const found = families.get(name);
      if (found) return found;
      throw fontsError(
        `font family \`${family}\` falls back to \`${name}\` for ${script}, which fonts.yaml does not list`,
        `add \`${name}\` to fonts.yaml with its faces, or remove it from \`fallback\``,
      );
    });
    for (const face of FACES)
      families.get(family)![face].fallback.set(
        script,
        chain.map((f) => f[face]),
      );
  }
}

function fontsError(message: string, hint: string): SheetError {
  return new SheetError([error('fonts', message, { hint })]);
}

async function loadFace(name: string, file: string, world: World, harfbuzz: HarfBuzz): Promise<LoadedFace> {
  const bytes = Buffer.from(await world.readBytes(file));
  const font = fontkit.create(bytes) as fontkit.Font;
  const upm = font.unitsPerEm;
  return {
    name,
    file,
    bytes,
    font,
    ascent: font.ascent / upm,
    descent: font.descent / upm,
    capHeight: font.capHeight / upm,
    unitsPerEm: upm,
    shapes: new Map(),
    fallback: new Map(),
    harfbuzz,
    lazy: {},
    has: new Map(),
  };
}

/** Every face a family draws with: its own and those of its fallback chains, each once. */
export function facesOf(family: FontFamily): LoadedFace[] {
  const all = new Set<LoadedFace>();
  const add = (face: LoadedFace) => {
    if (all.has(face)) return;
    all.add(face);
    for (const chain of face.fallback.values()) chain.forEach(add);
  };
  Object.values(family).forEach(add);
  return [...all];
}

/** Whether the face has a glyph for the code point (remembered: a face has few distinct ones). */
export function hasChar(face: LoadedFace, cp: number): boolean {
  let has = face.has.get(cp);
  if (has === undefined) face.has.set(cp, (has = face.font.hasGlyphForCodePoint(cp)));
  return has;
}
