/** `result`: a before/after result; its figures always print, a chart may show them too. */
import { Type } from '@sinclair/typebox';
import { RichText, Text } from '../schema/common.js';
import { defineKind } from './kind.js';
import { Figure, InlineChart } from './shared.js';

export const result = defineKind(
  'result',
  'A before/after result.',
  {
    label: Type.Optional(Text('e.g. "Justice system transformation".')),
    location: Text('Where, e.g. "Cambodia".'),
    text: RichText('What changed.'),
    before: Figure,
    after: Figure,
    chart: InlineChart,
  },
  {
    rich: ['text'],
    starter: `- result:
    location: Cambodia
    text: Children in the sex trade fell from 15–30% to 0.1%.
    before: { value: 15–30%, label: when the office opened }
    after: { value: 0.1%, label: in 2015 }`,
  },
);
