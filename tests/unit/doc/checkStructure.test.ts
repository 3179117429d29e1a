/** Structure rules PDF/UA asks for, kept by construction or checked before writing. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/api.js';
import type { SheetError } from '../../../src/diag/diagnostic.js';
import { checkStructure } from '../../../src/doc/checkStructure.js';
import { buildStructure, type StructNode } from '../../../src/doc/structure.js';
import type { DocNode, Paragraph } from '../../../src/doc/types.js';
import { TEMPLATES_DIR } from '../../../src/paths.js';
import { readTags, roles } from '../../helpers/readPdf.js';
import { MINIMAL_SHEET, sheetDir } from '../../helpers/sheetDir.js';

const heading = (level: number, text: string): Paragraph => ({
  kind: 'para', style: { role: 'h2' }, inlines: [{ text }], gap: 0, keepWithNext: true, heading: level,
});
const headingTypes = (n: StructNode): string[] => [
  ...(/^H\d$/.test(n.type) ? [n.type] : []), ...n.children.flatMap(headingTypes),
];

/** A copy of the bundled templates with one partial changed. */
function templatesWith(partial: string, change: (text: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factsheet-templates-'));
  fs.cpSync(TEMPLATES_DIR, dir, { recursive: true });
  const file = path.join(dir, partial);
  fs.writeFileSync(file, change(fs.readFileSync(file, 'utf8')));
  return dir;
}

describe('heading levels', () => {
  it('closes gaps: a heading is at most one level below the heading before it, the first an H1', () => {
    const parts = [
      { nodes: [heading(2, 'Title')] as DocNode[] },
      { nodes: [heading(3, 'Region'), heading(2, 'Back up'), heading(4, 'Deep')] as DocNode[], sect: true },
    ];
    expect(headingTypes(buildStructure(parts, () => undefined).root)).toEqual(['H1', 'H2', 'H2', 'H3']);
  });

  it('keeps a template\'s skipped level out of the PDF: the structure goes one level at a time', async () => {
    const templates = templatesWith('partials/sections/text.hbs', (t) => t.replace('<h role="h2"', '<h role="h2" level="4"'));
    const dir = sheetDir({ 'x.yaml': `${MINIMAL_SHEET}  - text:\n      title: Deep heading\n      text: Words.\n` });
    const pdf = await createEngine({ templatesDir: templates }).renderFile(path.join(dir, 'x.yaml'));
    const levels = (await readTags(pdf)).pages.flatMap(roles).filter((r) => /^H\d$/.test(r));
    levels.forEach((l, i) => expect(Number(l[1])).toBeLessThanOrEqual(i === 0 ? 1 : Number(levels[i - 1]![1]) + 1));
    expect(levels).toContain('H3');
  });
});

describe('checkStructure', () => {
  const n = (type: string, extra: Partial<StructNode> = {}): StructNode => ({ type, children: [], ...extra });

  it('refuses two notes with one ID, and accepts distinct ones', () => {
    const doc = (ids: string[]) => ({ type: 'Document', children: ids.map((id) => n('Note', { id })) });
    expect(checkStructure(doc(['note-1', 'note-1'])).map((d) => d.code)).toEqual(['note-id']);
    expect(checkStructure(doc(['note-1', 'note-2']))).toEqual([]);
  });

  it('fails a build whose template lists the notes twice, and writes nothing', async () => {
    const templates = templatesWith('partials/sections/facts.hbs', (t) => `${t}\n${t}`);
    const sheet = `${MINIMAL_SHEET}  - facts:\n      items:\n        - "A fact.[^a]"\n      sources:\n        a: A source.\n`;
    const dir = sheetDir({ 'x.yaml': sheet });
    const engine = createEngine({ templatesDir: templates });
    const err = (await engine.renderFile(path.join(dir, 'x.yaml')).catch((e: unknown) => e)) as SheetError;
    expect(err.diagnostics?.map((d) => d.code)).toContain('note-id');
  });
});
