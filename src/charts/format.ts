/** How chart values are printed: with the chart's unit, ranges with an en dash. */
import type { Chart } from '../schema/chart.js';

export type ChartValue = Chart['series'][number]['values'][number];

export function formatValue(value: ChartValue, unit: Chart['unit'], lang = 'en-US'): string {
  const fmt = (n: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(n);
  const suffix = unit === '%' ? '%' : '';
  return Array.isArray(value) ? `${fmt(value[0])}–${fmt(value[1])}${suffix}` : `${fmt(value)}${suffix}`;
}

/** The height a value reaches: a range's top. */
export function topOf(value: ChartValue): number {
  return Array.isArray(value) ? Math.max(value[0], value[1]) : value;
}
