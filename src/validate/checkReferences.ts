/** Checks what the schema cannot: footnote references, chart ids and chart data shapes. */
import { error, warning, type Diagnostic } from '../diag/diagnostic.js';
import { spanAt } from '../load/spanAt.js';
import type { SourceFile } from '../load/sourceFile.js';
import type { Sheet } from '../schema/sheet.js';
import { nearest } from './suggest.js';

export const FOOTNOTE_REF = /\[\^([A-Za-z0-9_-]+)\]/g;

export function checkReferences(sheet: Sheet, src: SourceFile): Diagnostic[] {
  return [...checkFootnotes(sheet, src), ...checkCharts(sheet, src)];
}

function checkFootnotes(sheet: Sheet, src: SourceFile): Diagnostic[] {
  const sources = sheet.facts?.sources ?? {};
  const ids = Object.keys(sources);
  const used = new Set<string>();
  const out: Diagnostic[] = [];
  sheet.facts?.items.forEach((text, i) => {
    for (const [, id] of text.matchAll(FOOTNOTE_REF)) {
      used.add(id!);
      if (id! in sources) continue;
      const guess = nearest(id!, ids);
      out.push(error('unknown-footnote', `footnote \`[^${id}]\` has no source`, {
        span: spanAt(src, ['facts', 'items', i]),
        expected: ids.length ? `one of ${ids.map((k) => `\`${k}\``).join(', ')}` : 'a `sources:` entry with this id',
        hint: guess ? `did you mean \`[^${guess}]\`?` : `add \`${id}: "…"\` under facts.sources`,
      }));
    }
  });
  for (const id of ids.filter((k) => !used.has(k))) {
    out.push(warning('unused-footnote', `source \`${id}\` is never referred to`, {
      span: spanAt(src, ['facts', 'sources', id], { key: true }),
      hint: `add [^${id}] after the figure it supports, or remove the source`,
    }));
  }
  return out;
}

function checkCharts(sheet: Sheet, src: SourceFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  const charts = sheet.charts ?? [];
  const seen = new Set<string>();
  charts.forEach((chart, i) => {
    if (seen.has(chart.id)) out.push(error('duplicate-chart', `two charts are called \`${chart.id}\``, { span: spanAt(src, ['charts', i, 'id']) }));
    seen.add(chart.id);
    chart.series.forEach((series, s) => {
      const at = ['charts', i, 'series', s, 'values'];
      if (series.values.length !== chart.labels.length) {
        out.push(error('chart-shape', `chart \`${chart.id}\`: series ${s + 1} has ${series.values.length} values for ${chart.labels.length} labels`, {
          span: spanAt(src, at), expected: `${chart.labels.length} values, one per label`, found: `${series.values.length} values`,
        }));
      }
      const negative = series.values.findIndex((v) => (Array.isArray(v) ? Math.min(...v) : v) < 0);
      if (chart.type === 'doughnut' && negative >= 0) {
        out.push(error('chart-negative', `chart \`${chart.id}\`: a doughnut cannot show the negative value ${String(series.values[negative])}`, {
          span: spanAt(src, [...at, negative]), expected: 'values of 0 or more', hint: 'use a bar chart for values that can fall below zero',
        }));
      }
    });
    if (chart.type === 'doughnut' || chart.type === 'line') {
      chart.series.forEach((series, s) => series.values.forEach((v, k) => {
        if (Array.isArray(v)) out.push(error('chart-range', `chart \`${chart.id}\`: a ${chart.type} chart cannot show the range [${v.join(', ')}]`, { span: spanAt(src, ['charts', i, 'series', s, 'values', k]), expected: 'a single number', hint: 'ranges suit bar and before-after charts' }));
      }));
    }
    if ((chart.type === 'doughnut' || chart.type === 'before-after') && chart.series.length > 1) {
      out.push(error('chart-shape', `chart \`${chart.id}\`: a ${chart.type} chart shows one series`, {
        span: spanAt(src, ['charts', i, 'series']), found: `${chart.series.length} series`,
      }));
    }
  });
  for (const section of ['result', 'prevalence'] as const) {
    const id = sheet[section]?.chart;
    if (id === undefined || seen.has(id)) continue;
    const guess = nearest(id, [...seen]);
    out.push(error('unknown-chart', `no chart is called \`${id}\``, {
      span: spanAt(src, [section, 'chart']), hint: guess ? `did you mean \`${guess}\`?` : 'add it under `charts:` with this id',
    }));
  }
  return out;
}
