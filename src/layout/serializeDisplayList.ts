/**
 * Writes placed pages as text for people and diffs: one display item per line, numbers to
 * 1/1000 pt, faces by name, structure tags as their path in the tree ("Document/Sect[2]/P[1]"),
 * images by a hash of their bytes. Golden tests compare this text; a change shows as the
 * lines of the items that moved.
 */
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import type { Span } from '../diag/diagnostic.js';
import type { StructNode } from '../doc/structure.js';
import type { DisplayItem, PlacedPage } from './types.js';

export function serializeDisplayList(pages: readonly PlacedPage[], structure: StructNode): string {
  const paths = tagPaths(structure);
  const out: string[] = ['{', '  "pages": ['];
  pages.forEach((page, p) => {
    out.push(`    { "width": ${num(page.width)}, "height": ${num(page.height)}, "items": [`);
    page.items.forEach((item, i) => {
      const comma = i < page.items.length - 1 ? ',' : '';
      out.push(`      ${JSON.stringify(itemRecord(item, paths))}${comma}`);
    });
    out.push(`    ] }${p < pages.length - 1 ? ',' : ''}`);
  });
  out.push('  ]', '}', '');
  return out.join('\n');
}

/** `kolkata.yaml:12:5`: the file's name only, so the text is the same on every machine. */
const spanText = (s: Span) => `${path.basename(s.file)}:${s.line}:${s.col}`;

const num = (v: number) => Math.round(v * 1000) / 1000 + 0; // + 0 turns -0 into 0

/** An item as plain data: numbers rounded, references replaced by names. */
function itemRecord(item: DisplayItem, paths: ReadonlyMap<StructNode, string>): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    if (value === undefined || key === 'glyphs') continue;
    if (key === 'tag') record.tag = paths.get(value as StructNode) ?? '?';
    else if (key === 'span') record.span = spanText(value as Span);
    else if (key === 'image') record.image = imageId((value as { bytes?: Uint8Array; file: string }).bytes);
    else record[key] = plain(value);
  }
  // Glyphs last, compactly: id and advance (font units) each, the text already shown above.
  if (item.kind === 'text') record.glyphs = item.glyphs.map(glyphCode).join(' ');
  return record;
}

function plain(value: unknown): unknown {
  if (typeof value === 'number') return num(value);
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

const glyphCode = (g: { id: number; advance: number; dx?: number; dy?: number }) =>
  `${g.id}:${num(g.advance)}${g.dx || g.dy ? `@${num(g.dx ?? 0)},${num(g.dy ?? 0)}` : ''}`;

function imageId(bytes: Uint8Array | undefined): string {
  return bytes ? `sha256:${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}` : 'unread';
}

/** Each structure node's path: its type with its 1-based index among same-type siblings. */
function tagPaths(root: StructNode): Map<StructNode, string> {
  const paths = new Map<StructNode, string>();
  const visit = (n: StructNode, path: string) => {
    paths.set(n, path);
    const seen = new Map<string, number>();
    for (const c of n.children) {
      const k = (seen.get(c.type) ?? 0) + 1;
      seen.set(c.type, k);
      visit(c, `${path}/${c.type}[${k}]`);
    }
  };
  visit(root, root.type);
  return paths;
}
