/**
 * The fact-sheet model: one source of truth. TypeScript types are derived from it with Static,
 * `factsheet schema` prints it as JSON Schema, and the validator checks sheets against it.
 */
import { Type, type Static } from '@sinclair/typebox';
import { Colors } from './org.js';
import { ChartSchema } from './chart.js';
import { Image, List, RichText, Section, Text, Url, Year } from './common.js';

const Stat = Section('A big number with a short label.', {
  value: Type.Number({ minimum: -1e12, maximum: 1e12, description: 'The number, e.g. 5470 (printed as 5,470).' }),
  prefix: Type.Optional(Type.String({ maxLength: 4, description: 'Printed before the number, e.g. "$".' })),
  suffix: Type.Optional(Type.String({ maxLength: 12, description: 'Printed after the number, e.g. "+" or "%".' })),
  label: Text('What the number counts, e.g. "survivors rescued from sex trafficking".'),
  since: Type.Optional(Year('Counted since this year.')),
});

export const QuoteSchema = Section('A quotation with attribution.', {
  text: Text('The words quoted, without quotation marks.'),
  who: Text('Who said it, e.g. "Prema".'),
  role: Type.Optional(Text('Who they are, e.g. "a survivor of sex trafficking".')),
  pseudonym: Type.Optional(Type.Boolean({ description: 'True when the name is a pseudonym: marks it with *.' })),
  photo: Type.Optional(Image),
});

const ChartRef = Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$', description: 'Id of a chart in `charts` that shows this section\'s numbers.' });

const Figure = Section('A figure in a before/after result or callout.', {
  value: Text('As printed, e.g. "15–30%" or "one in ten".'),
  label: Type.Optional(Text('What it means, e.g. "before IJM".')),
});

export const SheetSchema = Section('A fact sheet.', {
  title: Text('Document title (PDF metadata and window title).'),
  template: Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$', maxLength: 60, description: 'Template name, a folder in templates/, e.g. "program-office".' }),
  language: Type.Optional(Type.String({ pattern: '^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$', description: 'BCP 47 language tag, e.g. "en-US".' })),
  page_size: Type.Optional(Type.Union([Type.Literal('letter'), Type.Literal('a4')], { description: 'Paper size.' })),
  org: Type.Optional(Type.String({ minLength: 1, maxLength: 1000, description: 'Organisation file, relative to the sheet. Default: org.yaml beside the sheet.' })),
  subject: Type.Optional(Text('One-line description (PDF metadata).')),
  keywords: Type.Optional(List(Text('A keyword.'), 'PDF keywords.', 30)),
  date: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Publication date, YYYY-MM-DD.' })),
  theme: Type.Optional(Section('Overrides of the template and brand look.', { colors: Type.Optional(Colors) })),
  header: Section('The top of the first page.', {
    series: Type.Optional(Text('Series label, e.g. "IJM Casework Series".')),
    title: Text('The big title, e.g. "Sex Trafficking".'),
    location: Type.Optional(Text('Place, e.g. "Kolkata, India".')),
    cover: Type.Optional(Image),
  }),
  problem: Type.Optional(Section('What the problem is.', {
    topic: Type.Optional(Text('The kind of violence, e.g. "Sex trafficking".')),
    lead: Type.Optional(Text('One strong opening sentence, printed large.')),
    text: RichText('The description.'),
  })),
  stats: Type.Optional(Section('Progress in big numbers.', {
    title: Type.Optional(Text('Heading, e.g. "IJM Kolkata progress since 2006".')),
    items: List(Stat, 'The numbers, usually three.', 6),
  })),
  facts: Type.Optional(Section('Short facts with sources.', {
    title: Type.Optional(Text('Heading, e.g. "The facts".')),
    items: List(RichText('One fact.'), 'The facts.', 12),
    sources: Type.Optional(Type.Record(Type.String({ pattern: '^[A-Za-z0-9_-]+$' }), Text('Source of a figure.'), {
      description: 'Footnote sources by id; `[^id]` in a fact refers to one. Numbered in order of first use.',
    })),
  })),
  prevalence: Type.Optional(Section('A study result called out on its own.', {
    title: Text('e.g. "Dominican Republic prevalence study, 2015".'),
    text: RichText('What the study found.'),
    figures: Type.Optional(List(Figure, 'Key figures printed large.', 4)),
    chart: Type.Optional(ChartRef),
  })),
  quote: Type.Optional(QuoteSchema),
  story: Type.Optional(Section('A survivor story.', {
    title: Text('e.g. "Meet Sani".'),
    text: RichText('The story.'),
    quote: Type.Optional(QuoteSchema),
    photo: Type.Optional(Image),
    pseudonym: Type.Optional(Type.Boolean({ description: 'True when the name in the story is a pseudonym (mark it with \\* in the text).' })),
  })),
  approach: Type.Optional(Section('How the work is done.', {
    title: Type.Optional(Text('e.g. "How IJM Kolkata combats sex trafficking".')),
    pillars: List(Section('One pillar of the work.', {
      lead: Text('Bold lead-in, e.g. "We rescue victims".'),
      text: Text('The rest of the sentence and paragraph.'),
    }), 'The pillars, usually four.', 8),
  })),
  milestones: Type.Optional(Section('A timeline.', {
    title: Type.Optional(Text('e.g. "IJM Kolkata milestones".')),
    items: List(Section('One milestone.', {
      year: Year('The year.'),
      title: Text('Short title, e.g. "First rescue operation".'),
      text: Type.Optional(Text('One sentence.')),
    }), 'Milestones, oldest first.', 12),
  })),
  leader: Type.Optional(Section('A director or leader bio.', {
    name: Text('e.g. "Saji Philip".'),
    role: Text('e.g. "Director of Operations".'),
    bio: RichText('The bio.'),
    photo: Type.Optional(Image),
  })),
  regions: Type.Optional(Section('Where the work happens.', {
    title: Type.Optional(Text('e.g. "Where we work".')),
    items: List(Section('A region.', {
      name: Text('e.g. "South Asia".'),
      places: List(Text('e.g. "Kolkata, India".'), 'Places in the region.', 20),
    }), 'Regions.', 12),
  })),
  result: Type.Optional(Section('A before/after result.', {
    label: Type.Optional(Text('e.g. "Justice system transformation".')),
    place: Text('e.g. "Cambodia".'),
    text: RichText('What changed.'),
    before: Figure,
    after: Figure,
    chart: Type.Optional(ChartRef),
  })),
  news: Type.Optional(Section('Latest news.', {
    title: Type.Optional(Text('e.g. "Latest news".')),
    items: List(Section('One story.', {
      headline: Text('The headline.'),
      dateline: Type.Optional(Text('e.g. "Mumbai, India".')),
      date: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}(-\\d{2})?$', description: 'YYYY-MM or YYYY-MM-DD.' })),
      tag: Type.Optional(Text('Topic label, e.g. "Sex trafficking".')),
      summary: RichText('A short summary.'),
    }), 'News items, newest first.', 12),
  })),
  cta: Type.Optional(Section('A call to action.', {
    title: Type.Optional(Text('e.g. "Join us".')),
    text: Text('e.g. "Help us prove justice for the poor is possible."'),
    url: Url('Where to go.'),
    label: Type.Optional(Text('The address as printed, e.g. "IJM.org/Get-Involved".')),
  })),
  charts: Type.Optional(List(ChartSchema, 'Charts; the template places them.', 8)),
  notes: Type.Optional(List(Text('A note.'), 'Notes printed in the footer, e.g. about photos.', 6)),
});

export type Sheet = Static<typeof SheetSchema>;
export type Quote = Static<typeof QuoteSchema>;
