/**
 * Turns chart data into a short factual description for screen readers, when the sheet gives
 * none, in the sheet's language: the sentence patterns come from the strings tables
 * (templates/strings/<language>.yaml, keys `chart_*`), the numbers from Intl.
 */
import type { Chart } from '../schema/chart.js';
import { topOf, valueFormatter } from './format.js';

const KIND: Record<Chart['type'], string> = {
  bar: 'chart_bar',
  'horizontal-bar': 'chart_bar',
  line: 'chart_line',
  doughnut: 'chart_doughnut',
  'before-after': 'chart_bar',
};

/** `words` are the sheet's strings (src/i18n/strings.ts); a pattern's {names} are filled in. */
export function chartAltText(chart: Chart, lang: string, words: Readonly<Record<string, string>>): string {
  if (chart.alt) return chart.alt;
  const say = (key: string, values: Record<string, string>) => fill(words[key] ?? FALLBACK[key]!, values);
  const head = say('chart_title', { kind: words[KIND[chart.type]] ?? '', title: chart.title });
  const series = chart.series[0]!;
  const format = valueFormatter(chart.unit, lang);
  const v = (i: number) => format(series.values[i]!);
  if (
    (chart.type === 'before-after' || chart.type === 'line') &&
    chart.series.length === 1 &&
    series.values.length >= 2
  ) {
    const last = series.values.length - 1;
    const key = topOf(series.values[last]!) < topOf(series.values[0]!) ? 'chart_fell' : 'chart_rose';
    const ends = { first: v(0), firstLabel: chart.labels[0]!, last: v(last), lastLabel: chart.labels[last]! };
    return say(key, { head, ...ends });
  }
  const parts = chart.series.map((s) => {
    const pairs = chart.labels
      .map((label, i) => say('chart_pair', { label, value: format(s.values[i]!) }))
      .join(words.chart_list_separator ?? ', ');
    return chart.series.length > 1 && s.name ? say('chart_series', { name: s.name, values: pairs }) : pairs;
  });
  return say('chart_values', { head, values: parts.join(words.chart_series_separator ?? '; ') });
}

/**
 * Patterns without words, for a strings folder that lacks them (a user's own templates
 * folder): the description then still states the data, in any language.
 */
const FALLBACK: Record<string, string> = {
  chart_title: '{kind}: {title}',
  chart_rose: '{head}: {first} ({firstLabel}) → {last} ({lastLabel}).',
  chart_fell: '{head}: {first} ({firstLabel}) → {last} ({lastLabel}).',
  chart_pair: '{label} {value}',
  chart_series: '{name}: {values}',
  chart_values: '{head}. {values}.',
};

/** The pattern with each {name} replaced by its value; unknown names are left as written. */
export function fill(pattern: string, values: Readonly<Record<string, string>>): string {
  return pattern.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
