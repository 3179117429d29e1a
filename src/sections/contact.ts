/** `contact`: a media or programme contact. */
import { Type } from '@sinclair/typebox';
import { Text } from '../schema/common.js';
import { defineKind } from './kind.js';

export const contact = defineKind(
  'contact',
  'A contact person.',
  {
    title: Type.Optional(Text('The heading; default "Media contact".')),
    name: Text('e.g. "Jane Doe".'),
    role: Type.Optional(Text('e.g. "Communications Director".')),
    email: Type.Optional(
      Type.String({ pattern: '^[^@\\s]+@[^@\\s]+$', maxLength: 200, description: 'E-mail address.' }),
    ),
    phone: Type.Optional(Text('Telephone number.')),
  },
  {
    starter: `- contact:
    name: Jane Doe
    role: Communications Director
    email: press@example.org
    phone: +1 703 465 5495`,
  },
);
