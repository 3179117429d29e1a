/** The library's functions: typed, documented, throwing one SheetError that lists every problem. */
import * as path from 'node:path';
import { SheetError, unwrap, type Diagnostic } from './diag/diagnostic.js';
import { parseSheetText, readSheet, type LoadedSheet } from './loadSheet.js';
import type { Sheet } from './schema/sheet.js';
import { diskWorld, type World } from './world.js';

export interface LoadOptions {
  /** Where files come from; the disk by default. */
  world?: World;
  /** Receives warnings (e.g. an image without alt text); errors are thrown instead. */
  onWarning?: (d: Diagnostic) => void;
}

/**
 * Reads, validates and cross-checks a sheet file with its organisation file and images.
 * @throws SheetError listing every problem, each with file, line and column.
 */
export async function loadSheet(file: string, options: LoadOptions = {}): Promise<LoadedSheet> {
  const result = readSheet(file, options.world ?? diskWorld());
  result.diagnostics.filter((d) => d.severity === 'warning').forEach((d) => options.onWarning?.(d));
  return unwrap(result) as LoadedSheet;
}

/**
 * Parses and validates sheet YAML text. Files it names (org, images) are not read.
 * @param options.filename used in diagnostics; default `sheet.yaml`.
 * @throws SheetError listing every problem.
 */
export function parseSheet(yamlText: string, options: { filename?: string } = {}): Sheet {
  const result = parseSheetText(yamlText, options.filename ?? 'sheet.yaml');
  const value = unwrap(result);
  if (!value) throw new SheetError(result.diagnostics);
  return value.sheet;
}

export function sheetName(file: string): string {
  return path.basename(file).replace(/\.ya?ml$/i, '');
}
