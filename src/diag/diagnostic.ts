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
   * file the loader read (see trustSource), so printing never re-reads a path named in a span.
   * It travels with the diagnostic (to the parent of `build --jobs N`, into `--json`).
   */
  lineText?: string;
}

/** Lines of the sheet and organisation files the loader read, by the path used in their spans. */
const trusted = new Map<string, string[]>();

/** Records a sheet's or organisation file's text (the loader calls this, nothing else). */
export function trustSource(file: string, text: string): void {
  trusted.set(file, text.split(/\r?\n/));
}

/** The line at a span in a trusted source, or undefined. */
export function trustedLine(span: Span | undefined): string | undefined {
  return span ? trusted.get(span.file)?.[span.line - 1] : undefined;
}

/** Attaches the code-frame line to each diagnostic whose span is in a trusted source. */
export function withLineText<T extends Diagnostic>(diagnostics: T[]): T[] {
  for (const d of diagnostics) {
    if (d.lineText === undefined) {
      const line = trustedLine(d.span);
      if (line !== undefined) d.lineText = line;
    }
  }
  return diagnostics;
}

/** A stage's output together with what it had to say. */
export interface Result<T> {
  value: T;
  diagnostics: Diagnostic[];
}

export function error(code: string, message: string, extra: Partial<Diagnostic> = {}): Diagnostic {
  return withLine({ severity: 'error', code, message, ...extra });
}

export function warning(code: string, message: string, extra: Partial<Diagnostic> = {}): Diagnostic {
  return withLine({ severity: 'warning', code, message, ...extra });
}

function withLine(d: Diagnostic): Diagnostic {
  const line = d.lineText === undefined ? trustedLine(d.span) : undefined;
  return line === undefined ? d : { ...d, lineText: line };
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
