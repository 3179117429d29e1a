/** Checks what the schema cannot: footnote references, chart data shapes, before/after vs chart. */
import { error, warning, type Diagnostic } from '../diag/diagnostic.js';
import { spanAt, type DataPath } from '../load/spanAt.js';
import type { SourceFile } from '../load/sourceFile.js';
import type { Chart } from '../schema/chart.js';
import { sectionParts } from '../schema/sectionParts.js';
import type { Sheet } from '../schema/sheet.js';
import { richTexts, sheetCharts } from '../sections/walk.js';
import { nearest } from './suggest.js';

export const FOOTNOTE_REF = /\[\^([A-Za-z0-9_-]+)\]/g;

export function checkReferences(sheet: Sheet, src: SourceFile): Diagnostic[] {
  return [
    ...checkFootnotes(sheet, src),
    ...sheetCharts(sheet).flatMap((c) => checkChart(c.value, c.path, src)),
    ...checkResults(sheet, src),
    ...checkTables(sheet, src),
  ].sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
}

/** Every row of a table has one cell per column; in YAML a comma inside `[…]` starts a new cell. */
function checkTables(sheet: Sheet, src: SourceFile): Diagnostic[] {
  return sheet.sections.flatMap((item, i) => {
    const { kind, body } = sectionParts(item);
    if (kind !== 'table') return [];
    const columns = (body.columns as unknown[]).length;
    return (body.rows as unknown[][]).flatMap((row, r) =>
      row.length === columns
        ? []
        : [
            error('table-shape', `table row ${r + 1} has ${row.length} cells for ${columns} columns`, {
              span: spanAt(src, ['sections', i, kind, 'rows', r]),
              expected: `${columns} cells, one per column`,
              found: `${row.length} cells`,
              hint: 'a cell with a comma in it needs quotes: ["Cebu, the Philippines", …]',
            }),
          ],
    );
  });
}

/** Footnote sources declared in any facts section, by id, with where each is declared. */
export function footnoteSources(sheet: Sheet): Map<string, { text: string; path: DataPath }> {
  const out = new Map<string, { text: string; path: DataPath }>();
  sheet.sections.forEach((item, i) => {
    const { kind, body } = sectionParts(item);
    if (kind !== 'facts') return;
    for (const [id, text] of Object.entries((body.sources ?? {}) as Record<string, string>)) {
      if (!out.has(id)) out.set(id, { text, path: ['sections', i, kind, 'sources', id] });
    }
  });
  return out;
}

function checkFootnotes(sheet: Sheet, src: SourceFile): Diagnostic[] {
  const sources = footnoteSources(sheet);
  const ids = [...sources.keys()];
  const used = new Set<string>();
  const out: Diagnostic[] = [];
  for (const { value, path } of richTexts(sheet)) {
    for (const [, id] of value.matchAll(FOOTNOTE_REF)) {
      used.add(id!);
      if (sources.has(id!)) continue;
      const guess = nearest(id!, ids);
      out.push(
        error('unknown-footnote', `footnote \`[^${id}]\` has no source`, {
          span: spanAt(src, path),
          expected: ids.length
            ? `one of ${ids.map((k) => `\`${k}\``).join(', ')}`
            : 'a `sources:` entry with this id',
          hint: guess
            ? `did you mean \`[^${guess}]\`?`
            : `add \`${id}: "…"\` under the \`sources:\` of a facts section`,
        }),
      );
    }
  }
  for (const [id, { path }] of sources) {
    if (used.has(id)) continue;
    out.push(
      warning('unused-footnote', `source \`${id}\` is never referred to`, {
        span: spanAt(src, path, { key: true }),
        hint: `add [^${id}] after the figure it supports, or remove the source`,
      }),
    );
  }
  return out;
}

function checkChart(chart: Chart, at: DataPath, src: SourceFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  const name = `chart “${chart.title}”`;
  chart.series.forEach((series, s) => {
    const values = [...at, 'series', s, 'values'];
    if (series.values.length !== chart.labels.length) {
      out.push(
        error(
          'chart-shape',
          `${name}: series ${s + 1} has ${series.values.length} values for ${chart.labels.length} labels`,
          {
            span: spanAt(src, values),
            expected: `${chart.labels.length} values, one per label`,
            found: `${series.values.length} values`,
          },
        ),
      );
    }
    series.values.forEach((v, k) => out.push(...checkValue(chart, v, [...values, k], src)));
  });
  if ((chart.type === 'doughnut' || chart.type === 'before-after') && chart.series.length > 1) {
    out.push(
      error('chart-shape', `${name}: a ${chart.type} chart shows one series`, {
        span: spanAt(src, [...at, 'series']),
        found: `${chart.series.length} series`,
      }),
    );
  }
  return out;
}

function checkValue(chart: Chart, v: number | number[], at: DataPath, src: SourceFile): Diagnostic[] {
  const name = `chart “${chart.title}”`;
  if (Array.isArray(v) && (chart.type === 'doughnut' || chart.type === 'line')) {
    return [
      error('chart-range', `${name}: a ${chart.type} chart cannot show the range [${v.join(', ')}]`, {
        span: spanAt(src, at),
        expected: 'a single number',
        hint: 'ranges suit bar and before-after charts',
      }),
    ];
  }
  if (chart.type === 'doughnut' && (Array.isArray(v) ? Math.min(...v) : v) < 0) {
    return [
      error('chart-negative', `${name}: a doughnut cannot show the negative value ${String(v)}`, {
        span: spanAt(src, at),
        expected: 'values of 0 or more',
        hint: 'use a bar chart for values that can fall below zero',
      }),
    ];
  }
  return [];
}

/** A result's printed before/after figures should say what its chart shows. */
function checkResults(sheet: Sheet, src: SourceFile): Diagnostic[] {
  return sheet.sections.flatMap((item, i) => {
    const { kind, body } = sectionParts(item);
    const chart = (body as { chart?: Chart }).chart;
    if (kind !== 'result' || !chart) return [];
    const values = chart.series[0]?.values ?? [];
    const pairs = [
      ['before', values[0]],
      ['after', values.at(-1)],
    ] as const;
    return pairs.flatMap(([side, v]) => {
      const printed = (body[side] as { value: string }).value;
      if (v === undefined || sameNumbers(printed, v)) return [];
      return [
        warning(
          'result-mismatch',
          `the ${side} figure “${printed}” is not what the chart shows ` +
            `(${Array.isArray(v) ? v.join('–') : v})`,
          {
            span: spanAt(src, ['sections', i, kind, side, 'value']),
            hint: 'make the printed figure and the chart data agree',
          },
        ),
      ];
    });
  });
}

/** "15–30%" against [15, 30]; "0.1%" against 0.1. Figures without digits ("one in ten") pass. */
function sameNumbers(printed: string, v: number | number[]): boolean {
  const found = [...printed.replace(/,/g, '').matchAll(/\d+(\.\d+)?/g)].map((m) => Number(m[0]));
  if (!found.length) return true;
  const want = Array.isArray(v) ? v : [v];
  return found.length === want.length && found.every((n, k) => Math.abs(n - want[k]!) < 1e-9);
}
