/** Resolves a paragraph's style and an inline run's emphasis to a concrete face, size and colour. */
import type { Emphasis, Style, TextRole } from '../doc/types.js';
import type { Face, LoadedFace } from '../fonts/registry.js';
import { colorOf } from '../theme/resolveTheme.js';
import type { LayoutContext } from './types.js';

export interface ResolvedStyle {
  face: Face;
  size: number;
  leading: number;
  color: string;
  tracking: number;
  upper: boolean;
  align: 'left' | 'center' | 'right';
}

export function resolveStyle(ctx: LayoutContext, style: Style | TextRole): ResolvedStyle {
  const s: Style = typeof style === 'string' ? { role: style } : style;
  const role = ctx.theme.type[s.role] ?? ctx.theme.type.body;
  return {
    face: role.face,
    size: role.size,
    leading: role.leading,
    color: colorOf(ctx.theme, s.color ?? role.color),
    tracking: role.tracking,
    upper: s.upper ?? role.upper,
    align: s.align ?? 'left',
  };
}

/** Bold inside a bold paragraph stays bold; italic inside bold becomes bold italic. */
export function faceFor(base: Face, emphasis: Emphasis | undefined): Face {
  if (!emphasis) return base;
  if (base === 'black') return 'black';
  const bold =
    emphasis === 'bold' ||
    emphasis === 'boldItalic' ||
    emphasis === 'black' ||
    base === 'bold' ||
    base === 'boldItalic';
  const italic =
    emphasis === 'italic' || emphasis === 'boldItalic' || base === 'italic' || base === 'boldItalic';
  if (emphasis === 'black') return 'black';
  return bold && italic ? 'boldItalic' : bold ? 'bold' : italic ? 'italic' : 'regular';
}

export function loadedFace(ctx: LayoutContext, face: Face): LoadedFace {
  return ctx.fonts[face];
}
