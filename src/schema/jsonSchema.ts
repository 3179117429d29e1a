/**
 * Turns the TypeBox schemas into plain JSON Schema documents for editors (the YAML language
 * server): descriptions also as `markdownDescription` (what hovers show), the CLI's words as
 * `errorMessage` where a bare schema would show a regular expression, and `template` as the
 * list of templates found, so an editor completes it.
 */
import type { TSchema } from '@sinclair/typebox';
import { describeExpected } from '../validate/describe.js';
import { OrgSchema } from './org.js';
import { SheetSchema } from './sheet.js';

type Json = Record<string, unknown>;

function toJsonSchema(schema: TSchema, title: string): Json {
  // JSON.stringify drops TypeBox's symbol-keyed metadata, leaving standard JSON Schema.
  const plain = JSON.parse(JSON.stringify(schema)) as Json;
  return { $schema: 'http://json-schema.org/draft-07/schema#', title, ...(forEditors(plain) as Json) };
}

/** Adds what editors show to every node, depth first. */
function forEditors(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(forEditors);
  if (node === null || typeof node !== 'object') return node;
  const out: Json = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, forEditors(v)]));
  if (typeof out.description === 'string') out.markdownDescription = out.description;
  if (typeof out.pattern === 'string' || Array.isArray(out.enum))
    out.errorMessage = `should be ${describeExpected(out as TSchema)}`;
  return out;
}

/** @param templates the templates an editor should offer for `template:` (none: any name). */
export function sheetJsonSchema(templates: readonly string[] = []): Json {
  const schema = toJsonSchema(SheetSchema, 'factsheet sheet');
  if (templates.length) {
    const props = schema.properties as Json;
    const template = { ...(props.template as Json) };
    delete template.pattern;
    props.template = {
      ...template,
      enum: [...templates],
      errorMessage: `should be one of the templates: ${templates.join(', ')}`,
    };
  }
  return schema;
}

export function orgJsonSchema(): Json {
  return toJsonSchema(OrgSchema, 'factsheet organisation file');
}
