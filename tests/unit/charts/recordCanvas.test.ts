import { describe, expect, it } from 'vitest';
import { arcOps, IDENTITY } from '../../../src/charts/arcPath.js';
import { parseCanvasColor } from '../../../src/charts/canvasColor.js';
import { BoundedCache } from '../../../src/cache.js';
import { recordingCanvas } from '../../../src/charts/recordCanvas.js';
import { loadFontRegistry } from '../../../src/fonts/registry.js';
import { FONTS_DIR } from '../../../src/paths.js';
import { diskWorld } from '../../../src/world.js';

const fonts = (await loadFontRegistry(FONTS_DIR, diskWorld(), new BoundedCache(2))).families.get('Lato')!;

describe('recording canvas', () => {
  it('records a filled rectangle through the current transform, in page points', () => {
    const { context } = recordingCanvas(100, 50, { fonts });
    context.translate(10, 5);
    context.scale(2, 2);
    context.fillStyle = 'rgba(11, 79, 113, 0.5)';
    context.fillRect(1, 1, 4, 3);
    expect(context.items).toEqual([
      {
        kind: 'shape',
        ops: [['M', 12, 7], ['L', 20, 7], ['L', 20, 13], ['L', 12, 13], ['Z']],
        fill: '#0b4f71',
        opacity: 0.5,
      },
    ]);
  });

  it('scales line widths and dashes with the transform, and skips transparent paint', () => {
    const { context } = recordingCanvas(100, 50, { fonts });
    context.scale(2, 2);
    context.lineWidth = 0.5;
    context.setLineDash([2, 1]);
    context.strokeStyle = '#c5d3da';
    context.beginPath();
    context.moveTo(0, 0);
    context.lineTo(10, 0);
    context.stroke();
    context.fillStyle = 'transparent';
    context.fill();
    expect(context.items).toEqual([
      { kind: 'shape', ops: [['M', 0, 0], ['L', 20, 0]], stroke: '#c5d3da', lineWidth: 1, dash: [4, 2] },
    ]);
  });

  it('sets text as glyph runs in the face the CSS font asks for, aligned as the canvas aligns', () => {
    const { context } = recordingCanvas(100, 50, { fonts, colorOf: () => 'cmyk(100, 30, 0, 40)' });
    context.font = 'bold 10px Lato';
    context.textAlign = 'center';
    context.fillStyle = '#0b4f71';
    const width = context.measureText('2016').width;
    context.fillText('2016', 50, 20);
    const [run] = context.items;
    expect(run).toMatchObject({ kind: 'text', face: 'Lato-bold', size: 10, color: 'cmyk(100, 30, 0, 40)' });
    expect(run!.kind === 'text' && run!.x).toBeCloseTo(50 - width / 2, 6);
    // The trailing space keeps a two-line label's words apart for text extraction.
    expect(run!.kind === 'text' && run!.text).toBe('2016 ');
  });

  it('turns rotated text into a run with its angle', () => {
    const { context } = recordingCanvas(100, 50, { fonts });
    context.translate(30, 30);
    context.rotate(-Math.PI / 4);
    context.fillText('Label', 0, 0);
    expect(context.items[0]).toMatchObject({ kind: 'text', x: 30, y: 30, angle: -45 });
  });

  it('refuses a Path2D rather than draw the wrong path', () => {
    const { context } = recordingCanvas(100, 50, { fonts });
    expect(() => context.stroke({})).toThrow(/Path2D/);
  });
});

describe('arcs', () => {
  it('draws a full circle as four quarter curves that start and end at the same point', () => {
    const ops = arcOps(IDENTITY, 10, 10, 5, 0, 2 * Math.PI, false);
    expect(ops[0]).toEqual(['M', 15, 10]);
    expect(ops).toHaveLength(5);
    const last = ops.at(-1)!;
    expect(last[5]).toBeCloseTo(15, 9);
    expect(last[6]).toBeCloseTo(10, 9);
  });

  it('turns counter-clockwise when asked, and draws nothing for angles that are not finite', () => {
    const ops = arcOps(IDENTITY, 0, 0, 1, 0, Math.PI / 2, true);
    expect(ops).toHaveLength(4); // three quarters the other way round
    expect(arcOps(IDENTITY, 0, 0, 1, 0, -Infinity, false)).toHaveLength(2);
  });
});

describe('canvas colours', () => {
  it.each([
    ['#abc', { hex: '#aabbcc', alpha: 1 }],
    ['#0B4F71', { hex: '#0b4f71', alpha: 1 }],
    ['rgb(11, 79, 113)', { hex: '#0b4f71', alpha: 1 }],
    ['rgba(0,0,0,0.1)', { hex: '#000000', alpha: 0.1 }],
    ['transparent', { hex: '#000000', alpha: 0 }],
  ])('reads %s', (css, parsed) => expect(parseCanvasColor(css)).toEqual(parsed));

  it('does not guess at a colour it cannot read', () => expect(parseCanvasColor('papayawhip')).toBeUndefined());
});

describe('what chart.js may hand the canvas', () => {
  it('measures a multi-line label (an array) as a canvas would, as its string', () => {
    const { context } = recordingCanvas(100, 50, { fonts });
    const asString = context.measureText('justice justice,justice').width;
    expect(context.measureText(['justice justice', 'justice'] as never).width).toBe(asString);
  });
});
