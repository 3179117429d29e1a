/**
 * Keeps shaped text across processes: a cold build finds the words earlier builds shaped, so
 * fontkit never decodes a face's GSUB/GPOS tables nor runs its lookups (about half the CPU time
 * of rendering a first sheet, measured). The engine holds the store (`EngineCaches.shapeStore`);
 * the shaper sees only its usual per-face map (`LoadedFace.shapes`), which the store fills when a
 * font registry is made and saves when a batch ends, so a new shaper keeps the store as it is.
 *
 * One file per face and shaper: `shapes-<key>.json`, the key a hash of the font file's bytes,
 * of the shaping code (src/fonts and src/text as installed) and of fontkit's version. A changed
 * font or shaper is a different file, never a stale answer. Each file starts with a line naming
 * its format and the sha256 of the rest; a file that does not match (damaged, cut short, edited)
 * is ignored and replaced. Writes go to a temporary file renamed over the old one, so concurrent
 * builds never see half a file; the last one to save wins, after merging what it found there.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import type { FontRegistry, LoadedFace } from '../fonts/registry.js';
import type { Shaped } from '../fonts/shape.js';
import { writeAtomic } from '../cli/writeAtomic.js';
import { cacheFolder } from './cacheDir.js';
import { CODE_DIR } from '../paths.js';

export interface ShapeStore {
  /** Fills every face of a newly made registry with the shapes saved for it (once per face). */
  fill(registry: FontRegistry): void;
  /** Saves the faces filled by this store whose shapes grew since they were filled or saved. */
  save(): void;
}

const FORMAT = 'factsheet-shapes 1';
/** Per face: the words of a few hundred sheets; more would slow every cold start's reading. */
const MAX_ENTRIES = 20_000;

/**
 * The store of batch builds (`factsheet build`, `buildSheets`), in `cacheFolder` (none when
 * FACTSHEET_CACHE_DIR is `off`).
 */
export function userShapeStore(env: NodeJS.ProcessEnv = process.env): ShapeStore | undefined {
  const dir = cacheFolder(env);
  if (dir === undefined) return undefined;
  try {
    return diskShapeStore(dir);
  } catch {
    return undefined; // the shaping code could not be read to key the store: build without it
  }
}

/** A store in `dir`; reading or writing it never fails a build (a cache only saves time). */
export function diskShapeStore(dir: string): ShapeStore {
  const shaper = shaperId();
  const filled = new Map<LoadedFace, { file: string; saved: number }>();
  return {
    fill(registry) {
      for (const family of registry.families.values())
        for (const face of Object.values(family)) {
          if (filled.has(face)) continue;
          const file = path.join(dir, `shapes-${faceKey(face, shaper)}.json`);
          for (const [text, shaped] of readShapes(file) ?? [])
            if (!face.shapes.has(text)) face.shapes.set(text, shaped);
          filled.set(face, { file, saved: face.shapes.size });
        }
    },
    save() {
      for (const [face, entry] of filled) {
        if (face.shapes.size === entry.saved) continue;
        const merged = new Map(readShapes(entry.file) ?? []);
        for (const [text, shaped] of face.shapes) merged.set(text, shaped);
        try {
          writeShapes(entry.file, [...merged].slice(0, MAX_ENTRIES));
          entry.saved = face.shapes.size;
        } catch {
          // a read-only or full cache folder: the next build shapes again, nothing worse
        }
      }
    },
  };
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

const faceKey = (face: LoadedFace, shaper: string) => sha256(`${shaper}\n${sha256(face.bytes)}`).slice(0, 32);

/**
 * What shaping results depend on besides the font: the shaping code as installed (every file
 * of the compiled fonts and text folders, which the bundled command line is made from) and
 * fontkit's version.
 */
function shaperId(): string {
  const h = createHash('sha256').update(FORMAT);
  for (const folder of ['fonts', 'text']) {
    const dir = path.join(CODE_DIR, folder);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      if (fs.statSync(file).isFile()) h.update(`../${folder}/${name}\n`).update(fs.readFileSync(file));
    }
  }
  return h.update(`fontkit ${packageVersion('fontkit')}`).digest('hex');
}

/** A dependency's version, from the package.json above its entry (fontkit exports no path to it). */
function packageVersion(name: string): string {
  let dir = path.dirname(createRequire(import.meta.url).resolve(name));
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

type Entry = [string, Shaped];

function readShapes(file: string): Entry[] | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const newline = text.indexOf('\n');
  const body = text.slice(newline + 1);
  if (newline < 0 || text.slice(0, newline) !== `${FORMAT} ${sha256(body)}`) return undefined;
  try {
    const entries = JSON.parse(body) as unknown;
    return Array.isArray(entries) && entries.every(isEntry) ? entries : undefined;
  } catch {
    return undefined;
  }
}

function writeShapes(file: string, entries: Entry[]): void {
  const body = JSON.stringify(entries);
  writeAtomic(file, Buffer.from(`${FORMAT} ${sha256(body)}\n${body}`));
}

/** The shape of an entry, checked so that a file written by other code is never trusted. */
function isEntry(e: unknown): e is Entry {
  if (!Array.isArray(e) || e.length !== 2 || typeof e[0] !== 'string') return false;
  const s = e[1] as Partial<Shaped> | null;
  return (
    typeof s === 'object' &&
    s !== null &&
    typeof s.advance === 'number' &&
    Array.isArray(s.missing) &&
    Array.isArray(s.glyphs) &&
    s.glyphs.every(
      (g) => typeof g?.id === 'number' && typeof g.advance === 'number' && typeof g.text === 'string',
    )
  );
}
