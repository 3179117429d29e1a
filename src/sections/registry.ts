/**
 * Every section kind, in one table. A sheet's `sections:` items are one-key maps naming a kind
 * here; the compiler checks that each kind has its entry (schema, starter, rich fields).
 */
import { about } from './about.js';
import { approach } from './approach.js';
import { callout } from './callout.js';
import { chart } from './chart.js';
import { contact } from './contact.js';
import { cta } from './cta.js';
import { facts } from './facts.js';
import { image } from './image.js';
import type { SectionKind } from './kind.js';
import { leader } from './leader.js';
import { milestones } from './milestones.js';
import { news } from './news.js';
import { prevalence } from './prevalence.js';
import { problem } from './problem.js';
import { quote } from './quote.js';
import { regions } from './regions.js';
import { result } from './result.js';
import { stats } from './stats.js';
import { story } from './story.js';
import { table } from './table.js';
import { text } from './text.js';

export const SECTION_KINDS = {
  problem,
  stats,
  facts,
  prevalence,
  quote,
  story,
  approach,
  milestones,
  leader,
  regions,
  result,
  news,
  cta,
  text,
  chart,
  table,
  callout,
  image,
  about,
  contact,
} as const satisfies Record<string, SectionKind>;

export type KindName = keyof typeof SECTION_KINDS;

export const KIND_NAMES = Object.keys(SECTION_KINDS) as KindName[];

export const isKind = (name: string): name is KindName => Object.hasOwn(SECTION_KINDS, name);
