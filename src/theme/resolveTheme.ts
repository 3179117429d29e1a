/** Turns template defaults, the organisation's brand and the sheet's overrides into one Theme. */
import type { Org } from '../schema/org.js';
import type { Sheet } from '../schema/sheet.js';
import type { Theme } from './theme.js';

/** The one merge: template defaults < organisation brand < sheet overrides. */
export function resolveTheme(defaults: Theme, org: Org, sheet: Sheet): Theme {
  const colors = { ...defaults.colors, ...org.brand?.colors, ...sheet.theme?.colors };
  return { ...defaults, colors: Object.fromEntries(Object.entries(colors).filter(([, v]) => v !== undefined)) as Record<string, string> };
}

/** A theme colour by name (`primary`) or a literal `#rrggbb`. */
export function colorOf(theme: Theme, name: string | undefined, fallback = 'ink'): string {
  const key = name ?? fallback;
  if (key.startsWith('#')) return key;
  return theme.colors[key] ?? theme.colors[fallback] ?? '#000000';
}
