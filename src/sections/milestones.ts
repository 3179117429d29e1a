/** `milestones`: a timeline, oldest first. */
import { Type } from '@sinclair/typebox';
import { List, Section, Text, Year } from '../schema/common.js';
import { defineKind } from './kind.js';

export const milestones = defineKind(
  'milestones',
  'A timeline.',
  {
    title: Type.Optional(Text('e.g. "IJM Kolkata milestones".')),
    items: List(
      Section('One milestone.', {
        year: Year('The year.'),
        title: Text('Short title, e.g. "First rescue operation".'),
        text: Type.Optional(Text('One sentence.')),
      }),
      'Milestones, oldest first.',
      12,
    ),
  },
  {
    starter: `- milestones:
    items:
      - { year: 2006, title: Office opens }
      - { year: 2011, title: First conviction, text: A brothel owner is convicted. }`,
  },
);
