/** Temporary sheet folders with a valid org.yaml, for tests that need real files. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const REPO = path.resolve(import.meta.dirname, '../..');
export const SHEETS = path.join(REPO, 'sheets');

/** The sample sheets in sheets/ by name (`kolkata`, …): every one must validate, build and match the schema. */
export const SAMPLE_SHEETS: readonly string[] = fs.readdirSync(SHEETS)
  .filter((f) => f.endsWith('.yaml') && f !== 'org.yaml')
  .map((f) => f.slice(0, -'.yaml'.length))
  .sort();

export const MINIMAL_SHEET = `title: Test sheet
template: program-office
header:
  title: Test
sections:
  - stats:
      items:
        - value: 435
          label: survivors rescued
`;

/** Makes a temp folder holding the sample org.yaml plus the given files; returns its path. */
export function sheetDir(files: Record<string, string | Uint8Array> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factsheet-test-'));
  fs.copyFileSync(path.join(SHEETS, 'org.yaml'), path.join(dir, 'org.yaml'));
  for (const [name, contents] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), contents);
  }
  return dir;
}
