/** Schema pieces several section kinds share: a quote, a figure, a stat, an inline chart. */
import { Type } from '@sinclair/typebox';
import { ChartBody } from '../schema/chart.js';
import { Image, List, Section, Text } from '../schema/common.js';

export const QuoteBody = {
  text: Text('The words quoted, without quotation marks.'),
  who: Text('Who said it, e.g. "Prema".'),
  role: Type.Optional(Text('Who they are, e.g. "a survivor of sex trafficking".')),
  pseudonym: Type.Optional(
    Type.Boolean({ description: 'True when the name is a pseudonym: marks it with *.' }),
  ),
  photo: Type.Optional(Image),
};

export const QuoteSchema = Section('A quotation with attribution.', QuoteBody);

export const Figure = Section('A figure printed large, e.g. in a before/after result or a callout.', {
  value: Text('As printed, e.g. "15–30%" or "one in ten".'),
  label: Type.Optional(Text('What it means, e.g. "before IJM".')),
});

const Num = Type.Number({ minimum: -1e12, maximum: 1e12 });

export const Stat = Section('A big number with a short label.', {
  value: Type.Union([Num, Type.Tuple([Num, Num])], {
    description:
      'The number, e.g. 5470 (printed 5,470), or a range [low, high], e.g. [20, 50] (printed 20–50).',
  }),
  prefix: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 20,
      description: 'Printed before the number, e.g. "$" or "up to".',
    }),
  ),
  suffix: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 20,
      description: 'Printed after it, e.g. "+", "%" or "million".',
    }),
  ),
  compact: Type.Optional(
    Type.Boolean({ description: 'Print large numbers short: 150000000000 as "150 billion".' }),
  ),
  label: Text('What the number counts, e.g. "survivors rescued from sex trafficking".'),
});

export const InlineChart = Type.Optional(ChartBody("A chart of this section's numbers."));

export const Figures = (description: string) => Type.Optional(List(Figure, description, 4));
