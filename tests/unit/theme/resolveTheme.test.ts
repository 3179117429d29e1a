import { describe, expect, it } from 'vitest';
import { isCmyk, pdfColor, rgbOf } from '../../../src/pdf/color.js';
import type { Org } from '../../../src/schema/org.js';
import type { Sheet } from '../../../src/schema/sheet.js';
import { colorOf, resolveTheme } from '../../../src/theme/resolveTheme.js';
import type { Theme } from '../../../src/theme/theme.js';

const template = (): Theme => ({
  font: 'Lato', margin: 36, type: {} as Theme['type'],
  colors: { primary: '#000001', accent: '#000002', ink: '#000003' },
});
const org = (colors?: Record<string, string | undefined>) => ({ name: 'Org', brand: { colors } }) as Org;
const sheet = (colors?: Record<string, string>) => ({ theme: { colors } }) as unknown as Sheet;

/** The colours set by a layer, without the ones the theme derives (highlight, accent_text). */
const own = (colors: Record<string, string>) => {
  const { highlight: _h, accent_text: _a, ...rest } = colors;
  return rest;
};

describe('resolveTheme', () => {
  it('merges colours template < organisation < sheet', () => {
    const brand = org({ primary: '#00000a', accent: '#00000b' });
    const t = resolveTheme(template(), brand, sheet({ accent: 'cmyk(0, 5, 9, 0)' }));
    expect(own(t.colors)).toEqual({ primary: '#00000a', accent: 'cmyk(0, 5, 9, 0)', ink: '#000003' });
    expect(own(resolveTheme(template(), { name: 'Org' } as Org, {} as Sheet).colors)).toEqual(template().colors);
  });

  it('keeps the template\'s font, margin and type scale, and does not change the template', () => {
    const defaults = template();
    const t = resolveTheme(defaults, org({ primary: '#ffffff' }), sheet());
    expect([t.font, t.margin, t.type]).toEqual(['Lato', 36, defaults.type]);
    expect(defaults.colors.primary).toBe('#000001');
  });

  // An explicit `undefined` (possible through renderSheet's `org` option, which is checked via
  // stringify but used as given) must not delete the template's colour.
  it('keeps the template colour when a brand colour is undefined', () => {
    expect(resolveTheme(template(), org({ ink: undefined }), sheet()).colors.ink).toBe('#000003');
  });
});

describe('colorOf', () => {
  it('looks names up, passes #rrggbb through, falls back to the fallback (ink) and then black', () => {
    const t = template();
    expect([colorOf(t, 'accent'), colorOf(t, '#abcdef'), colorOf(t, undefined), colorOf(t, 'nope')])
      .toEqual(['#000002', '#abcdef', '#000003', '#000003']);
    expect(colorOf(t, 'nope', 'primary')).toBe('#000001');
    expect(colorOf({ ...t, colors: {} }, 'nope')).toBe('#000000');
  });
});

describe('theme colours for the PDF', () => {
  it('recognises cmyk(c, m, y, k) in any spacing and case, giving pdfkit a tuple in percent', () => {
    expect(['cmyk(0,0,0,100)', 'CMYK( 10.5 , 0, 0 , 0 )'].map(isCmyk)).toEqual([true, true]);
    const others = ['#ff0000', 'cmyk(0, 0, 0)', 'cmyk(0, 0, 0, -1)', 'rgb(0, 0, 0, 0)'];
    expect(others.map(isCmyk)).toEqual([false, false, false, false]);
    expect(pdfColor('cmyk(100, 40, 0, 20.5)')).toEqual([100, 40, 0, 20.5]);
    expect(pdfColor('#0b4f71')).toBe('#0b4f71');
  });

  it('converts CMYK to an RGB stand-in for screen uses', () => {
    const cmyk = ['cmyk(0, 100, 100, 0)', 'cmyk(100, 0, 0, 0)', 'cmyk(0, 0, 0, 100)', 'cmyk(0, 0, 0, 50)'];
    cmyk.push('#123456');
    expect(cmyk.map(rgbOf)).toEqual(['#ff0000', '#00ffff', '#000000', '#808080', '#123456']);
  });
});
