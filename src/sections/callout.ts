/** `callout`: a highlighted panel with a title, text and optional figures. */
import { Type } from '@sinclair/typebox';
import { RichText, Text } from '../schema/common.js';
import { defineKind } from './kind.js';
import { Figures } from './shared.js';

export const callout = defineKind(
  'callout',
  'A highlighted panel.',
  {
    title: Text("The panel's heading."),
    text: Type.Optional(RichText('What it says.')),
    figures: Figures('Figures printed large.'),
  },
  {
    rich: ['text'],
    starter: `- callout:
    title: Why it matters
    text: One in four people in commercial sex in public areas is a minor.
    figures:
      - { value: 1 in 4, label: in public areas }`,
  },
);
