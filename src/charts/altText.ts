/** Turns chart data into a short factual description for screen readers, when the sheet gives none. */
import type { Chart } from '../schema/chart.js';
import { formatValue, topOf } from './format.js';

const KIND: Record<Chart['type'], string> = {
  bar: 'Bar chart',
  'horizontal-bar': 'Bar chart',
  line: 'Line chart',
  doughnut: 'Doughnut chart',
  'before-after': 'Bar chart',
};

export function chartAltText(chart: Chart, lang = 'en-US'): string {
  if (chart.alt) return chart.alt;
  const head = `${KIND[chart.type]}: ${chart.title}`;
  const series = chart.series[0]!;
  const v = (i: number) => formatValue(series.values[i]!, chart.unit, lang);
  if (
    (chart.type === 'before-after' || chart.type === 'line') &&
    chart.series.length === 1 &&
    series.values.length >= 2
  ) {
    const last = series.values.length - 1;
    const verb = topOf(series.values[last]!) < topOf(series.values[0]!) ? 'fell' : 'rose';
    return `${head} ${verb} from ${v(0)} (${chart.labels[0]}) to ${v(last)} (${chart.labels[last]}).`;
  }
  const parts = chart.series.map((s) => {
    const pairs = chart.labels
      .map((label, i) => `${label} ${formatValue(s.values[i]!, chart.unit, lang)}`)
      .join(', ');
    return chart.series.length > 1 && s.name ? `${s.name}: ${pairs}` : pairs;
  });
  return `${head}. ${parts.join('; ')}.`;
}
