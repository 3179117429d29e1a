/** Turns a loaded sheet into what a template sees: the data plus a few derived values. */
import { numberNotes } from '../doc/parseInline.js';
import { LOGO_IMAGE, type LoadedSheet } from '../loadSheet.js';
import { sectionParts } from '../schema/sectionParts.js';
import { richTexts } from '../sections/walk.js';
import type { Theme } from '../theme/theme.js';
import { footnoteSources } from '../validate/checkReferences.js';

export interface Note {
  marker: string;
  text: string;
}

export interface ViewModel {
  sheet: LoadedSheet['sheet'];
  org: LoadedSheet['org'];
  theme: Theme;
  locale: string;
  labels: Record<string, string>;
  /** Every cited footnote source, in the order the text first cites them. */
  footnotes: Note[];
  /** True when any quote or story uses a pseudonym: the footer then explains the asterisk. */
  pseudonym: boolean;
  /** The organisation's logo as an image `src` for `<image>`, when org.yaml names one. */
  logo?: string;
}

export interface SheetView {
  vm: ViewModel;
  /** The cited sources a facts section declares (`sections[2].facts`), to list under it. */
  notesOf(base: string): Note[];
}

export function viewModel(loaded: LoadedSheet, theme: Theme, labels: Record<string, string>): SheetView {
  const { sheet, org } = loaded;
  const sources = footnoteSources(sheet);
  const numbers = numberNotes(richTexts(sheet).map((t) => t.value));
  const cited = [...numbers].filter(([id]) => sources.has(id));
  const footnotes = cited.map(([id, n]) => ({ marker: String(n), text: sources.get(id)!.text }));
  const declaredIn = (id: string) => {
    const [, i, kind] = sources.get(id)!.path;
    return `sections[${String(i)}].${String(kind)}`;
  };
  return {
    vm: {
      sheet,
      org,
      theme,
      locale: sheet.language ?? 'en-US',
      labels,
      footnotes,
      pseudonym: usesPseudonym(loaded),
      logo: loaded.images.has(LOGO_IMAGE) ? LOGO_IMAGE : undefined,
    },
    notesOf: (base) =>
      cited
        .filter(([id]) => declaredIn(id) === base)
        .map(([id, n]) => ({ marker: String(n), text: sources.get(id)!.text })),
  };
}

function usesPseudonym({ sheet }: LoadedSheet): boolean {
  return sheet.sections.some((item) => {
    const { body } = sectionParts(item);
    const quote = body.quote as { pseudonym?: boolean } | undefined;
    return body.pseudonym === true || quote?.pseudonym === true;
  });
}
