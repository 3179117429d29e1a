/** `stats`: progress in big numbers, side by side, all at one size. */
import { Type } from '@sinclair/typebox';
import { List, Text } from '../schema/common.js';
import { defineKind } from './kind.js';
import { Stat } from './shared.js';

export const stats = defineKind(
  'stats',
  'Progress in big numbers.',
  {
    title: Type.Optional(Text('Heading, e.g. "IJM Kolkata progress since 2006".')),
    items: List(Stat, 'The numbers, usually three.', 6),
  },
  {
    starter: `- stats:
    title: Our progress since 2006
    items:
      - { value: 435, label: survivors rescued }
      - { value: [20, 50], suffix: "%", label: drop in trafficking, a range }
      - { value: 150000000000, prefix: "$", compact: true, label: a year in profits }`,
  },
);
