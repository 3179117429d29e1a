/** Finds things across a sheet's sections: rich-text fields (for footnotes) and charts. */
import type { DataPath } from '../load/spanAt.js';
import type { Chart } from '../schema/chart.js';
import { sectionParts } from '../schema/sectionParts.js';
import type { Sheet } from '../schema/sheet.js';
import { KIND_RICH } from '../schema/compiled.js';

export interface Found<T> {
  value: T;
  /** Where it is in the sheet, e.g. ['sections', 3, 'facts', 'items', 0]. */
  path: DataPath;
}

/** Every rich-text field in reading order (footnotes are numbered in this order). */
export function richTexts(sheet: Sheet): Found<string>[] {
  return sheet.sections.flatMap((item, i) => {
    const { kind, body } = sectionParts(item);
    return KIND_RICH[kind].flatMap((field) =>
      collect(body, field.split('.'), ['sections', i, kind]),
    );
  });
}

/** `items[]` walks every item of a list; a plain name walks into a field. */
function collect(node: unknown, steps: string[], at: DataPath): Found<string>[] {
  if (!steps.length) return typeof node === 'string' ? [{ value: node, path: at }] : [];
  const [step, ...more] = steps as [string, ...string[]];
  const name = step.replace(/\[\]$/, '');
  const value = (node as Record<string, unknown> | undefined)?.[name];
  if (!step.endsWith('[]')) return collect(value, more, [...at, name]);
  return Array.isArray(value) ? value.flatMap((v, k) => collect(v, more, [...at, name, k])) : [];
}

/** Every chart: a `chart` section's, or one inside a result or prevalence section. */
export function sheetCharts(sheet: Sheet): Found<Chart>[] {
  return sheet.sections.flatMap((item, i): Found<Chart>[] => {
    const { kind, body } = sectionParts(item);
    if (kind === 'chart') return [{ value: body as unknown as Chart, path: ['sections', i, kind] }];
    const inner = (body as { chart?: Chart }).chart;
    return inner ? [{ value: inner, path: ['sections', i, kind, 'chart'] }] : [];
  });
}

/** A chart's id: where it is written, e.g. `sections[5].chart` (unique within a sheet). */
export const chartId = (path: DataPath) =>
  path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '');
