/** `regions`: where the work happens, grouped by region. */
import { Type } from '@sinclair/typebox';
import { List, Section, Text } from '../schema/common.js';
import { defineKind } from './kind.js';

export const regions = defineKind(
  'regions',
  'Where the work happens.',
  {
    title: Type.Optional(Text('e.g. "Where we work".')),
    items: List(
      Section('A region.', {
        name: Text('e.g. "South Asia".'),
        places: List(Text('e.g. "Kolkata, India".'), 'Places in the region.', 20),
      }),
      'Regions.',
      12,
    ),
  },
  {
    starter: `- regions:
    items:
      - { name: South Asia, places: ["Kolkata, India", "Mumbai, India"] }`,
  },
);
