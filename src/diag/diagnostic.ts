/** Diagnostics are data: every stage returns them, only the CLI prints them. */

/** A place in a source file: byte offsets plus the 1-based line and column of the start. */
export interface Span {
  file: string;
  start: number;
  end: number;
  line: number;
  col: number;
}

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  /** Stable machine-readable code, e.g. `unknown-key`, `overflow`. */
  code: string;
  message: string;
  span?: Span;
  expected?: string;
  found?: string;
  hint?: string;
  /** For internal errors only: printed with --debug. */
  stack?: string;
  /**
   * The text of the span's line, for the code frame: attached only from a sheet or organisation
   * file the loader read (see withLineText), so printing never re-reads a path named in a span.
   * It travels with the diagnostic (to the parent of `build --jobs N`, into `--json`).
   */
  lineText?: string;
}

/** A file's text, as a stage that read and parsed it holds it. */
export interface SourceText {
  file: string;
  text: string;
}

/**
 * Attaches the code-frame line to each diagnostic whose span is in one of `sources` (texts the
 * caller itself read and parsed), so printing never re-reads a path named in a span.
 */
export function withLineText<T extends Diagnostic>(
  diagnostics: readonly T[],
  sources: readonly SourceText[],
): T[] {
  const lines = new Map(sources.map((s) => [s.file, s.text.split(/\r?\n/)]));
  return diagnostics.map((d) => {
    const line = d.span && d.lineText === undefined ? lines.get(d.span.file)?.[d.span.line - 1] : undefined;
    return line === undefined ? d : { ...d, lineText: line };
  });
}

/** A stage's output together with what it had to say. */
export interface Result<T> {
  value: T;
  diagnostics: Diagnostic[];
}

export function error(code: string, message: string, extra: Partial<Diagnostic> = {}): Diagnostic {
  return { severity: 'error', code, message, ...extra };
}

export function warning(code: string, message: string, extra: Partial<Diagnostic> = {}): Diagnostic {
  return { severity: 'warning', code, message, ...extra };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Thrown by the public library functions; carries every diagnostic, not just the first. */
export class SheetError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const first = errors[0] ?? diagnostics[0];
    const where = first?.span ? `${first.span.file}:${first.span.line}:${first.span.col}: ` : '';
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    super(`${where}${first?.message ?? 'invalid sheet'}${more}`);
    this.name = 'SheetError';
    this.diagnostics = diagnostics;
  }
}

/** Throws a SheetError when any diagnostic is an error; returns the value otherwise. */
export function unwrap<T>(result: Result<T>): T {
  if (hasErrors(result.diagnostics)) throw new SheetError(result.diagnostics);
  return result.value;
}
