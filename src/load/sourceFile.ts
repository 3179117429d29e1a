/** A loaded YAML file: its text, its parsed Document (every node keeps its range) and line index. */
import type { Document, LineCounter } from 'yaml';

export interface SourceFile {
  /** The path as the user gave it (used in messages). */
  file: string;
  text: string;
  doc: Document.Parsed;
  lines: LineCounter;
}
