/** Turns template defaults, the organisation's brand and the sheet's overrides into one Theme. */
import type { Org } from '../schema/org.js';
import type { Sheet } from '../schema/sheet.js';
import type { Theme } from './theme.js';

/** The one merge: template defaults < organisation brand (colours, font) < sheet overrides. */
export function resolveTheme(defaults: Theme, org: Org, sheet: Sheet): Theme {
  // Each layer drops its undefined entries first, so an absent override keeps the colour below.
  const defined = (c: Record<string, string | undefined> | undefined) =>
    Object.fromEntries(Object.entries(c ?? {}).filter(([, v]) => v !== undefined)) as Record<string, string>;
  return {
    ...defaults,
    font: org.brand?.font ?? defaults.font,
    colors: { ...defaults.colors, ...defined(org.brand?.colors), ...defined(sheet.theme?.colors) },
  };
}

/** A theme colour by name (`primary`) or a literal `#rrggbb`. */
export function colorOf(theme: Theme, name: string | undefined, fallback = 'ink'): string {
  const key = name ?? fallback;
  if (key.startsWith('#')) return key;
  return theme.colors[key] ?? theme.colors[fallback] ?? '#000000';
}
