/**
 * Turns a sheet's chart data and the theme into a chart.js configuration. Pure: the same
 * inputs give the same JSON, which is also the render cache key.
 */
import type { ChartConfiguration } from 'chart.js';
import type { Chart } from '../schema/chart.js';
import { colorOf } from '../theme/resolveTheme.js';
import type { Theme } from '../theme/theme.js';
import { rgbOf } from '../pdf/color.js';
import { valueFormatter } from './format.js';

/** Options read by the data-label plugin (see render.ts). */
export interface DataLabelOptions {
  display: boolean;
  color: string;
  size: number;
  texts: string[][];
}

export type ChartSpec = ChartConfiguration & { options: { plugins: { factsheetLabels?: DataLabelOptions } } };

const TICK_SIZE = 7.5;

export function chartSpec(chart: Chart, theme: Theme, lang = 'en-US'): ChartSpec {
  // chart.js draws in RGB; CMYK brand colours are approximated for the chart.
  const c = (name: string) => rgbOf(colorOf(theme, name));
  const palette = [c('primary'), c('accent'), c('muted'), c('ink')];
  const horizontal = chart.type === 'horizontal-bar';
  const doughnut = chart.type === 'doughnut';
  const beforeAfter = chart.type === 'before-after';
  const type = doughnut ? 'doughnut' : chart.type === 'line' ? 'line' : 'bar';
  const datasets = chart.series.map((s, i) => ({
    label: s.name ?? chart.title,
    data: s.values as never,
    backgroundColor: doughnut
      ? chart.labels.map((_, j) => palette[j % palette.length]!)
      : beforeAfter
        ? chart.labels.map((_, j) => (j === chart.labels.length - 1 ? c('primary') : c('muted')))
        : palette[i % palette.length]!,
    borderColor: type === 'line' ? palette[i % palette.length]! : c('white'),
    borderWidth: type === 'line' ? 2 : doughnut ? 1.5 : 0,
    pointRadius: 2.5,
    maxBarThickness: 46,
    categoryPercentage: 0.7,
  }));
  const scaleText = { color: c('muted'), font: { size: TICK_SIZE, family: theme.font } };
  const grid = { color: c('rule'), lineWidth: 0.5 };
  const valueAxis = {
    beginAtZero: true,
    grace: '12%',
    grid,
    border: { display: false },
    ticks: { ...scaleText, maxTicksLimit: 5, unitSuffix: chart.unit === '%' ? '%' : '' },
  };
  const categoryAxis = {
    grid: { display: false },
    border: { color: c('rule') },
    ticks: { ...scaleText, color: c('ink') },
  };
  return {
    type,
    // Axis labels wrap; a doughnut's legend keeps each label on one line.
    data: { labels: doughnut ? chart.labels : chart.labels.map((l) => splitLabel(l)), datasets },
    options: {
      responsive: false,
      animation: false,
      // The sheet's language: axis numbers are printed as the value labels are (format.ts).
      locale: lang,
      devicePixelRatio: 1,
      indexAxis: horizontal ? 'y' : 'x',
      layout: { padding: { top: 4, right: horizontal ? 28 : 4, bottom: 0, left: 0 } },
      font: { family: theme.font, size: TICK_SIZE },
      scales: doughnut
        ? {}
        : horizontal
          ? { x: { ...valueAxis, display: false }, y: categoryAxis }
          : { x: categoryAxis, y: valueAxis },
      plugins: {
        legend: {
          display: chart.series.length > 1 || doughnut,
          position: 'bottom',
          labels: { ...scaleText, color: c('ink'), boxWidth: 8, boxHeight: 8 },
        },
        title: { display: false },
        tooltip: { enabled: false },
        factsheetLabels: {
          display: type === 'bar',
          color: c('ink'),
          size: 8.5,
          texts: chart.series.map((s) => s.values.map(valueFormatter(chart.unit, lang))),
        },
      },
    },
  } as ChartSpec;
}

/** Long category labels wrap onto two lines instead of being rotated. */
function splitLabel(label: string): string | string[] {
  if (label.length <= 16) return label;
  const words = label.split(' ');
  const half = Math.ceil(label.length / 2);
  let first = '';
  while (words.length && (first + words[0]).length <= half + 4) first += `${words.shift()} `;
  return words.length ? [first.trim(), words.join(' ')] : label;
}
