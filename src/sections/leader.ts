/** `leader`: a director or leader bio with a photo; a sheet may hold several. */
import { Type } from '@sinclair/typebox';
import { Image, RichText, Text } from '../schema/common.js';
import { defineKind } from './kind.js';

export const leader = defineKind(
  'leader',
  'A director or leader bio.',
  {
    name: Text('e.g. "Saji Philip".'),
    role: Text('e.g. "Director of Operations".'),
    bio: RichText('The bio.'),
    photo: Type.Optional(Image),
  },
  {
    rich: ['bio'],
    starter: `- leader:
    name: Saji Philip
    role: Director of Operations
    bio: Saji joined IJM with 21 years of experience in India and the Middle East.`,
  },
);
