/** Turns template defaults, the organisation's brand and the sheet's overrides into one Theme. */
import type { Span } from '../diag/diagnostic.js';
import { spanAt } from '../load/spanAt.js';
import type { SourceFile } from '../load/sourceFile.js';
import type { Org } from '../schema/org.js';
import type { Sheet } from '../schema/sheet.js';
import { DERIVED_COLORS, deriveColors } from './derivedColors.js';
import type { Theme } from './theme.js';

/** The files the brand and the overrides were read from, so messages can point at a colour. */
export interface ThemeSources {
  org?: SourceFile;
  sheet?: SourceFile;
}

/** The one merge: template defaults < organisation brand (colours, font) < sheet overrides. */
export function resolveTheme(defaults: Theme, org: Org, sheet: Sheet, sources: ThemeSources = {}): Theme {
  // Each layer drops its undefined entries first, so an absent override keeps the colour below.
  const defined = (c: Record<string, string | undefined> | undefined) =>
    Object.fromEntries(Object.entries(c ?? {}).filter(([, v]) => v !== undefined)) as Record<string, string>;
  const brand = defined(org.brand?.colors);
  const own = defined(sheet.theme?.colors);
  const colors = { ...defaults.colors, ...brand, ...own };
  const origins: Record<string, Span> = { ...defaults.colorOrigins };
  const mark = (names: object, src: SourceFile | undefined, at: readonly string[]) => {
    for (const k of Object.keys(names)) if (src) origins[k] = spanAt(src, [...at, k]);
  };
  mark(brand, sources.org, ['brand', 'colors']);
  mark(own, sources.sheet, ['theme', 'colors']);
  const derived = deriveColors(colors);
  for (const d of DERIVED_COLORS) if (derived[d.name] && origins[d.from]) origins[d.name] = origins[d.from]!;
  return {
    ...defaults,
    font: org.brand?.font ?? defaults.font,
    colors: { ...colors, ...derived },
    colorOrigins: origins,
  };
}

/** A theme colour by name (`primary`) or a literal `#rrggbb`. */
export function colorOf(theme: Theme, name: string | undefined, fallback = 'ink'): string {
  const key = name ?? fallback;
  if (key.startsWith('#')) return key;
  return theme.colors[key] ?? theme.colors[fallback] ?? '#000000';
}
