/**
 * Every schema a build checks, by name, with the facts about section kinds a build needs
 * (names, rich-text fields, places). Read by `compiled.ts` and by the generator that writes
 * `compiled.js` ahead of time; a build itself reads `compiled.js`, which needs no TypeBox.
 */
import { Type, type TSchema } from '@sinclair/typebox';
import { PLACES } from '../sections/kind.js';
import { KIND_NAMES, SECTION_KINDS, type KindName } from '../sections/registry.js';
import { List } from './common.js';
import { OrgSchema } from './org.js';
import { SheetSchema } from './sheet.js';
import { TemplateSchema } from './template.js';
import { ThemeSchema } from './theme.js';

/**
 * The sheet with its sections left to `checkSections`: TypeBox would report a wrong section
 * against every kind of the union at once, so each item is checked against its own kind.
 */
const SheetShell: TSchema = Type.Object(
  { ...SheetSchema.properties, sections: List(Type.Unknown(), 'The sections, in reading order.', 60) },
  { additionalProperties: false },
);

export const FILE_SCHEMAS = {
  sheetShell: SheetShell,
  org: OrgSchema,
  template: TemplateSchema,
  theme: ThemeSchema,
} satisfies Record<string, TSchema>;

export type FileSchemaName = keyof typeof FILE_SCHEMAS;

export const SECTION_SCHEMAS: Record<KindName, TSchema> = Object.fromEntries(
  KIND_NAMES.map((k): [KindName, TSchema] => [k, SECTION_KINDS[k].schema]),
) as Record<KindName, TSchema>;

export const KIND_RICH = Object.fromEntries(KIND_NAMES.map((k) => [k, SECTION_KINDS[k].rich])) as Record<
  KindName,
  readonly string[]
>;

export { KIND_NAMES, PLACES };
