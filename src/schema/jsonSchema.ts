/** Turns the TypeBox schemas into plain JSON Schema documents for editors. */
import type { TSchema } from '@sinclair/typebox';
import { OrgSchema } from './org.js';
import { SheetSchema } from './sheet.js';

function toJsonSchema(schema: TSchema, title: string): Record<string, unknown> {
  // JSON.stringify drops TypeBox's symbol-keyed metadata, leaving standard JSON Schema.
  const plain = JSON.parse(JSON.stringify(schema)) as Record<string, unknown>;
  return { $schema: 'http://json-schema.org/draft-07/schema#', title, ...plain };
}

export function sheetJsonSchema(): Record<string, unknown> {
  return toJsonSchema(SheetSchema, 'factsheet sheet');
}

export function orgJsonSchema(): Record<string, unknown> {
  return toJsonSchema(OrgSchema, 'factsheet organisation file');
}
