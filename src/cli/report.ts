/**
 * Prints diagnostics for people (with code frames) and, under GitHub Actions, as annotations.
 * Code frames come only from the line the loader attached to a diagnostic (`lineText`): never
 * from re-reading a path in a span.
 */
import type { Diagnostic } from '../diag/diagnostic.js';
import { escapeControl, formatDiagnostic, formatGithubAnnotation } from '../diag/formatDiagnostic.js';
import { painter, type Paint } from './colour.js';
import type { CliIo, OutStream } from './io.js';

export class Reporter {
  errors = 0;
  warnings = 0;
  /**
   * Annotations already printed: a mistake in a shared file (org.yaml) is reported with every
   * sheet that uses it, but GitHub shows only ten annotations a step, so each is printed once.
   */
  private readonly annotated = new Set<string>();

  private readonly paint: Paint;

  constructor(
    private readonly err: OutStream,
    private readonly env: CliIo['env'] = {},
    private readonly debug = false,
  ) {
    this.paint = painter(err, env);
  }

  report(diagnostics: readonly Diagnostic[]): void {
    for (const d of diagnostics) {
      if (d.severity === 'error') this.errors++;
      else this.warnings++;
      this.err.write(`${this.coloured(formatDiagnostic(d), d.severity)}\n`);
      if (d.stack && this.debug)
        this.err.write(`${escapeControl(d.stack, '\n\t').replace(/^(\s*)::/gm, '$1\\u003a:')}\n`);
      if (this.env.GITHUB_ACTIONS === 'true') this.annotate(formatGithubAnnotation(d));
    }
  }

  /** The severity word of the first line in red or yellow; the rest stays plain. */
  private coloured(text: string, severity: Diagnostic['severity']): string {
    const word = `${severity}:`;
    const at = text.indexOf(word);
    const newline = text.indexOf('\n');
    if (at < 0 || (newline >= 0 && at > newline)) return text;
    const style = severity === 'error' ? 'red' : 'yellow';
    return `${text.slice(0, at)}${this.paint(style, word)}${text.slice(at + word.length)}`;
  }

  private annotate(line: string): void {
    if (this.annotated.has(line)) return;
    this.annotated.add(line);
    this.err.write(`${line}\n`);
  }
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
