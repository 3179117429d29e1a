/** `text`: a heading and paragraphs, for anything the other kinds do not cover. */
import { Type } from '@sinclair/typebox';
import { RichText, Text } from '../schema/common.js';
import { defineKind } from './kind.js';

export const text = defineKind(
  'text',
  'A heading and paragraphs.',
  {
    title: Type.Optional(Text('The heading.')),
    text: RichText('The paragraphs.'),
  },
  {
    rich: ['text'],
    starter: `- text:
    title: Background
    text: |-
      Write paragraphs here. A blank line starts a new one.`,
  },
);
