/** Where the package's own folders are, wherever it is installed (dist/ sits beside them). */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of the compiled modules (dist/; src/ under the test runner). The bundled command
 * line's files sit in dist/ too (see src/cli/writeBundle.ts), so this holds either way. */
export const CODE_DIR = path.dirname(fileURLToPath(import.meta.url));
export const PACKAGE_ROOT = path.resolve(CODE_DIR, '..');
export const TEMPLATES_DIR = path.join(PACKAGE_ROOT, 'templates');
export const FONTS_DIR = path.join(PACKAGE_ROOT, 'fonts');
/** The JSON Schemas for editors: written by the build (src/schema/writeSchemaFiles.ts). */
export const SCHEMA_DIR = path.join(PACKAGE_ROOT, 'dist', 'schema');
