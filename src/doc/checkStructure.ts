/**
 * PDF/UA rules that a template's markup could break, checked on the structure before anything is
 * written, so a PDF never claims PDF/UA falsely. Heading levels cannot break the rule (the
 * structure closes their gaps, see structure.ts); Note IDs can, when a template of one's own
 * lists the notes twice (PDF/UA-1 7.9: each Note's /ID unique).
 */
import { error, type Diagnostic } from '../diag/diagnostic.js';
import type { StructNode } from './structure.js';

export function checkStructure(root: StructNode): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const n of walk(root)) {
    if (n.type !== 'Note' || !n.id) continue;
    if (seen.has(n.id))
      out.push(
        error('note-id', `two footnotes share the marker \`${n.id.replace(/^note-/, '')}\``, {
          span: n.span,
          hint: 'a template that lists the notes twice gives both lists the same markers: list them once',
        }),
      );
    seen.add(n.id);
  }
  return out;
}

function* walk(n: StructNode): Generator<StructNode> {
  yield n;
  for (const c of n.children) yield* walk(c);
}
