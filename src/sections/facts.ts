/** `facts`: short facts, with footnote sources listed under them. */
import { Type } from '@sinclair/typebox';
import { List, RichText, Text } from '../schema/common.js';
import { defineKind } from './kind.js';

export const facts = defineKind(
  'facts',
  'Short facts with sources.',
  {
    title: Type.Optional(Text('Heading, e.g. "The facts".')),
    items: List(RichText('One fact.'), 'The facts.', 12),
    sources: Type.Optional(
      Type.Record(Type.String({ pattern: '^[A-Za-z0-9_-]+$' }), Text('Source of a figure.'), {
        description:
          'Footnote sources by id; `[^id]` in any text refers to one. Numbered in order of first use, ' +
          'listed under these facts.',
      }),
    ),
  },
  {
    rich: ['items[]'],
    starter: `- facts:
    title: The facts
    items:
      - "**40.3 million** people are held in modern slavery.[^ilo]"
    sources:
      ilo: "International Labour Organization, Global Estimates of Modern Slavery, 2017."`,
  },
);
