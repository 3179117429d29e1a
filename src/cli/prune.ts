/**
 * Removes outputs nothing makes any more, so a restored or reused output folder (CI's cached
 * out/) never ships them: the PDF, previews and proof of a sheet whose file is gone, and the
 * previews of pages a shorter sheet no longer has. Returns what it removed, to say so.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { previewFile, proofFile } from './outputFiles.js';
import type { Manifest } from './manifest.js';

/** Sheets the manifest knows whose file no longer exists: their outputs go, and their entries. */
export function pruneRemovedSheets(out: string, manifest: Manifest): string[] {
  const removed: string[] = [];
  for (const [key, entry] of Object.entries(manifest.sheets)) {
    if (fs.existsSync(path.resolve(out, key))) continue;
    const pdf = path.join(out, ...entry.pdf.split('/'));
    removed.push(...removeAll([pdf, proofFile(pdf), ...previews(pdf, 1)]));
    delete manifest.sheets[key];
  }
  return removed;
}

/** The previews after the last page of a sheet that now has `pages` pages. */
export function pruneExtraPreviews(pdf: string, pages: number): string[] {
  return removeAll(previews(pdf, pages + 1));
}

/** The preview files from page `first` on that exist (they are numbered without gaps). */
function previews(pdf: string, first: number): string[] {
  const found: string[] = [];
  for (let n = first; fs.existsSync(previewFile(pdf, n)); n++) found.push(previewFile(pdf, n));
  return found;
}

function removeAll(files: string[]): string[] {
  return files.filter((f) => {
    try {
      fs.rmSync(f);
      return true;
    } catch {
      return false;
    }
  });
}
