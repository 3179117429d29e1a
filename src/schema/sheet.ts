/**
 * The fact-sheet model: one source of truth. A sheet is a header plus `sections:`, an ordered
 * list whose items each name their kind (`- quote: {…}`); the kinds live in src/sections/.
 * TypeScript types come from it with Static, `factsheet schema` prints it as JSON Schema.
 */
import { Type, type Static, type TObject } from '@sinclair/typebox';
import { SECTION_KINDS, type KindName } from '../sections/registry.js';
import { Colors } from './org.js';
import { List, Section, Text } from './common.js';

/** One item of `sections:` for each kind: a map with exactly that one key. */
const sectionItems = Object.values(SECTION_KINDS).map((k) =>
  // `- about:` with nothing after it (null) is a section with no fields of its own.
  Type.Object(
    { [k.kind]: Type.Union([k.schema, Type.Null()]) },
    { additionalProperties: false, description: k.description },
  ),
);

export const SectionItem = Type.Union(sectionItems, {
  description: 'One section: a map with one key naming its kind, e.g. `- quote: {…}`.',
});

export const SheetSchema = Section('A fact sheet.', {
  title: Text('Document title (PDF metadata and window title).'),
  template: Type.String({
    pattern: '^[a-z0-9][a-z0-9-]*$',
    maxLength: 60,
    description: 'Template name, a folder in templates/, e.g. "program-office".',
  }),
  language: Type.Optional(
    Type.String({
      pattern: '^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$',
      description: 'BCP 47 language tag, e.g. "en-US".',
    }),
  ),
  page_size: Type.Optional(
    Type.Union([Type.Literal('letter'), Type.Literal('a4')], { description: 'Paper size.' }),
  ),
  pages: Type.Optional(
    Type.Union([Type.Integer({ minimum: 1, maximum: 20 }), Type.Literal('auto')], {
      description:
        "How many pages the content must fit (default: the template's). When it is too long, type " +
        'and gaps shrink a little; if it still does not fit, the build fails and writes NAME.overflow.pdf. ' +
        '`auto` adds pages instead.',
    }),
  ),
  org: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 1000,
      description: 'Organisation file, relative to the sheet. Default: org.yaml beside the sheet.',
    }),
  ),
  subject: Type.Optional(Text('One-line description (PDF metadata).')),
  keywords: Type.Optional(List(Text('A keyword.'), 'PDF keywords.', 30)),
  date: Type.Optional(
    Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Publication date, YYYY-MM-DD.' }),
  ),
  theme: Type.Optional(
    Section('Overrides of the template and brand look.', { colors: Type.Optional(Colors) }),
  ),
  header: Section('The top of the first page.', {
    series: Type.Optional(Text('Series label, e.g. "IJM Casework Series".')),
    title: Text('The big title, e.g. "Sex Trafficking".'),
    subtitle: Type.Optional(Text("A line under the title, e.g. a press release's subhead.")),
    location: Type.Optional(Text('Place, e.g. "Kolkata, India".')),
    dateline: Type.Optional(Text('Where a press release is issued, e.g. "WASHINGTON, D.C.".')),
  }),
  sections: List(SectionItem, 'The sections, in reading order.', 60),
  notes: Type.Optional(List(Text('A note.'), 'Notes printed in the footer, e.g. about photos.', 6)),
});

export type Sheet = Static<typeof SheetSchema>;
export type SectionData = Sheet['sections'][number];

export { sectionParts } from './sectionParts.js';

export type SectionBody<K extends KindName> = Static<(typeof SECTION_KINDS)[K]['schema']>;

export const sectionSchema = (kind: KindName): TObject => SECTION_KINDS[kind].schema;
