/**
 * A template's template.yaml: its page masters, columns, default place of every section kind,
 * page count, copyfit bounds and wording. The look (colours, type) is theme.yaml beside it.
 */
import { Type, type Static } from '@sinclair/typebox';
import { KIND_NAMES } from '../sections/registry.js';
import { PLACES } from '../sections/kind.js';
import { Section, Text } from './common.js';

const PartialName = (description: string) =>
  Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$', maxLength: 60, description });

const Master = (description: string) =>
  Section(description, {
    header: Type.Optional(PartialName('Partial drawn at the top of the page (a band).')),
    footer: Type.Optional(PartialName('Partial pinned to the foot of the page.')),
  });

const Place = Type.Union(PLACES.map((p) => Type.Literal(p)));

export const TemplateSchema = Section('A template: page masters, regions and defaults.', {
  description: Text('What the template is for, in one line.'),
  pages: Type.Union([Type.Integer({ minimum: 1, maximum: 20 }), Type.Literal('auto')], {
    description: 'Default page count a sheet must fit, or `auto`.',
  }),
  section_gap: Type.Number({ minimum: 0, maximum: 72, description: 'Space between sections, in points.' }),
  stretch: Type.Optional(
    Type.Number({
      minimum: 0,
      maximum: 72,
      description: 'Most space added between rows of a page to balance it (default 18).',
    }),
  ),
  columns: Type.Optional(
    Section('The main and side columns, for sections placed `main` or `side`.', {
      main: Type.Number({ exclusiveMinimum: 0, description: 'Relative width of the main column.' }),
      side: Type.Number({ exclusiveMinimum: 0, description: 'Relative width of the side column.' }),
      gap: Type.Number({ minimum: 0, maximum: 72, description: 'Space between them, in points.' }),
    }),
  ),
  masters: Section('What runs at the top and foot of each page.', {
    first: Master('The first page.'),
    following: Master('Every later page.'),
    last: Type.Optional(Master('The last page (its footer replaces the usual one), e.g. a full footer.')),
  }),
  places: Section(
    'Where each kind of section goes unless the sheet says `place:`. Every kind is listed, ' +
      'so no section is ever dropped.',
    Object.fromEntries(KIND_NAMES.map((k) => [k, Place])) as Record<
      (typeof KIND_NAMES)[number],
      typeof Place
    >,
  ),
  labels: Type.Optional(
    Type.Record(Type.String({ pattern: '^[a-z][a-z0-9_]*$' }), Text('A label.'), {
      description:
        'English wording of this template, e.g. `facts: Quick facts`, over templates/strings/en.yaml.',
    }),
  ),
  copyfit: Section('How far text may shrink to fit the page count.', {
    min_scale: Type.Number({ minimum: 0.7, maximum: 1, description: 'Smallest type scale, e.g. 0.92.' }),
    min_body: Type.Number({ minimum: 6, maximum: 14, description: 'Body text never below this size (pt).' }),
  }),
});

export type TemplateLayout = Static<typeof TemplateSchema>;
