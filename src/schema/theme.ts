/** A template's theme.yaml: its colours, font family, type scale and page margin. */
import { Type, type Static } from '@sinclair/typebox';
import { FACES } from '../fonts/registry.js';
import { Color, Section } from './common.js';

const RoleStyle = Section('How one kind of text looks.', {
  size: Type.Number({ minimum: 4, maximum: 120, description: 'Size in points.' }),
  face: Type.Union(
    FACES.map((f) => Type.Literal(f)),
    { description: 'Weight and style.' },
  ),
  leading: Type.Number({ minimum: 0.8, maximum: 3, description: 'Line height as a multiple of the size.' }),
  color: Type.String({ description: 'A colour name from `colors`, or #rrggbb.' }),
  tracking: Type.Optional(
    Type.Number({
      minimum: -0.1,
      maximum: 0.08,
      // Wider spacing makes PDF text extractors (and the tools built on them) read each letter as a word.
      description: 'Letter spacing in em, at most 0.08.',
    }),
  ),
  upper: Type.Optional(Type.Boolean({ description: 'Set in capitals.' })),
});

const ROLES = [
  'body',
  'lead',
  'small',
  'caption',
  'label',
  'kicker',
  'title',
  'h1',
  'h2',
  'h3',
  'quote',
  'stat',
  'footer',
] as const;

export const ThemeSchema = Section('A template theme.', {
  font: Type.String({ description: 'Font family from fonts/fonts.yaml.' }),
  margin: Type.Number({ minimum: 0, maximum: 144, description: 'Page margin in points.' }),
  colors: Type.Record(Type.String({ pattern: '^[a-zA-Z][a-zA-Z0-9-]*$' }), Color('A colour.')),
  type: Section(
    'The type scale, by role.',
    Object.fromEntries(ROLES.map((r) => [r, RoleStyle])) as Record<(typeof ROLES)[number], typeof RoleStyle>,
  ),
});

export type ThemeFile = Static<typeof ThemeSchema>;
