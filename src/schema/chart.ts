/** Chart data in a sheet (drawing is the charts stage's job). */
import { Type, type Static } from '@sinclair/typebox';
import { List, Section, Text } from './common.js';

export const CHART_TYPES = ['bar', 'horizontal-bar', 'line', 'doughnut', 'before-after'] as const;

const Num = Type.Number({ minimum: -1e12, maximum: 1e12 });

export const SeriesSchema = Section('One data series.', {
  name: Type.Optional(Text('Legend name, e.g. "Minors in commercial sex".')),
  values: List(
    Type.Union([
      Num,
      Type.Tuple([Num, Num], { description: 'A range: [low, high], e.g. [15, 30] for "15–30%".' }),
    ]),
    'One number (or [low, high] range) per label.',
    60,
  ),
});

const chartFields = {
  type: Type.Union(
    CHART_TYPES.map((t) => Type.Literal(t)),
    { description: 'Kind of chart.' },
  ),
  title: Text('Heading above the chart.'),
  labels: List(Text('A category or time label.'), 'One label per value.', 60),
  series: List(SeriesSchema, 'The data.', 6),
  unit: Type.Optional(
    Type.Union([Type.Literal('%'), Type.Literal('count')], { description: 'Unit of the values.' }),
  ),
  source: Type.Optional(Text('Where the data comes from.')),
  alt: Type.Optional(Text('Describes the chart for screen readers; generated from the data if absent.')),
};

/** A chart's data, wherever it is written (a `chart` section, or inside a result). */
export const ChartBody = (description: string) => Section(description, chartFields);

export const CHART_FIELDS = chartFields;

export type Chart = Static<ReturnType<typeof ChartBody>>;
