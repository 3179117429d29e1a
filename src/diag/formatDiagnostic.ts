/** Turns a Diagnostic into the text a person reads: `file:line:col: error: …` and a code frame. */
import type { Diagnostic } from './diagnostic.js';

export function formatDiagnostic(d: Diagnostic, source?: string): string {
  const where = d.span ? `${d.span.file}:${d.span.line}:${d.span.col}: ` : '';
  const lines = [`${where}${d.severity}: ${d.message}`];
  if (d.expected !== undefined) lines.push(`  expected: ${d.expected}`);
  if (d.found !== undefined) lines.push(`  found:    ${d.found}`);
  if (d.span && source !== undefined) lines.push(...codeFrame(source, d.span.line, d.span.col));
  if (d.hint) lines.push(`  hint: ${d.hint}`);
  return lines.join('\n');
}

function codeFrame(source: string, line: number, col: number): string[] {
  const all = source.split(/\r?\n/);
  const text = all[line - 1];
  if (text === undefined) return [];
  const gutter = String(line).length;
  const shown = text.length > 120 ? `${text.slice(0, 117)}...` : text;
  return [
    `  ${' '.repeat(gutter)} |`,
    `  ${line} | ${shown}`,
    `  ${' '.repeat(gutter)} | ${' '.repeat(Math.max(0, Math.min(col, 120) - 1))}^`,
  ];
}

/** GitHub Actions workflow command; `%`, CR and LF must be escaped in the message. */
export function formatGithubAnnotation(d: Diagnostic): string {
  const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escProp = (s: string) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const kind = d.severity === 'error' ? 'error' : 'warning';
  const props = d.span ? ` file=${escProp(d.span.file)},line=${d.span.line},col=${d.span.col}` : '';
  const text = [d.message, d.hint].filter(Boolean).join(' ');
  return `::${kind}${props}::${esc(text)}`;
}
