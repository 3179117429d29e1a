/**
 * Prints diagnostics for people (with code frames) and, under GitHub Actions, as annotations.
 * Code frames come only from the line the loader attached to a diagnostic (`lineText`): never
 * from re-reading a path in a span.
 */
import type { Diagnostic } from '../diag/diagnostic.js';
import { escapeControl, formatDiagnostic, formatGithubAnnotation } from '../diag/formatDiagnostic.js';
import type { CliIo, OutStream } from './io.js';

export class Reporter {
  errors = 0;
  warnings = 0;

  constructor(
    private readonly err: OutStream,
    private readonly env: CliIo['env'] = {},
    private readonly debug = false,
  ) {}

  report(diagnostics: readonly Diagnostic[]): void {
    for (const d of diagnostics) {
      if (d.severity === 'error') this.errors++;
      else this.warnings++;
      this.err.write(`${formatDiagnostic(d)}\n`);
      if (d.stack && this.debug)
        this.err.write(`${escapeControl(d.stack, '\n\t').replace(/^(\s*)::/gm, '$1\\u003a:')}\n`);
      if (this.env.GITHUB_ACTIONS === 'true') this.err.write(`${formatGithubAnnotation(d)}\n`);
    }
  }
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
