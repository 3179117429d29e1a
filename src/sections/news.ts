/** `news`: a listing of news stories. */
import { Type } from '@sinclair/typebox';
import { List, RichText, Section, Text } from '../schema/common.js';
import { defineKind } from './kind.js';

export const news = defineKind(
  'news',
  'Latest news.',
  {
    title: Type.Optional(Text('e.g. "Latest news".')),
    items: List(
      Section('One story.', {
        headline: Text('The headline.'),
        dateline: Type.Optional(Text('e.g. "Mumbai, India".')),
        date: Type.Optional(
          Type.String({ pattern: '^\\d{4}-\\d{2}(-\\d{2})?$', description: 'YYYY-MM or YYYY-MM-DD.' }),
        ),
        tag: Type.Optional(Text('Topic label, e.g. "Sex trafficking".')),
        summary: RichText('A short summary.'),
      }),
      'News items, newest first.',
      12,
    ),
  },
  {
    rich: ['items[].summary'],
    starter: `- news:
    items:
      - headline: Court convicts trafficker
        dateline: Kolkata, India
        date: 2019-05
        summary: A court sentenced a brothel owner to ten years.`,
  },
);
