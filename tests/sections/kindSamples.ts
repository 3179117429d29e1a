/**
 * One section of every kind, each with words no template prints on its own (made-up words
 * like "zorbel"), so finding them in a PDF proves the section was drawn.
 */
import type { KindName } from '../../src/sections/registry.js';

const chart = (title: string) => ({
  type: 'bar', title, labels: ['2016', '2022'], series: [{ name: 'Cases', values: [5.5, 1.3] }], unit: '%',
  source: `${title} source quintal`,
});

export const KIND_SAMPLES: Record<KindName, Record<string, unknown>> = {
  problem: { label: 'Zorbel label', topic: 'Zorbel topic', lead: 'Lead marlow line.', text: 'Problem text quibble words.' },
  stats: {
    title: 'Stats frandle title',
    items: [
      { value: [20, 50], suffix: '%', label: 'range stat grommet' },
      { value: 40000, prefix: 'up to', label: 'prefixed stat plinth' },
      { value: 150000000000, prefix: '$', compact: true, label: 'compact stat wimble' },
    ],
  },
  facts: {
    title: 'Facts snood title', items: ['Fact one brisket.[^src]', 'Fact two **gantry** words.'],
    sources: { src: 'Source of the fact jodhpur, 2017.' },
  },
  prevalence: { title: 'Prevalence tamarind study', text: 'Study found ziggurat.', figures: [{ value: '1 in 10', label: 'figure label kelpie' }] },
  quote: { text: 'Quote words mandolin spoken.', who: 'Speaker Ferrule', role: 'role of the speaker' },
  story: { title: 'Meet Oriel', text: 'Story words sassafras.\n\nSecond paragraph lozenge.', quote: { text: 'Story quote pilchard.', who: 'Oriel' } },
  approach: { title: 'Approach dirigible', pillars: [{ lead: 'We trundle', text: 'pillar words nacelle.' }] },
  milestones: { title: 'Milestones gazebo', items: [{ year: 2006, title: 'Office spindle opens', text: 'Milestone words tureen.' }] },
  leader: { name: 'Leader Halyard', role: 'Director of Gimbals', bio: 'Bio words cormorant.' },
  regions: { title: 'Regions armature', items: [{ name: 'Region Pelmet', places: ['Place Wicket', 'Place Dormer'] }] },
  result: {
    label: 'Result lintel', location: 'Location Cupola', text: 'Result words parapet.',
    before: { value: '15–30%', label: 'before label mullion' }, after: { value: '0.1%', label: 'after label transom' },
    chart: { ...chart('Result chart corbel'), type: 'before-after', series: [{ values: [[15, 30], 0.1] }], labels: ['Before', 'After'] },
  },
  news: {
    title: 'News bollard',
    items: [{ headline: 'Headline capstan', dateline: 'Dateline Quay', date: '2019-05', tag: 'Tag Bobbin', summary: 'Summary words hawser.' }],
  },
  cta: { title: 'Act Now Gusset', text: 'CTA words placket.', url: 'https://example.org/join', label: 'example.org/join' },
  text: { title: 'Text heading dovetail', text: 'Text words mortise.\n\nAnother paragraph tenon.' },
  chart: { ...chart('Chart title rabbet'), size: 'medium' },
  table: { title: 'Table heading fillet', columns: ['Place', 'Before', 'After'], rows: [['Cebu ogee', 38, 8], ['Manila astragal', 51, 19]], source: 'Table source cavetto' },
  callout: { title: 'Callout torus', text: 'Callout words scotia.', figures: [{ value: '1 in 4', label: 'callout figure plinthe' }] },
  image: { src: 'images/sani.jpg', alt: 'Two women side by side.', caption: 'Caption words fascia', credit: 'Credit Soffit' },
  about: { title: 'About the Guttae' },
  contact: { name: 'Contact Mutule', role: 'Press officer', email: 'press@example.org', phone: '+1 555 0100' },
};

/** Keys whose values are never printed as text: files, options, and what a chart draws as shapes. */
const UNPRINTED = new Set(['src', 'alt', 'place', 'break', 'size', 'type', 'unit', 'compact', 'pseudonym',
  'labels', 'series', 'url', 'value', 'year', 'rows', 'items', 'date']);

const SKIP = new Set(['url', 'src', 'alt', 'labels', 'series']);

/** The words a section's text fields put on the page (numbers and stat values aside). */
export function printedWords(body: unknown, key = ''): string[] {
  if (typeof body === 'string') return UNPRINTED.has(key) ? [] : words(body);
  if (Array.isArray(body)) return key === 'rows' ? body.flat().flatMap((c) => printedWords(c, 'cell')) : body.flatMap((v) => printedWords(v, key === 'items' ? 'item' : key));
  if (body && typeof body === 'object') {
    // A chart's labels and series are drawn as shapes (its title, source and alt text carry them).
    return Object.entries(body).flatMap(([k, v]) => (SKIP.has(k) ? [] : printedWords(v, k)));
  }
  return [];
}

export const words = (text: string) =>
  text.replace(/\[\^[^\]]+\]/g, ' ').replace(/[*_]/g, '').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);
