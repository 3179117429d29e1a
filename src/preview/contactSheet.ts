/**
 * Turns a batch's results into `index.html` in the output folder: a contact sheet of every sheet
 * (thumbnail, status, pages, size, problems, a link to the PDF), one self-contained file (the
 * thumbnails are inline) to open from a CI artifact. Thumbnails are cached by dependency hash in
 * `.factsheet-thumbs/`, so a skipped sheet costs nothing; without `mupdf`, cards show no picture.
 * A build lane writes its sheet's thumbnail as soon as the PDF is made (`writeThumbnail`), so
 * thumbnails are drawn in parallel by the lanes, not one after another at the end of the batch.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SheetResult } from '../cli/buildOne.js';
import { writeAtomic } from '../cli/writeAtomic.js';
import { esc, formatBytes, page, urlPath } from './html.js';
import { copyfitNote, problemLine, sheetEntry, statusOf, type SheetEntry } from './entries.js';
import { renderPages, THUMBNAIL_DPI } from './pageImages.js';

export const CONTACT_SHEET = 'index.html';
const THUMBS_DIR = '.factsheet-thumbs';

export async function writeContactSheet(out: string, summary: { results: SheetResult[] }): Promise<void> {
  const rows: string[] = [];
  const kept = new Set<string>();
  for (const r of summary.results) rows.push(row(sheetEntry(out, r), await thumbnail(out, r, kept)));
  try {
    writeAtomic(path.join(out, CONTACT_SHEET), Buffer.from(contactSheetHtml(rows, summary.results)));
    pruneThumbs(out, kept);
  } catch {
    // an unwritable output folder: every sheet has already said so
  }
}

function contactSheetHtml(rows: string[], results: SheetResult[]): string {
  const count = (s: string) => results.filter((r) => r.status === s).length;
  const body = `<section class="section">
<h2>Every sheet in this build</h2>
<p class="lede">${results.length} sheets: ${count('built')} built, ${count('skipped')} up to date,
${count('failed')} failed. Click a name to open its PDF.</p>
<table class="sheets"><thead><tr><th></th><th>Sheet</th><th>Status</th><th class="num">Pages</th>
<th class="num">Size</th></tr></thead><tbody>${rows.join('\n')}</tbody></table></section>`;
  return page({ title: 'Contact sheet', subtitle: 'PDFs built by factsheet', body });
}

function row(e: SheetEntry, thumb: string | undefined): string {
  const status = statusOf(e);
  const href = e.status === 'failed' ? e.proof : e.pdf;
  const name = href ? `<a href="${esc(urlPath(href))}"><b>${esc(e.name)}</b></a>` : `<b>${esc(e.name)}</b>`;
  const notes = [...e.errors, ...e.warnings].map((d) => `<li>${esc(problemLine(d))}</li>`);
  const fit = copyfitNote(e);
  if (fit) notes.push(`<li>${esc(fit)}</li>`);
  if (e.overflow && e.proof)
    notes.unshift(`<li>The link opens the overflow proof: the overset is marked.</li>`);
  return `<tr><td>${thumb ? `<img alt="Page 1 of ${esc(e.name)}" src="${thumb}">` : ''}</td>
<td>${name}<div class="meta">${esc(e.file)}</div>${notes.length ? `<ul>${notes.join('')}</ul>` : ''}</td>
<td><span class="pill ${status.css}">${esc(status.label)}</span></td>
<td class="num">${e.pages ?? '–'}</td><td class="num">${formatBytes(e.bytes)}</td></tr>`;
}

/** Where the thumbnail of a sheet whose inputs hash to `hash` is kept. */
const thumbnailFile = (out: string, hash: string) => path.join(out, THUMBS_DIR, `${hash.slice(0, 24)}.png`);

/**
 * Draws page 1 of a PDF just built into the thumbnail cache; true when written. Never throws:
 * without mupdf, or on any failure, the contact sheet draws it later or shows no picture.
 */
export async function writeThumbnail(out: string, hash: string, pdf: Uint8Array): Promise<boolean> {
  try {
    const [png] = await renderPages(pdf, THUMBNAIL_DPI, 1);
    if (!png) return false;
    writeAtomic(thumbnailFile(out, hash), png);
    return true;
  } catch {
    return false;
  }
}

/** Page 1 of the PDF (or of the overflow proof) as a data: URL, from the cache when the hash matches. */
async function thumbnail(out: string, r: SheetResult, kept: Set<string>): Promise<string | undefined> {
  const source = r.status === 'failed' ? r.proof : r.outFile;
  if (!source) return undefined;
  const cached = r.status !== 'failed' && r.hash ? thumbnailFile(out, r.hash) : undefined;
  // A skipped sheet's thumbnail is from an earlier build with the same inputs; a built one's
  // from its lane, this build (`thumbnail` set): either way it shows this PDF.
  const fresh = r.status === 'skipped' || r.thumbnail === true;
  try {
    const reuse = cached && fresh && fs.existsSync(cached);
    const png = reuse
      ? fs.readFileSync(cached)
      : (await renderPages(fs.readFileSync(source), THUMBNAIL_DPI, 1))[0];
    if (!png) return undefined;
    if (cached && !reuse) writeAtomic(cached, png);
    if (cached) kept.add(path.basename(cached));
    return `data:image/png;base64,${png.toString('base64')}`;
  } catch {
    return undefined; // no mupdf, or an unreadable file: the row still says everything else
  }
}

function pruneThumbs(out: string, kept: Set<string>): void {
  const dir = path.join(out, THUMBS_DIR);
  for (const f of fs.existsSync(dir) ? fs.readdirSync(dir) : [])
    if (f.endsWith('.png') && !kept.has(f)) fs.rmSync(path.join(dir, f), { force: true });
}
