/** How chart values are printed: with the chart's unit, ranges with an en dash. */
import { plainNumbers } from '../i18n/numberFormat.js';
import type { Chart } from '../schema/chart.js';

export type ChartValue = Chart['series'][number]['values'][number];

/**
 * Prints a chart's values with its unit, ranges with an en dash. Made once per chart: an
 * Intl.NumberFormat costs far more to create than to use.
 */
export function valueFormatter(unit: Chart['unit'], lang = 'en-US'): (value: ChartValue) => string {
  const number = plainNumbers(lang);
  const suffix = unit === '%' ? '%' : '';
  return (value) =>
    Array.isArray(value)
      ? `${number.format(value[0])}–${number.format(value[1])}${suffix}`
      : `${number.format(value)}${suffix}`;
}

/** The height a value reaches: a range's top. */
export function topOf(value: ChartValue): number {
  return Array.isArray(value) ? Math.max(value[0], value[1]) : value;
}
