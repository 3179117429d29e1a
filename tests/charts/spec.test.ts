import { describe, expect, it } from 'vitest';
import { chartSpec } from '../../src/charts/spec.js';
import type { Chart } from '../../src/schema/chart.js';
import type { Theme } from '../../src/theme/theme.js';

const theme = { font: 'Lato', margin: 36, colors: { primary: '#0b4f71', accent: '#e3a320', muted: '#5b6b73', ink: '#1f2a30', rule: '#c5d3da', white: '#ffffff' }, type: {} } as unknown as Theme;
const cambodia: Chart = { type: 'before-after', title: 'Children', labels: ['Then', '2015'], series: [{ values: [[15, 30], 0.1] }], unit: '%' };

describe('chartSpec', () => {
  it('is plain data: the same inputs give the same JSON', () => {
    expect(JSON.stringify(chartSpec(cambodia, theme))).toBe(JSON.stringify(chartSpec(cambodia, theme)));
    expect(JSON.parse(JSON.stringify(chartSpec(cambodia, theme)))).toEqual(chartSpec(cambodia, theme));
  });

  it('draws a before/after result as bars from zero, the "after" bar in the brand colour, labelled with the unit', () => {
    const spec = chartSpec(cambodia, theme);
    expect(spec.type).toBe('bar');
    expect(spec.options.animation).toBe(false);
    expect(spec.options.font).toMatchObject({ family: 'Lato' });
    expect((spec.options.scales as { y: { beginAtZero: boolean } }).y.beginAtZero).toBe(true);
    expect(spec.data.datasets[0]!.backgroundColor).toEqual(['#5b6b73', '#0b4f71']);
    expect(spec.options.plugins.factsheetLabels).toMatchObject({ display: true, texts: [['15–30%', '0.1%']] });
  });

  it('turns horizontal bars on their side, keeps lines and doughnuts unlabelled', () => {
    expect(chartSpec({ ...cambodia, type: 'horizontal-bar', series: [{ values: [10, 25] }] }, theme).options.indexAxis).toBe('y');
    expect(chartSpec({ ...cambodia, type: 'line', series: [{ values: [1, 2] }] }, theme).options.plugins.factsheetLabels?.display).toBe(false);
    const d = chartSpec({ ...cambodia, type: 'doughnut', series: [{ values: [60, 40] }] }, theme);
    expect(d.type).toBe('doughnut');
    expect(d.options.plugins.legend).toMatchObject({ display: true });
  });
});
