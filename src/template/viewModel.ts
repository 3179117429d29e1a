/** Turns a loaded sheet into what a template sees: the data plus a few derived values. */
import { numberNotes } from '../doc/parseInline.js';
import type { LoadedSheet } from '../loadSheet.js';
import type { Theme } from '../theme/theme.js';

export interface ViewModel {
  sheet: LoadedSheet['sheet'];
  org: LoadedSheet['org'];
  theme: Theme;
  locale: string;
  /** Footnote sources in the order the facts first cite them. */
  footnotes: { marker: string; text: string }[];
  /** True when any quote or story uses a pseudonym: the footer then explains the asterisk. */
  pseudonym: boolean;
}

export function viewModel(loaded: LoadedSheet, theme: Theme): ViewModel {
  const { sheet, org } = loaded;
  const sources = sheet.facts?.sources ?? {};
  const numbers = numberNotes(sheet.facts?.items ?? []);
  return {
    sheet,
    org,
    theme,
    locale: sheet.language ?? 'en-US',
    footnotes: [...numbers].filter(([id]) => id in sources).map(([id, n]) => ({ marker: String(n), text: sources[id]! })),
    pseudonym: Boolean(sheet.quote?.pseudonym || sheet.story?.pseudonym || sheet.story?.quote?.pseudonym),
  };
}
