/** `prevalence`: a study result called out on its own, with figures and an optional chart. */
import { RichText, Text } from '../schema/common.js';
import { defineKind } from './kind.js';
import { Figures, InlineChart } from './shared.js';

export const prevalence = defineKind(
  'prevalence',
  'A study result called out on its own.',
  {
    title: Text('e.g. "Dominican Republic prevalence study, 2015".'),
    text: RichText('What the study found.'),
    figures: Figures('Key figures printed large.'),
    chart: InlineChart,
  },
  {
    rich: ['text'],
    starter: `- prevalence:
    title: Prevalence study, 2015
    text: One in ten people in commercial sex is a minor.
    figures:
      - { value: 1 in 10, label: people in commercial sex is a minor }`,
  },
);
