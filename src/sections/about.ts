/** `about`: the organisation's boilerplate (from org.yaml) as a section with a heading. */
import { Type } from '@sinclair/typebox';
import { Text } from '../schema/common.js';
import { defineKind } from './kind.js';

export const about = defineKind(
  'about',
  'The organisation\'s "about us" paragraph, from org.yaml.',
  {
    title: Type.Optional(Text('The heading; default "About" and the organisation\'s name.')),
  },
  {
    starter: `- about: {}`,
  },
);
