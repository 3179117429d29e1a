/** The bundled strings tables, as a sheet in a language gets them (for tests of printed words). */
import { localStrings, readStringTables } from '../../src/i18n/strings.js';
import { TEMPLATES_DIR } from '../../src/paths.js';
import { diskWorld } from '../../src/world.js';

export const TABLES = (await readStringTables(TEMPLATES_DIR, diskWorld())).value;

/** The words a sheet in `language` on `template` prints. */
export const wordsFor = (language: string, template = 'program-office') =>
  localStrings(TABLES, language, template).value;

export const ENGLISH = wordsFor('en-US');
