/** `image`: a photo with caption and credit. */
import { Type } from '@sinclair/typebox';
import { Text } from '../schema/common.js';
import { defineKind } from './kind.js';

export const image = defineKind(
  'image',
  'A photo.',
  {
    src: Type.String({
      minLength: 1,
      maxLength: 1000,
      description: 'Image file (JPEG or PNG), relative to the sheet file and inside its folder.',
    }),
    alt: Type.Optional(Text('Describes the image for screen readers.')),
    caption: Type.Optional(Text('Printed under the image.')),
    credit: Type.Optional(Text('Photo credit.')),
    size: Type.Optional(
      Type.Union([Type.Literal('small'), Type.Literal('medium'), Type.Literal('large')], {
        description: 'How tall: small, medium (default) or large.',
      }),
    ),
  },
  {
    starter: `- image:
    src: images/cover.jpg
    alt: The Kolkata skyline at dusk.
    caption: Kolkata, West Bengal`,
  },
);
