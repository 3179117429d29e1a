import { describe, expect, it } from 'vitest';
import type { Emphasis, TextRole } from '../../../src/doc/types.js';
import type { Face } from '../../../src/fonts/registry.js';
import { faceFor, resolveStyle } from '../../../src/layout/textStyle.js';
import type { RoleStyle } from '../../../src/theme/theme.js';
import { testContext, testTheme } from './context.js';

const h2: Partial<RoleStyle> = {
  size: 13, face: 'black', leading: 1.25, color: 'primary', tracking: 0.02, upper: true,
};
const ctx = testContext(testTheme({ h2 }));

describe('resolveStyle', () => {
  it('takes size, face, leading, tracking and case from the role, with the colour resolved to hex', () => {
    expect(resolveStyle(ctx, 'h2')).toEqual({
      face: 'black', size: 13, leading: 1.25, color: '#0000ff', tracking: 0.02, upper: true, align: 'left',
    });
  });

  it('lets the block override colour (name or #rrggbb), alignment and case; unknown roles use body', () => {
    const s = (color: string) => resolveStyle(ctx, { role: 'h2', color, align: 'center', upper: false });
    expect([s('muted'), s('#123456')].map((r) => [r.color, r.align, r.upper])).toEqual([
      ['#777777', 'center', false], ['#123456', 'center', false],
    ]);
    // A role the theme lacks falls back to body.
    const theme = testTheme({ body: { size: 9 } });
    delete (theme.type as Partial<Record<TextRole, unknown>>).quote;
    expect(resolveStyle(testContext(theme), 'quote').size).toBe(9);
  });
});

describe('faceFor', () => {
  const cases: [Face, Emphasis | undefined, Face][] = [
    ['regular', undefined, 'regular'], ['regular', 'bold', 'bold'], ['regular', 'italic', 'italic'],
    ['bold', 'italic', 'boldItalic'], ['italic', 'bold', 'boldItalic'], ['bold', 'bold', 'bold'],
    ['regular', 'black', 'black'], ['black', 'italic', 'black'], ['italic', 'italic', 'italic'],
  ];
  it('combines a paragraph\'s face with inline emphasis; black stays black', () => {
    const faces = cases.map(([base, emphasis]) => faceFor(base, emphasis));
    expect(faces).toEqual(cases.map(([, , face]) => face));
  });
});
