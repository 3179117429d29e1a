/**
 * Turns diagnostics into the problem cards of a preview page: where (file:line:col), what, what
 * was expected and found, the code frame with a caret under the column, and the hint.
 */
import type { Diagnostic } from '../diag/diagnostic.js';
import { esc } from './html.js';

export function problemCards(diagnostics: readonly Diagnostic[]): string {
  if (!diagnostics.length) return '';
  return `<div class="problems">${diagnostics.map(problemCard).join('\n')}</div>`;
}

/** Escaped text with `code` in backticks set as code, as messages and hints write names. */
const prose = (text: string) => esc(text).replace(/`([^`]+)`/g, '<code>$1</code>');

function problemCard(d: Diagnostic): string {
  const where = d.span ? `${d.span.file}:${d.span.line}:${d.span.col}` : '';
  const expected = [
    d.expected !== undefined ? `<div><span>expected</span> ${prose(d.expected)}</div>` : '',
    d.found !== undefined ? `<div><span>found</span> ${esc(d.found)}</div>` : '',
  ].join('');
  return `<article class="problem ${d.severity}" data-code="${esc(d.code)}">
<div class="where"><span class="sev">${d.severity}</span>${esc(where)}</div>
<div class="message">${prose(d.message)}</div>
${expected ? `<div class="expected">${expected}</div>` : ''}${codeFrame(d)}
${d.hint ? `<div class="hint"><b>Hint:</b> ${prose(d.hint)}</div>` : ''}
</article>`;
}

/** The line the loader attached (never re-read from disk), with a caret under the column. */
function codeFrame(d: Diagnostic): string {
  if (!d.span || d.lineText === undefined) return '';
  const text = d.lineText.replace(/\r$/, '');
  const shown = text.length > 120 ? `${text.slice(0, 117)}...` : text;
  const gutter = String(d.span.line);
  const pad = text.slice(0, Math.min(119, Math.max(0, d.span.col - 1))).replace(/[^\t]/g, ' ');
  return `<pre class="frame"><span class="ln">${gutter} │</span> ${esc(shown)}
<span class="ln">${' '.repeat(gutter.length)} │</span> ${esc(pad)}<span class="caret">^</span></pre>`;
}
