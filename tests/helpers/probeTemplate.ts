/** A templates folder with one template of the test's own, for tests of templates. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TEMPLATES_DIR } from '../../src/paths.js';
import { sheetDir } from './sheetDir.js';

/**
 * A templates folder holding the shared partials and labels plus one template, `probe`: a copy
 * of program-office whose `sections/stats` partial (MINIMAL_SHEET's only section) is `stats`,
 * with extra partials of its own. Returns the templates folder.
 */
export function templatesWith(stats: string, partials: Record<string, string> = {}): string {
  const templates = path.join(sheetDir(), 'templates');
  fs.mkdirSync(templates);
  fs.cpSync(path.join(TEMPLATES_DIR, 'partials'), path.join(templates, 'partials'), { recursive: true });
  fs.cpSync(path.join(TEMPLATES_DIR, 'strings'), path.join(templates, 'strings'), { recursive: true });
  const probe = path.join(templates, 'probe');
  fs.cpSync(path.join(TEMPLATES_DIR, 'program-office'), probe, { recursive: true });
  for (const [name, text] of Object.entries({ 'sections/stats': stats, ...partials })) {
    fs.mkdirSync(path.dirname(path.join(probe, 'partials', `${name}.hbs`)), { recursive: true });
    fs.writeFileSync(path.join(probe, 'partials', `${name}.hbs`), text);
  }
  return templates;
}

export const statsPartial = (templates: string) => path.join(templates, 'probe', 'partials', 'sections', 'stats.hbs');

