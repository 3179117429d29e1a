/** Lowers a QR code: vector squares on a white quiet zone, sized to scan from a printed page. */
import { encode } from 'uqr';
import type { QrNode } from '../../doc/types.js';
import { laid, type DisplayItem, type Laid, type LayoutContext } from '../types.js';

/** Modules of white around the symbol, as the QR standard asks. */
const QUIET = 4;

/** The dark modules of a QR symbol, row by row, without a quiet zone. */
export interface QrMatrix {
  data: boolean[][];
  size: number;
}

// uqr has no dependencies (qrcode brought 30 packages); the quiet zone is drawn by lowerQr.
export const encodeQr = (url: string): QrMatrix => encode(url, { ecc: 'M', border: 0 });

export function lowerQr(node: QrNode, width: number, ctx: LayoutContext): Laid {
  const size = Math.min(node.size, width);
  const { data, size: n } = ctx.qr?.(node.url) ?? encodeQr(node.url);
  const dark = (row: number, col: number) => data[row]![col]!;
  const unit = size / (n + 2 * QUIET);
  const tag = ctx.tags.get(node);
  const items: DisplayItem[] = [{ kind: 'rect', x: 0, y: 0, w: size, h: size, fill: '#ffffff', tag }];
  for (let row = 0; row < n; row++) {
    // One rectangle per run of dark modules keeps the drawing small.
    for (let col = 0; col < n;) {
      if (!dark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && dark(row, col)) col++;
      items.push({
        kind: 'rect',
        x: (QUIET + start) * unit,
        y: (QUIET + row) * unit,
        w: (col - start) * unit + 0.01,
        h: unit + 0.01,
        fill: '#000000',
        tag,
      });
    }
  }
  items.push({ kind: 'link', x: 0, y: 0, w: size, h: size, url: node.url, tag });
  return laid(size, items, {
    gapAfter: 4,
    sections: node.path ? [{ path: node.path, span: node.span, top: 0, bottom: size }] : [],
  });
}
