/** A small literal theme and the real bundled Lato, for layout unit tests. */
import type { TextRole } from '../../../src/doc/types.js';
import { BoundedCache } from '../../../src/cache.js';
import { loadFontRegistry, type FontFamily } from '../../../src/fonts/registry.js';
import type { LayoutContext } from '../../../src/layout/types.js';
import { FONTS_DIR } from '../../../src/paths.js';
import type { RoleStyle, Theme } from '../../../src/theme/theme.js';
import { diskWorld } from '../../../src/world.js';

export const lato: FontFamily = (await loadFontRegistry(FONTS_DIR, diskWorld(), new BoundedCache(1))).families.get('Lato')!;

const ROLES: TextRole[] = [
  'body', 'lead', 'small', 'caption', 'label', 'kicker', 'title', 'h1', 'h2', 'h3', 'quote', 'stat',
  'footer',
];
const PLAIN: RoleStyle = {
  size: 10, face: 'regular', leading: 1.2, color: 'ink', tracking: 0, upper: false,
};
const COLORS = { ink: '#111111', muted: '#777777', primary: '#0000ff' };

/** Every role 10 pt Lato Regular, leading 1.2, in ink; a 20 pt margin. */
export function testTheme(overrides: Partial<Record<TextRole, Partial<RoleStyle>>> = {}): Theme {
  const type = Object.fromEntries(ROLES.map((r) => [r, { ...PLAIN, ...overrides[r] }]));
  return { font: 'Lato', margin: 20, colors: { ...COLORS }, type: type as Theme['type'] };
}

export function testContext(theme: Theme = testTheme()): LayoutContext {
  return {
    theme, fonts: lato, images: new Map(), charts: new Map(), tags: new Map(), chartAlt: () => '',
    bleed: 0, diagnostics: [],
  };
}
