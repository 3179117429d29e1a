/** `problem`: what the problem is, with an optional strong opening line and a photo. */
import { Type } from '@sinclair/typebox';
import { Image, RichText, Text } from '../schema/common.js';
import { defineKind } from './kind.js';

export const problem = defineKind(
  'problem',
  'What the problem is.',
  {
    label: Type.Optional(
      Text('Small label above the heading; default from the template, e.g. "The problem".'),
    ),
    topic: Type.Optional(Text('The heading: the kind of violence, e.g. "Sex trafficking".')),
    lead: Type.Optional(Text('One strong opening sentence, printed large.')),
    text: RichText('The description.'),
    photo: Type.Optional(Image),
  },
  {
    rich: ['text'],
    starter: `- problem:
    topic: Sex trafficking
    text: >-
      Describe the problem in a few sentences. **Bold** stresses a phrase; [^ilo] cites a source.`,
  },
);
