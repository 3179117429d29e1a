/** Where the package's own folders are, wherever it is installed (dist/ sits beside them). */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const TEMPLATES_DIR = path.join(PACKAGE_ROOT, 'templates');
export const FONTS_DIR = path.join(PACKAGE_ROOT, 'fonts');
/** The JSON Schemas for editors: written by the build (src/schema/writeSchemaFiles.ts). */
export const SCHEMA_DIR = path.join(PACKAGE_ROOT, 'dist', 'schema');
