/** Prints diagnostics for people (with code frames) and, under GitHub Actions, as annotations. */
import * as fs from 'node:fs';
import type { Diagnostic } from '../diag/diagnostic.js';
import { formatDiagnostic, formatGithubAnnotation } from '../diag/formatDiagnostic.js';
import type { CliIo, OutStream } from './io.js';

export class Reporter {
  private readonly sources = new Map<string, string | undefined>();
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
      this.err.write(`${formatDiagnostic(d, d.span ? this.source(d.span.file) : undefined)}\n`);
      if (d.stack && this.debug) this.err.write(`${d.stack}\n`);
      if (this.env.GITHUB_ACTIONS === 'true') this.err.write(`${formatGithubAnnotation(d)}\n`);
    }
  }

  private source(file: string): string | undefined {
    if (!this.sources.has(file)) {
      let text: string | undefined;
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch {
        text = undefined;
      }
      this.sources.set(file, text);
    }
    return this.sources.get(file);
  }
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
