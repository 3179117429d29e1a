/**
 * Turns a loaded sheet into layout markup, one fragment per page header, page footer and
 * section, each rendered by its partial (`sections/<kind>` for a section). Where each section
 * goes (its place) and whether it starts a page are decided here, from the sheet or the
 * template's defaults.
 */
import { hasErrors, type Diagnostic, type Result } from '../diag/diagnostic.js';
import type { LoadedSheet } from '../loadSheet.js';
import type { Place } from '../sections/kind.js';
import type { KindName } from '../sections/registry.js';
import { sectionParts } from '../schema/sectionParts.js';
import type { Theme } from '../theme/theme.js';
import { renderPartial, type Template } from './loadTemplate.js';
import { viewModel } from './viewModel.js';

/** Markup rendered by one partial; `file` is that partial, for markup errors. */
export interface Fragment {
  markup: string;
  file: string;
}

export type MasterName = 'first' | 'following' | 'last';

export interface RenderedSection {
  kind: KindName;
  index: number;
  place: Place;
  breakBefore: boolean;
  /** The section in the sheet, e.g. `sections[3].quote`. */
  path: string;
  fragment: Fragment;
}

export interface RenderedSheet {
  masters: Partial<Record<MasterName, { header?: Fragment; footer?: Fragment }>>;
  sections: RenderedSection[];
}

export function renderSections(
  loaded: LoadedSheet,
  template: Template,
  theme: Theme,
  /** The words the partials print, in the sheet's language (src/i18n/strings.ts). */
  labels: Record<string, string>,
): Result<RenderedSheet | undefined> {
  const { vm, notesOf } = viewModel(loaded, theme, labels);
  const diagnostics: Diagnostic[] = [];
  const render = (partial: string, context: object): Fragment | undefined => {
    const out = renderPartial(template, partial, context);
    if (typeof out !== 'string') {
      diagnostics.push(out);
      return undefined;
    }
    const file = template.sources.find((s) => s.name === partial)?.file ?? partial;
    return { markup: out, file: `${file} (rendered markup)` };
  };
  const masters: RenderedSheet['masters'] = {};
  for (const [name, master] of Object.entries(template.layout.masters) as [
    MasterName,
    { header?: string; footer?: string },
  ][]) {
    masters[name] = {
      header: master.header ? render(master.header, vm) : undefined,
      footer: master.footer ? render(master.footer, vm) : undefined,
    };
  }
  const seen = new Set<string>();
  const places = choosePlaces(loaded, template);
  const sections = loaded.sheet.sections.flatMap((item, index) => {
    const { kind, body } = sectionParts(item);
    // The first section of its kind: a press release's dateline opens its first paragraph.
    const first = !seen.has(kind);
    seen.add(kind);
    const base = `sections[${index}].${kind}`;
    const place = places[index]!;
    const context = {
      ...vm,
      section: body,
      base,
      place,
      side: place === 'side',
      full: place === 'full',
      first,
      notes: notesOf(base),
    };
    const fragment = render(`sections/${kind}`, context);
    return fragment
      ? [{ kind, index, place, breakBefore: body.break === 'before', path: base, fragment }]
      : [];
  });
  return { value: hasErrors(diagnostics) ? undefined : { masters, sections }, diagnostics };
}

/**
 * Each section's place: its own `place:`, else the template's default for its kind. A run of
 * column sections with nothing in one of the two columns would leave that column empty, a
 * hole beside it: such a run goes full width instead, unless the sheet asked for the place.
 */
function choosePlaces(loaded: LoadedSheet, template: Template): Place[] {
  const parts = loaded.sheet.sections.map((item) => sectionParts(item));
  const places = parts.map(
    ({ kind, body }) => (body.place as Place | undefined) ?? template.layout.places[kind],
  );
  let start = 0;
  for (let i = 0; i <= parts.length; i++) {
    const ends =
      i === parts.length || places[i] === 'full' || (i > start && parts[i]!.body.break === 'before');
    if (!ends) continue;
    const run = places.slice(start, i);
    if (run.length && !(run.includes('main') && run.includes('side'))) {
      for (let k = start; k < i; k++) if (parts[k]!.body.place === undefined) places[k] = 'full';
    }
    start = places[i] === 'full' ? i + 1 : i;
  }
  return places;
}
