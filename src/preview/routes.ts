/**
 * Turns a request path into a preview page: the gallery, a sheet, a template's starter, or a
 * "not found" page. Only HTML; files and events are served by the server.
 */
import { esc } from './html.js';
import type { SheetEntry } from './entries.js';
import { imageVersion, type PreviewState } from './session.js';
import { card, sheetBody, type Shown } from './views.js';

export interface View {
  status: number;
  title: string;
  subtitle?: string;
  body: string;
}

export function route(pathname: string, state: PreviewState): View {
  if (pathname === '/') return gallery(state);
  const [, kind, ...rest] = pathname.split('/');
  const name = rest.map(decodeURIComponent).join('/');
  if (kind === 'sheet') {
    const e = state.sheets.find((s) => s.name === name);
    if (e)
      return {
        status: 200,
        title: e.name,
        subtitle: e.file,
        body: banner(state) + sheetBody(sheetShown(e, state)),
      };
  }
  if (kind === 'template') {
    const e = state.starters.find((s) => s.name === name);
    if (e)
      return {
        status: 200,
        title: `Template: ${e.name}`,
        subtitle: `What factsheet init NAME --template ${e.name} writes, built as it is`,
        body: sheetBody(starterShown(e, state)),
      };
  }
  return {
    status: 404,
    title: 'Not found',
    body: `<p class="empty">There is no page here. <a href="/">Back to the gallery</a></p>`,
  };
}

const sheetShown = (e: SheetEntry, state: PreviewState): Shown => ({
  entry: e,
  base: '/out',
  href: `/sheet/${e.name.split('/').map(encodeURIComponent).join('/')}`,
  version: imageVersion(e, state.generation),
  lastGood: state.lastGood.get(e.name),
});

const starterShown = (e: SheetEntry, state: PreviewState): Shown => ({
  entry: e,
  base: '/starters',
  href: `/template/${encodeURIComponent(e.name)}`,
  version: imageVersion(e, state.generation),
});

function banner(state: PreviewState): string {
  return state.problem ? `<div class="banner">${esc(state.problem)}</div>` : '';
}

function gallery(state: PreviewState): View {
  const sheets = state.sheets.map((e) => card(sheetShown(e, state), e.name, e.file)).join('\n');
  const starters = state.starters
    .map((e) => card(starterShown(e, state), e.name, `factsheet init NAME --template ${e.name}`))
    .join('\n');
  const failed = state.sheets.filter((e) => e.status === 'failed').length;
  const body = `${banner(state)}<section class="section" id="sheets"><h2>Your sheets</h2>
<p class="lede">${state.sheets.length} sheets${failed ? `, ${failed} with problems` : ', all building'}.
Open one to see every page; it updates each time you save.</p>
<div class="grid">${sheets || '<p class="empty">No sheets yet.</p>'}</div></section>
<section class="section" id="templates"><h2>Templates</h2>
<p class="lede">What each template looks like, filled with its starter text. Start a sheet from one with
<code>npx factsheet init NAME --template TEMPLATE</code>.</p>
<div class="grid">${
    starters || '<p class="empty">This templates folder has no starter sheets.</p>'
  }</div></section>`;
  return { status: 200, title: 'Gallery', subtitle: 'Every sheet and template, rebuilt as you save', body };
}
