/**
 * The build manifest in the output folder: per sheet, the hash of everything its PDF depends
 * on. A sheet whose hash is unchanged and whose PDF is present and intact is not built again.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeAtomic } from './writeAtomic.js';

export const MANIFEST_FILE = '.factsheet-manifest.json';

export interface ManifestEntry {
  hash: string;
  /** PDF file name in the output folder. */
  pdf: string;
  bytes: number;
  pages: number;
  /** The type scale copyfit chose, when below 1 (so a skipped sheet can still say so). */
  scale?: number;
}

export interface Manifest {
  version: 1;
  /** By sheet path relative to the output folder. */
  sheets: Record<string, ManifestEntry>;
}

export function readManifest(outDir: string): Manifest {
  try {
    const data = JSON.parse(fs.readFileSync(path.join(outDir, MANIFEST_FILE), 'utf8')) as Manifest;
    if (data.version === 1 && data.sheets && typeof data.sheets === 'object') return data;
  } catch {
    // missing or damaged: everything is built
  }
  return { version: 1, sheets: {} };
}

export function writeManifest(outDir: string, manifest: Manifest): void {
  writeAtomic(path.join(outDir, MANIFEST_FILE), Buffer.from(`${JSON.stringify(manifest, null, 1)}\n`));
}

export const manifestKey = (outDir: string, sheetFile: string) =>
  path.relative(outDir, path.resolve(sheetFile));

/** The PDF is there, has the size the manifest recorded, and ends as a complete PDF does. */
export function pdfIntact(file: string, bytes: number): boolean {
  try {
    const st = fs.statSync(file);
    if (st.size !== bytes || bytes < 16) return false;
    const fd = fs.openSync(file, 'r');
    const tail = Buffer.alloc(16);
    fs.readSync(fd, tail, 0, 16, bytes - 16);
    fs.closeSync(fd);
    return tail.toString('latin1').includes('%%EOF');
  } catch {
    return false;
  }
}
