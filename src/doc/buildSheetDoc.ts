/**
 * Turns the rendered fragments (page headers and footers, one per section) into the SheetDoc:
 * typed blocks per section with its place, page-break wish and position in the sheet.
 */
import type { Diagnostic, Result, Span } from '../diag/diagnostic.js';
import type { Place } from '../sections/kind.js';
import type { Fragment, MasterName, RenderedSheet } from '../template/renderSections.js';
import { buildFragment } from './buildDoc.js';
import type { NoteNumbers } from './parseInline.js';
import { parseMarkup } from './parseMarkup.js';
import type { DocNode } from './types.js';

export interface SectionDoc {
  kind: string;
  index: number;
  place: Place;
  breakBefore: boolean;
  /** e.g. `sections[3].quote`. */
  path: string;
  span?: Span;
  children: DocNode[];
}

export interface MasterDoc {
  header: DocNode[];
  footer: DocNode[];
}

export interface SheetDoc {
  masters: Partial<Record<MasterName, MasterDoc>>;
  sections: SectionDoc[];
}

export interface SheetDocContext {
  notes: NoteNumbers;
  /** Resolves `path="sections[0].stats.items[0]"` to the sheet position. */
  spanOf(path: string): Span | undefined;
  /** Where a section starts: the `- quote:` line of `sections[i]`. */
  sectionSpan(index: number, kind: string): Span | undefined;
}

export function buildSheetDoc(rendered: RenderedSheet, ctx: SheetDocContext): Result<SheetDoc> {
  const diagnostics: Diagnostic[] = [];
  const nodes = (fragment: Fragment | undefined): DocNode[] => {
    if (!fragment) return [];
    const markup = parseMarkup(fragment.markup, fragment.file);
    const built = buildFragment(markup.value, {
      notes: ctx.notes,
      spanOf: ctx.spanOf,
      templateSpan: (offset) => spanIn(fragment, offset),
    });
    diagnostics.push(...markup.diagnostics, ...built.diagnostics);
    return built.value;
  };
  const masters: SheetDoc['masters'] = {};
  for (const [name, m] of Object.entries(rendered.masters) as [
    MasterName,
    { header?: Fragment; footer?: Fragment },
  ][]) {
    masters[name] = { header: nodes(m.header), footer: nodes(m.footer) };
  }
  const sections = rendered.sections.map((s) => ({
    kind: s.kind,
    index: s.index,
    place: s.place,
    breakBefore: s.breakBefore,
    path: s.path,
    span: ctx.sectionSpan(s.index, s.kind),
    children: nodes(s.fragment),
  }));
  return { value: { masters, sections }, diagnostics };
}

function spanIn(fragment: Fragment, offset: number): Span {
  const before = fragment.markup.slice(0, offset).split('\n');
  return {
    file: fragment.file,
    start: offset,
    end: offset,
    line: before.length,
    col: before.at(-1)!.length + 1,
  };
}
