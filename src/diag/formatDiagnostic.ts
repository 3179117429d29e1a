/** Turns a Diagnostic into the text a person reads: `file:line:col: error: …` and a code frame. */
import type { Diagnostic } from './diagnostic.js';

/**
 * Every string the CLI prints from a diagnostic goes through here: control characters (C0, DEL,
 * C1) become `\u001b`-style escapes, so content can neither drive the terminal (ESC, BEL) nor
 * start a new line that GitHub Actions would read as a workflow command (`::add-mask::…`).
 * `keep` lists the control characters to leave as they are (a tab in a code frame).
 */
export function escapeControl(s: string, keep = ''): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) =>
    keep.includes(c) ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * The text of the code frame's line comes from `source` (a whole file) or, when that is not
 * given, from `d.lineText` (the line the loader attached). Nothing here reads a file.
 */
export function formatDiagnostic(d: Diagnostic, source?: string): string {
  const where = d.span ? `${escapeControl(d.span.file)}:${d.span.line}:${d.span.col}: ` : '';
  const lines = [`${where}${d.severity}: ${escapeControl(d.message)}`];
  if (d.expected !== undefined) lines.push(`  expected: ${escapeControl(d.expected)}`);
  if (d.found !== undefined) lines.push(`  found:    ${escapeControl(d.found)}`);
  if (d.span) {
    const text = source !== undefined ? source.split(/\r?\n/)[d.span.line - 1] : d.lineText;
    if (text !== undefined) lines.push(...codeFrame(text, d.span.line, d.span.col));
  }
  if (d.hint) lines.push(`  hint: ${escapeControl(d.hint)}`);
  // A line that starts with `::` is a workflow command under GitHub Actions (a file named so).
  return lines.map((l) => l.replace(/^(\s*)::/, '$1\\u003a:')).join('\n');
}

function codeFrame(raw: string, line: number, col: number): string[] {
  const text = escapeControl(raw.replace(/\r$/, ''), '\t');
  const before = escapeControl(raw.slice(0, Math.max(0, col - 1)), '\t');
  const gutter = String(line).length;
  const shown = text.length > 120 ? `${text.slice(0, 117)}...` : text;
  const pad = before.slice(0, 119).replace(/[^\t]/g, ' ');
  return [`  ${' '.repeat(gutter)} |`, `  ${line} | ${shown}`, `  ${' '.repeat(gutter)} | ${pad}^`];
}

/** Workflow-command data: `%`, CR and LF escaped as the runner expects; other controls as `\u…`. */
export function escapeGithubData(s: string): string {
  return escapeControl(s, '\r\n').replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Workflow-command property values additionally escape `:` and `,`. */
export function escapeGithubProperty(s: string): string {
  return escapeGithubData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub Actions workflow command, one line whatever the diagnostic holds. */
export function formatGithubAnnotation(d: Diagnostic): string {
  const kind = d.severity === 'error' ? 'error' : 'warning';
  // The title is what GitHub shows in bold over the message, and in the run's summary.
  const title = `title=${escapeGithubProperty(`factsheet ${d.code}`)}`;
  const props = d.span
    ? ` file=${escapeGithubProperty(d.span.file)},line=${d.span.line},col=${d.span.col},${title}`
    : ` ${title}`;
  const text = [d.message, d.hint].filter(Boolean).join(' ');
  return `::${kind}${props}::${escapeGithubData(text)}`;
}
