/**
 * Turns the preview's state into pages: the gallery (every sheet, every template's starter) and a
 * page per sheet (its pages as images, its problems, the overflow proof when it does not fit).
 */
import { esc, formatBytes, urlPath } from './html.js';
import { copyfitNote, statusOf, type SheetEntry } from './entries.js';
import { problemCards } from './problems.js';

/** Where a sheet's files are served from and how its images are versioned. */
export interface Shown {
  entry: SheetEntry;
  /** `/out` for the user's sheets, `/starters` for templates. */
  base: string;
  /** The page's own address. */
  href: string;
  /** Changes whenever its images may have: defeats the browser cache. */
  version: string;
  /** The pages of the last good build, shown faded while the sheet has errors. */
  lastGood?: { pages: number; version: string };
}

const imageUrl = (s: Shown, pdf: string, n: number, version = s.version) =>
  `${s.base}/${urlPath(pdf.replace(/\.pdf$/, `-${n}.png`))}?v=${encodeURIComponent(version)}`;

/** The image for a card: page 1, or page 1 of the proof. */
function cardImage(s: Shown): string | undefined {
  const e = s.entry;
  if (e.status !== 'failed') return e.pages ? imageUrl(s, e.pdf, 1) : undefined;
  if (e.proof && e.proofPages) return imageUrl(s, e.proof, 1);
  return s.lastGood ? imageUrl(s, e.pdf, 1, s.lastGood.version) : undefined;
}

export function card(s: Shown, title: string, meta: string): string {
  const img = cardImage(s);
  const status = statusOf(s.entry);
  const stale = s.entry.status === 'failed' && !s.entry.proof ? ' stale' : '';
  return `<a class="card" href="${esc(s.href)}" data-sheet="${esc(s.entry.name)}">
<div class="thumb${stale}">${
    img
      ? `<img loading="lazy" alt="Page 1 of ${esc(title)}" src="${esc(img)}">`
      : '<div class="none">No pages yet</div>'
  }</div>
<div class="card-body"><div class="card-title">${esc(title)}</div><div class="meta">${esc(meta)}</div>
<div class="row"><span class="pill ${status.css}">${esc(status.label)}</span>
<span class="meta">${s.entry.pages ? `${s.entry.pages} p.` : ''}</span></div></div></a>`;
}

/** Pages on the left and problems beside them; with no page to show, the problems take the page. */
export function sheetBody(s: Shown): string {
  const e = s.entry;
  const images = pageImages(s);
  const problems = problemCards([...e.errors, ...e.warnings]);
  const left = images ? `<div class="pages">${images}</div>` : `<div class="problems-main">${problems}</div>`;
  return `<div class="layout" data-status="${esc(statusOf(e).css)}">${left}
<aside class="side">${sidePanel(s)}${images ? problems : ''}</aside>
</div>`;
}

function pageImages(s: Shown): string {
  const e = s.entry;
  const figure = (src: string, caption: string, css = '') =>
    `<figure class="page-img${css}"><img src="${esc(src)}" alt="${esc(caption)}">` +
    `<figcaption>${esc(caption)}</figcaption></figure>`;
  const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
  if (e.status !== 'failed')
    return range(e.pages ?? 0)
      .map((n) => figure(imageUrl(s, e.pdf, n), `Page ${n}`))
      .join('');
  if (e.proof && e.proofPages)
    return `<div class="proof-label">Overflow proof: the overset is marked in red</div>${range(e.proofPages)
      .map((n) => figure(imageUrl(s, e.proof!, n), `Proof page ${n}`))
      .join('')}`;
  if (!s.lastGood) return '';
  const good = s.lastGood;
  return range(good.pages)
    .map((n) =>
      figure(imageUrl(s, e.pdf, n, good.version), `Page ${n} of the last version that built`, ' stale'),
    )
    .join('');
}

function sidePanel(s: Shown): string {
  const e = s.entry;
  const status = statusOf(e);
  const note = copyfitNote(e);
  const download = e.status === 'failed' ? e.proof : e.pdf;
  const label = e.status === 'failed' ? 'Download the proof' : 'Download the PDF';
  const facts = [
    ['Status', `<span class="pill ${status.css}">${esc(status.label)}</span>`],
    ['Sheet', esc(e.file)],
    ['Pages', String(e.pages ?? e.proofPages ?? '–')],
    ['Size', formatBytes(e.bytes)],
  ];
  const lead = e.overflow
    ? '<p>The content does not fit its pages. Cut the lines named below, or allow more pages.</p>'
    : e.status === 'failed'
      ? '<p>This sheet has problems. Each one says where it is and how to fix it; ' +
        'save the file and this page updates with the pages.</p>'
      : '';
  return `<section class="panel">
<dl class="facts">${facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>
${lead}${note ? `<p class="note">${esc(note)}</p>` : ''}
${download ? `<a class="button" href="${esc(`${s.base}/${urlPath(download)}`)}" download>${label}</a>` : ''}
</section>`;
}
