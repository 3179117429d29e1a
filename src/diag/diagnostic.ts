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
