/** factsheet: YAML fact-sheet definitions in, print-ready PDF handouts out. */
export {
  createEngine,
  loadSheet,
  parseSheet,
  renderSheet,
  renderFile,
  type Engine,
  type LoadOptions,
  type RenderOptions,
} from './api.js';
export type { EngineOptions } from './engine.js';
export { SheetError, type Diagnostic, type Span, type Severity } from './diag/diagnostic.js';
export { formatDiagnostic } from './diag/formatDiagnostic.js';
export type { LoadedSheet } from './loadSheet.js';
export type { Sheet, SectionData } from './schema/sheet.js';
export { SECTION_KINDS, KIND_NAMES, type KindName } from './sections/registry.js';
export type { Org } from './schema/org.js';
export type { Chart } from './schema/chart.js';
export { sheetJsonSchema, orgJsonSchema } from './schema/jsonSchema.js';
export { diskWorld, emptyWorld, memoryWorld, type FileInfo, type World } from './world.js';
export { LIMITS } from './load/limits.js';
export { renderPreviews } from './preview/pageImages.js';
export { buildSheets, type BatchOptions, type BatchSummary } from './build/batch.js';
export { startPreview, type PreviewServer } from './preview/server.js';
