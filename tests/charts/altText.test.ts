import { describe, expect, it } from 'vitest';
import { chartAltText } from '../../src/charts/altText.js';
import { ENGLISH, wordsFor } from '../helpers/strings.js';
import type { Chart } from '../../src/schema/chart.js';

const base = { title: 'Children in the sex trade', unit: '%' as const };

/** The description an English sheet gets. */
const en = (chart: Chart) => chartAltText(chart, 'en-US', ENGLISH);

describe('chartAltText', () => {
  it('describes a before/after result as a change', () => {
    const chart: Chart = { ...base, type: 'before-after', labels: ['2006', '2015'], series: [{ values: [[15, 30], 0.1] }] };
    expect(en(chart)).toBe('Bar chart: Children in the sex trade fell from 15–30% (2006) to 0.1% (2015).');
  });

  it('describes a line by its first and last points', () => {
    const chart: Chart = { ...base, type: 'line', labels: ['2010', '2012', '2014'], series: [{ values: [2, 5, 9] }], unit: 'count' };
    expect(en(chart)).toBe('Line chart: Children in the sex trade rose from 2 (2010) to 9 (2014).');
  });

  it('lists the values of bars and doughnuts, naming series when there are several', () => {
    const bar: Chart = { ...base, type: 'horizontal-bar', labels: ['All places', 'Public areas'], series: [{ values: [10, 25] }] };
    expect(en(bar)).toBe('Bar chart: Children in the sex trade. All places 10%, Public areas 25%.');
    const two: Chart = { ...base, type: 'bar', labels: ['A', 'B'], series: [{ name: 'Girls', values: [1, 2] }, { name: 'Boys', values: [3, 4] }], unit: 'count' };
    expect(en(two)).toBe('Bar chart: Children in the sex trade. Girls: A 1, B 2; Boys: A 3, B 4.');
    const doughnut: Chart = { ...base, type: 'doughnut', labels: ['Rescued', 'Still missing'], series: [{ values: [60, 40] }] };
    expect(en(doughnut)).toBe('Doughnut chart: Children in the sex trade. Rescued 60%, Still missing 40%.');
  });

  it('prefers the alt text the sheet gives', () => {
    const chart: Chart = { ...base, type: 'bar', labels: ['A'], series: [{ values: [1] }], alt: 'Mine.' };
    expect(chartAltText(chart, 'en', ENGLISH)).toBe('Mine.');
  });

  it('writes numbers in the sheet language', () => {
    const chart: Chart = { ...base, type: 'bar', labels: ['A'], series: [{ values: [5470.5] }], unit: 'count' };
    const german = chartAltText(chart, 'de-DE', wordsFor('de-DE'));
    expect(german).toBe('Bar chart: Children in the sex trade. A 5.470,5.');
  });

  it.each([
    ['es-MX', 'Gráfico de barras: Niños. A 5,470.5, B 12.'],
    ['zh-HK', '棒形圖：Niños。A 5,470.5、B 12。'],
    ['ar', 'مخطط شريطي: Niños. A 5,470.5، B 12.'],
  ])('describes the data in the sheet language: %s', (language, expected) => {
    const series = [{ values: [5470.5, 12] }];
    const chart: Chart = { ...base, title: 'Niños', type: 'bar', unit: 'count', labels: ['A', 'B'], series };
    expect(chartAltText(chart, language, wordsFor(language))).toBe(expected);
  });

  it('puts the trend in the sentence pattern of the language', () => {
    const series = [{ values: [9, 2] }];
    const labels = ['2010', '2014'];
    const chart: Chart = { ...base, title: 'Niños', type: 'line', unit: 'count', labels, series };
    const spanish = 'Gráfico de líneas: Niños bajó de 9 (2010) a 2 (2014).';
    expect(chartAltText(chart, 'es', wordsFor('es'))).toBe(spanish);
    expect(chartAltText(chart, 'zh-Hant', wordsFor('zh-Hant'))).toBe('折線圖：Niños由9（2010）下降至2（2014）。');
  });
});
