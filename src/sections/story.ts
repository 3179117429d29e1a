/** `story`: a survivor story with an optional photo and pull quote. */
import { Type } from '@sinclair/typebox';
import { Image, RichText, Text } from '../schema/common.js';
import { defineKind } from './kind.js';
import { QuoteSchema } from './shared.js';

export const story = defineKind(
  'story',
  'A survivor story.',
  {
    title: Text('e.g. "Meet Sani".'),
    text: RichText('The story.'),
    quote: Type.Optional(QuoteSchema),
    photo: Type.Optional(Image),
    pseudonym: Type.Optional(
      Type.Boolean({
        description: 'True when the name in the story is a pseudonym (mark it with \\* in the text).',
      }),
    ),
  },
  {
    rich: ['text'],
    starter: `- story:
    title: Meet Sani
    pseudonym: true
    text: |-
      **Sani\\* was rescued** in 2016. A blank line starts a new paragraph.

      Today she is studying to become a nurse.`,
  },
);
