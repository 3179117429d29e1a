import type { Diagnostic } from '../../src/diag/diagnostic.js';

/** `line:col code: message (hint)` — compact, stable lines to compare against. */
export function brief(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.span ? `${d.span.line}:${d.span.col} ` : ''}${d.severity} ${d.code}: ${d.message}${d.hint ? ` (${d.hint})` : ''}`);
}
