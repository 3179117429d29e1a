/**
 * Turns a templates folder into a folder of starter sheets (each template's `starter.yaml`, with
 * the starter organisation file), so the gallery can show what every template looks like. The
 * copies are refreshed before each build, so editing a starter or a template shows at once.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ORG_FILE } from '../loadSheet.js';
import { listTemplates } from '../template/loadTemplate.js';
import { diskWorld } from '../world.js';

/** Writes `dir/<template>.yaml` per template with a starter; returns the template names written. */
export async function syncStarters(templatesDir: string, dir: string): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  const names: string[] = [];
  for (const name of await listTemplates(templatesDir, diskWorld())) {
    const starter = path.join(templatesDir, name, 'starter.yaml');
    if (!fs.existsSync(starter)) continue;
    copyIfChanged(starter, path.join(dir, `${name}.yaml`));
    names.push(name);
  }
  const org = path.join(templatesDir, 'starter-org.yaml');
  if (fs.existsSync(org)) copyIfChanged(org, path.join(dir, ORG_FILE));
  for (const f of fs.readdirSync(dir))
    if (f.endsWith('.yaml') && f !== ORG_FILE && !names.includes(f.replace(/\.yaml$/, '')))
      fs.rmSync(path.join(dir, f), { force: true });
  return names;
}

/** Same bytes, no write: the build's manifest then skips the starter. */
function copyIfChanged(from: string, to: string): void {
  const bytes = fs.readFileSync(from);
  const old = fs.existsSync(to) ? fs.readFileSync(to) : undefined;
  if (!old || !old.equals(bytes)) fs.writeFileSync(to, bytes);
}
