/**
 * A build step (`npm run build` runs it after tsc): writes the JSON Schemas for editors into
 * dist/schema/, made from the TypeBox schemas here. The package exports them
 * (`factsheet/schema/sheet.schema.json`) and `factsheet schema` prints them, so that printing
 * loads no schema library. Generated rather than committed: nothing can fall out of step.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SCHEMA_DIR, TEMPLATES_DIR } from '../paths.js';
import { listTemplates } from '../template/loadTemplate.js';
import { diskWorld } from '../world.js';
import { orgJsonSchema, sheetJsonSchema } from './jsonSchema.js';

/** The sheet schema offers the bundled templates for `template:`, as `factsheet schema` does. */
export async function writeSchemaFiles(dir: string = SCHEMA_DIR): Promise<void> {
  const templates = await listTemplates(TEMPLATES_DIR, diskWorld());
  fs.mkdirSync(dir, { recursive: true });
  const write = (name: string, schema: object) =>
    fs.writeFileSync(path.join(dir, name), `${JSON.stringify(schema, null, 2)}\n`);
  write('sheet.schema.json', sheetJsonSchema(templates));
  write('org.schema.json', orgJsonSchema());
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await writeSchemaFiles();
