/** Building blocks shared by the sheet and organisation schemas. */
import { Type, type TSchema } from '@sinclair/typebox';
import { LIMITS } from '../load/limits.js';

/** Plain text: one line or a few, no markup. */
export const Text = (description: string) =>
  Type.String({ minLength: 1, maxLength: LIMITS.textChars, description });

/** Text that may use **bold**, *italic*, [^note] footnote references and blank-line paragraphs. */
export const RichText = (description: string) =>
  Type.String({
    minLength: 1,
    maxLength: LIMITS.textChars,
    description:
      `${description} Supports **bold**, *italic* and [^id] footnote references; ` +
      'a blank line starts a new paragraph.',
  });

export const Year = (description: string) => Type.Integer({ minimum: 1800, maximum: 2200, description });

export const Url = (description: string) =>
  Type.String({ pattern: '^(https?://|mailto:)\\S+$', maxLength: 2000, description });

export const Color = (description: string) =>
  Type.String({
    pattern: '^(#[0-9a-fA-F]{6}|cmyk\\(\\s*\\d{1,3}(\\.\\d+)?\\s*(,\\s*\\d{1,3}(\\.\\d+)?\\s*){3}\\))$',
    description:
      `${description} As #rrggbb, or cmyk(c, m, y, k) in percent for print ` +
      '(written to the PDF as CMYK).',
  });

export const Image = Type.Object(
  {
    src: Type.String({
      minLength: 1,
      maxLength: 1000,
      description: 'Image file (JPEG or PNG), relative to the sheet file and inside its folder.',
    }),
    alt: Type.Optional(Text('Describes the image for screen readers.')),
    caption: Type.Optional(Text('Printed under or beside the image.')),
    credit: Type.Optional(Text('Photo credit.')),
  },
  { additionalProperties: false, description: 'A photo or picture.' },
);

/** An object whose unknown keys are errors (so misspellings are caught). */
export function Section<T extends Record<string, TSchema>>(description: string, properties: T) {
  return Type.Object(properties, { additionalProperties: false, description });
}

export const List = <T extends TSchema>(item: T, description: string, max = 50) =>
  Type.Array(item, { minItems: 1, maxItems: max, description });
