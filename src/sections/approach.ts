/** `approach`: how the work is done, as pillars with a bold lead-in. */
import { Type } from '@sinclair/typebox';
import { List, RichText, Section, Text } from '../schema/common.js';
import { defineKind } from './kind.js';

export const approach = defineKind(
  'approach',
  'How the work is done.',
  {
    title: Type.Optional(Text('e.g. "How IJM Kolkata combats sex trafficking".')),
    pillars: List(
      Section('One pillar of the work.', {
        lead: Text('Bold lead-in, e.g. "We rescue victims".'),
        text: RichText('The rest of the sentence and paragraph.'),
      }),
      'The pillars, usually four.',
      8,
    ),
  },
  {
    rich: ['pillars[].text'],
    starter: `- approach:
    title: How we work
    pillars:
      - { lead: We rescue victims, text: by working with police to find and free them. }`,
  },
);
