/** `chart`: a chart as a section of its own, at one of four sizes. */
import { Type } from '@sinclair/typebox';
import { CHART_FIELDS } from '../schema/chart.js';
import { defineKind } from './kind.js';

export const CHART_SIZES = ['small', 'medium', 'large', 'full'] as const;

export const chart = defineKind(
  'chart',
  'A chart.',
  {
    ...CHART_FIELDS,
    size: Type.Optional(
      Type.Union(
        CHART_SIZES.map((s) => Type.Literal(s)),
        {
          description: 'How tall: small, medium (default), large, or full (taller, best at full width).',
        },
      ),
    ),
  },
  {
    starter: `- chart:
    type: bar
    title: Minors in commercial sex, Cebu
    labels: ["2011", "2015"]
    series: [{ values: [38, 8] }]
    unit: count
    source: IJM prevalence studies`,
  },
);
