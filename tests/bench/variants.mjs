// Sample sheets with varied data, so no cache serves a sheet it has not seen.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseDocument } from 'yaml';

const SHEETS = new URL('../../sheets/', import.meta.url).pathname;

/** The text of sample sheet `name` with its numbers and a few words changed by `i`. */
export function variant(name, i) {
  const doc = parseDocument(fs.readFileSync(path.join(SHEETS, `${name}.yaml`), 'utf8'));
  doc.setIn(['title'], `${doc.getIn(['title'])} ${i}`);
  for (const section of doc.get('sections').items) {
    const [kind] = section.items.map((p) => p.key.value);
    const body = section.get(kind);
    if (kind === 'stats') body.get('items').items.forEach((item, k) => item.set('value', 100 + ((i * 37 + k * 101) % 9000)));
    if (kind === 'problem') body.set('text', `${body.get('text')} Variant ${i} adds a sentence number ${i * 13}.`);
    const chart = kind === 'chart' ? body : body.get?.('chart');
    chart?.getIn?.(['series', 0, 'values']).items.forEach((v, k) => {
      if (typeof v.value === 'number') v.value = 1 + ((i + k * 7) % 40);
    });
  }
  return doc.toString();
}

/** Writes n sheets (alternating the two-page samples) with org.yaml and images into a new folder. */
export function variantFolder(n) {
  const dir = fs.mkdtempSync(path.join(fs.realpathSync(os.tmpdir()), 'factsheet-bench-'));
  fs.copyFileSync(path.join(SHEETS, 'org.yaml'), path.join(dir, 'org.yaml'));
  fs.cpSync(path.join(SHEETS, 'images'), path.join(dir, 'images'), { recursive: true });
  for (let i = 0; i < n; i++) {
    const name = i % 2 ? 'sex-trafficking' : 'kolkata';
    fs.writeFileSync(path.join(dir, `${name}-${i}.yaml`), variant(name, i));
  }
  return dir;
}
