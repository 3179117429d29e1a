/**
 * Turns values into HTML text: one escaping function for everything that reaches a page, and the
 * page shell with the stylesheet shared by the preview server and the contact sheet (index.html).
 * The look borrows the program-office template's theme (templates/program-office/theme.yaml):
 * its primary blue, amber accent and pale tint, set in Lato where the page can load it.
 */
import { STYLES } from './styles.js';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an element or a quoted attribute; control characters show as `\u001b`. */
export function esc(value: unknown): string {
  return String(value)
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!)
    .replace(
      /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
}

/** A URL path segment by segment, so `a/x y` stays a path with its slash. */
export const urlPath = (p: string) => p.split('/').map(encodeURIComponent).join('/');

export interface Shell {
  title: string;
  /** Breadcrumb-like line under the title bar. */
  subtitle?: string;
  body: string;
  /** Extra `<head>` content: the preview's font faces and script. */
  head?: string;
  /** Links in the title bar: [label, href]. */
  nav?: [string, string][];
  /** The preview's build generation, which its script compares with each event. */
  generation?: number;
}

export function page(shell: Shell): string {
  const nav = (shell.nav ?? []).map(([label, href]) => `<a href="${esc(href)}">${esc(label)}</a>`).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(shell.title)}</title>
<link rel="icon" href="data:,">
<style>${STYLES}</style>
${shell.head ?? ''}
</head>
<body${shell.generation === undefined ? '' : ` data-generation="${shell.generation}"`}>
<header class="bar"><div class="bar-in">
<div><div class="kicker">factsheet</div><div class="bar-title">${esc(shell.title)}</div>
${shell.subtitle ? `<div class="bar-sub">${esc(shell.subtitle)}</div>` : ''}</div>
<nav>${nav}<span id="live" class="live" hidden></span></nav>
</div></header>
<main id="main">${shell.body}</main>
</body>
</html>
`;
}

/** 149 KB, 1.2 MB: sizes as people read them. */
export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined) return '–';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
