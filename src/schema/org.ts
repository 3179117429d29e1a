/** The organisation file (sheets/org.yaml): name, footer and brand, shared by every sheet. */
import { Type, type Static } from '@sinclair/typebox';
import { Color, List, Section, Text, Url } from './common.js';

export const Colors = Section('Brand colours.', {
  primary: Type.Optional(Color('Main brand colour: bands, headings, big numbers.')),
  accent: Type.Optional(Color('Second colour: rules, markers, highlights.')),
  ink: Type.Optional(Color('Body text.')),
  muted: Type.Optional(Color('Captions, labels, footer text.')),
  tint: Type.Optional(Color('Light background for boxes.')),
  paper: Type.Optional(Color('Page background.')),
  highlight: Type.Optional(
    Color('Accent-coloured text on primary bands (kickers, the call-to-action link). Default: the ' +
      'accent, made just light enough to read on primary (WCAG AA, 4.5:1).'),
  ),
  accent_text: Type.Optional(
    Color('Accent-coloured text on the page. Default: the accent, made just dark enough to read ' +
      'on paper (WCAG AA, 4.5:1).'),
  ),
});

export const Brand = Section('The look shared by every sheet.', {
  colors: Type.Optional(Colors),
  logo: Type.Optional(
    Text(
      'The logo every template prints on the first page: an SVG, PNG or JPEG file, relative to this file.',
    ),
  ),
  font: Type.Optional(
    Text(
      'A font family from the fonts folder (`--fonts DIR`; its fonts.yaml lists the families), e.g. "Lato".',
    ),
  ),
});

export const OrgSchema = Section('Organisation-wide data shared by every sheet.', {
  name: Text('Full name, e.g. "International Justice Mission".'),
  short_name: Type.Optional(Text('Short name or acronym, e.g. "IJM".')),
  boilerplate: Type.Optional(Text('The "about us" paragraph printed in every footer.')),
  copyright: Type.Optional(Text('Copyright line, e.g. "All text and images © 2019 …".')),
  web: Type.Optional(
    Section('Web site.', { url: Url('Address.'), label: Type.Optional(Text('As printed.')) }),
  ),
  email: Type.Optional(Type.String({ pattern: '^[^@\\s]+@[^@\\s]+$', description: 'Contact e-mail.' })),
  address: Type.Optional(
    List(Text('A line of the postal address.'), 'Postal address, one line per item.', 6),
  ),
  phone: Type.Optional(Text('Telephone number.')),
  fax: Type.Optional(Text('Fax number.')),
  brand: Type.Optional(Brand),
});

export type Org = Static<typeof OrgSchema>;
