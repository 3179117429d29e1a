/** A section item's kind and body; apart from sheet.ts so that using it loads no TypeBox. */
import type { KindName } from '../sections/registry.js';
import type { SectionData } from './sheet.js';

/** A section's kind and body, from its one-key map. */
export function sectionParts(item: SectionData): { kind: KindName; body: Record<string, unknown> } {
  const [kind, body] = Object.entries(item)[0] as [KindName, Record<string, unknown> | null];
  // `- about:` with nothing after it is a section with no fields of its own.
  return { kind, body: body ?? {} };
}
