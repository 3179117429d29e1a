/**
 * Turns chart.js drawing calls into display items: a stand-in for a 2D canvas context that
 * records paths (in points, transforms applied) as `shape` items and text as glyph runs shaped
 * with the sheet's own fonts, so chart labels are real, selectable text in the brand face and
 * measure exactly as they are drawn. Only what chart.js calls is implemented.
 */
import type { FontFamily, LoadedFace } from '../fonts/registry.js';
import { runsWidth, shapeLine } from '../text/shapeLine.js';
import type { DisplayItem, PathOp } from '../layout/types.js';
import { apply, arcOps, IDENTITY, multiply, type Matrix } from './arcPath.js';
import { parseCanvasColor } from './canvasColor.js';

type Point = readonly [number, number];
type Align = 'left' | 'right' | 'center' | 'start' | 'end';
type Baseline = 'top' | 'hanging' | 'middle' | 'alphabetic' | 'ideographic' | 'bottom';

interface State {
  matrix: Matrix;
  fillStyle: string;
  strokeStyle: string;
  lineWidth: number;
  lineCap: 'butt' | 'round' | 'square';
  lineJoin: 'miter' | 'round' | 'bevel';
  dash: number[];
  globalAlpha: number;
  font: string;
  textAlign: Align;
  textBaseline: Baseline;
}

const INITIAL: State = {
  matrix: IDENTITY,
  fillStyle: '#000000',
  strokeStyle: '#000000',
  lineWidth: 1,
  lineCap: 'butt',
  lineJoin: 'miter',
  dash: [],
  globalAlpha: 1,
  font: '10px sans-serif',
  textAlign: 'start',
  textBaseline: 'alphabetic',
};

export interface RecordOptions {
  fonts: FontFamily;
  /** The colour to write for a colour chart.js was given (e.g. `#0b4f71` → `cmyk(…)`), so
   * charts print in the theme's own colours, CMYK included. */
  colorOf?: (hex: string) => string;
  /** Widths of strings at 1 pt by face, kept by the renderer: chart.js measures each label
   * many times while it fits its axes (a fifth of drawing a chart, before this). */
  widths?: WeakMap<LoadedFace, Map<string, number>>;
}

/** Past this many strings a face's widths start again (a long watch session sees many). */
const WIDTHS_LIMIT = 5_000;

/** The parts of a canvas element chart.js reads (its size) and the context it asks for. */
export function recordingCanvas(width: number, height: number, opts: RecordOptions) {
  const context = new RecordingContext(opts, { width, height });
  const canvas = { width, height, getContext: () => context };
  context.canvas = canvas;
  return { canvas, context };
}

export class RecordingContext {
  canvas: unknown;
  readonly items: DisplayItem[] = [];
  /** Text runs that fell outside the canvas, as a canvas would clip them (a legend too tall). */
  readonly clipped: string[] = [];
  /** Characters of drawn text that no font has a glyph for (they print as empty boxes). */
  readonly missing = new Set<string>();
  private state: State = { ...INITIAL };
  private readonly stack: State[] = [];
  private path: PathOp[] = [];
  private current: Point | undefined;

  constructor(
    private readonly opts: RecordOptions,
    private readonly size: { width: number; height: number },
  ) {}

  // State, as the canvas keeps it: every property is saved and restored together.
  save(): void {
    this.stack.push({ ...this.state, dash: [...this.state.dash] });
  }
  restore(): void {
    this.state = this.stack.pop() ?? this.state;
  }
  set fillStyle(v: string) {
    this.state.fillStyle = String(v);
  }
  get fillStyle(): string {
    return this.state.fillStyle;
  }
  set strokeStyle(v: string) {
    this.state.strokeStyle = String(v);
  }
  get strokeStyle(): string {
    return this.state.strokeStyle;
  }
  set lineWidth(v: number) {
    if (Number.isFinite(v) && v >= 0) this.state.lineWidth = v;
  }
  get lineWidth(): number {
    return this.state.lineWidth;
  }
  set lineCap(v: State['lineCap']) {
    this.state.lineCap = v;
  }
  set lineJoin(v: State['lineJoin']) {
    this.state.lineJoin = v;
  }
  set globalAlpha(v: number) {
    this.state.globalAlpha = v;
  }
  set font(v: string) {
    this.state.font = v;
  }
  get font(): string {
    return this.state.font;
  }
  set textAlign(v: Align) {
    this.state.textAlign = v;
  }
  set textBaseline(v: Baseline) {
    this.state.textBaseline = v;
  }
  // chart.js sets these for effects a print handout does not use.
  lineDashOffset = 0;
  miterLimit = 10;
  direction = 'ltr';
  shadowBlur = 0;
  shadowColor = 'transparent';
  globalCompositeOperation = 'source-over';
  setLineDash(segments: number[]): void {
    this.state.dash = segments.filter((s) => Number.isFinite(s) && s >= 0);
  }
  getLineDash(): number[] {
    return [...this.state.dash];
  }

  // Transforms.
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void {
    this.state.matrix = [a, b, c, d, e, f];
  }
  resetTransform(): void {
    this.state.matrix = IDENTITY;
  }
  transform(a: number, b: number, c: number, d: number, e: number, f: number): void {
    this.state.matrix = multiply(this.state.matrix, [a, b, c, d, e, f]);
  }
  translate(x: number, y: number): void {
    this.transform(1, 0, 0, 1, x, y);
  }
  scale(x: number, y: number): void {
    this.transform(x, 0, 0, y, 0, 0);
  }
  rotate(angle: number): void {
    const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
    this.transform(cos, sin, -sin, cos, 0, 0);
  }

  // Paths, kept in page points.
  beginPath(): void {
    this.path = [];
    this.current = undefined;
  }
  moveTo(x: number, y: number): void {
    const p = apply(this.state.matrix, x, y);
    this.path.push(['M', p[0], p[1]]);
    this.current = p;
  }
  lineTo(x: number, y: number): void {
    if (!this.current) return this.moveTo(x, y);
    const p = apply(this.state.matrix, x, y);
    this.path.push(['L', p[0], p[1]]);
    this.current = p;
  }
  bezierCurveTo(x1: number, y1: number, x2: number, y2: number, x: number, y: number): void {
    if (!this.current) this.moveTo(x1, y1);
    const m = this.state.matrix;
    const [a, b, c] = [apply(m, x1, y1), apply(m, x2, y2), apply(m, x, y)];
    this.path.push(['C', a[0], a[1], b[0], b[1], c[0], c[1]]);
    this.current = c;
  }
  quadraticCurveTo(cx: number, cy: number, x: number, y: number): void {
    if (!this.current) this.moveTo(cx, cy);
    // Raised to a cubic in page space: an affine transform maps the curve onto the same curve.
    const p0 = this.current!;
    const m = this.state.matrix;
    const [q, p] = [apply(m, cx, cy), apply(m, x, y)];
    const c1 = [p0[0] + (2 / 3) * (q[0] - p0[0]), p0[1] + (2 / 3) * (q[1] - p0[1])];
    const c2 = [p[0] + (2 / 3) * (q[0] - p[0]), p[1] + (2 / 3) * (q[1] - p[1])];
    this.path.push(['C', c1[0]!, c1[1]!, c2[0]!, c2[1]!, p[0], p[1]]);
    this.current = p;
  }
  arc(x: number, y: number, r: number, start: number, end: number, ccw = false): void {
    const ops = arcOps(this.state.matrix, x, y, r, start, end, ccw);
    const first = ops[0] as readonly ['M', number, number];
    this.path.push(this.current ? ['L', first[1], first[2]] : first, ...ops.slice(1));
    const last = ops.at(-1)!;
    this.current = [last.at(-2) as number, last.at(-1) as number];
  }
  ellipse(x: number, y: number, rx: number, ry: number, rot: number, s: number, e: number, ccw = false) {
    this.save();
    this.translate(x, y);
    this.rotate(rot);
    this.scale(rx, ry);
    this.arc(0, 0, 1, s, e, ccw);
    this.restore();
  }
  rect(x: number, y: number, w: number, h: number): void {
    this.moveTo(x, y);
    this.lineTo(x + w, y);
    this.lineTo(x + w, y + h);
    this.lineTo(x, y + h);
    this.closePath();
  }
  closePath(): void {
    if (this.path.length) this.path.push(['Z']);
  }
  /** Clipping only keeps chart.js's drawing inside its own area, which the data already is. */
  clip(): void {}
  clearRect(): void {}

  fill(rule?: unknown): void {
    noPath2D(rule);
    this.emitShape({ fill: this.state.fillStyle, evenOdd: rule === 'evenodd' });
  }
  stroke(path?: unknown): void {
    noPath2D(path);
    this.emitShape({ stroke: this.state.strokeStyle });
  }
  fillRect(x: number, y: number, w: number, h: number): void {
    this.withPath(() => this.rect(x, y, w, h), () => this.fill());
  }
  strokeRect(x: number, y: number, w: number, h: number): void {
    this.withPath(() => this.rect(x, y, w, h), () => this.stroke());
  }

  measureText(text: string): { width: number } {
    const { face, size } = this.fontFace();
    // As a canvas does: anything is measured as its string (chart.js passes label arrays).
    return { width: this.widthAt1(face, String(text)) * size };
  }
  private widthAt1(face: LoadedFace, text: string): number {
    let known = this.opts.widths?.get(face);
    if (!known && this.opts.widths) this.opts.widths.set(face, (known = new Map()));
    let width = known?.get(text);
    if (width === undefined) {
      width = runsWidth(shapeLine(face, text), 1);
      if (known && known.size >= WIDTHS_LIMIT) known.clear();
      known?.set(text, width);
    }
    return width;
  }
  fillText(text: string, x: number, y: number): void {
    const str = String(text);
    if (!str.trim()) return;
    const { face, size } = this.fontFace();
    const width = this.widthAt1(face, str) * size;
    // A trailing space, invisible, keeps words apart when a reader joins the chart's text
    // (a two-line label is two runs: "When IJM opened" and "its office").
    const runs = shapeLine(face, `${str} `);
    for (const run of runs) for (const ch of run.shaped.missing) this.missing.add(ch);
    const dx = alignOffset(this.state.textAlign, width);
    const dy = baselineOffset(this.state.textBaseline, face, size);
    const m = this.state.matrix;
    const [px, py] = apply(m, x + dx, y + dy);
    const scale = Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));
    const angle = (Math.atan2(m[1], m[0]) * 180) / Math.PI;
    const color = this.color(this.state.fillStyle);
    if (!color) return;
    const rad = (angle * Math.PI) / 180;
    const end: Point = [px + width * scale * Math.cos(rad), py + width * scale * Math.sin(rad)];
    if (!this.inside([px, py], size * scale) || !this.inside(end, size * scale)) {
      this.clipped.push(str);
      return;
    }
    // Each run in its own face (a Bengali label's words in the Bengali face), one after another.
    let along = 0;
    for (const run of runs) {
      const [rx, ry] = [px + along * scale * Math.cos(rad), py + along * scale * Math.sin(rad)];
      this.items.push({
        kind: 'text',
        x: rx,
        y: ry,
        text: run.text,
        face: run.face.name,
        size: size * scale,
        color: color.color,
        tracking: 0,
        glyphs: run.shaped.glyphs,
        ...(Math.abs(angle) > 0.01 ? { angle } : {}),
        ...(run.level % 2 ? { rtl: true as const } : {}),
      });
      along += runsWidth([run], size);
    }
  }
  strokeText(): void {}
  drawImage(): void {}

  /** Whether a baseline point, with a line of text of that size around it, is on the canvas. */
  private inside([x, y]: Point, size: number): boolean {
    const { width, height } = this.size;
    return x >= -1 && x <= width + 1 && y - size * 0.75 >= -0.5 && y + size * 0.25 <= height + 0.5;
  }

  private withPath(build: () => void, paint: () => void): void {
    const [path, current] = [this.path, this.current];
    this.beginPath();
    build();
    paint();
    [this.path, this.current] = [path, current];
  }

  private emitShape(paint: { fill?: string; stroke?: string; evenOdd?: boolean }): void {
    if (!this.path.some((op) => op[0] !== 'M' && op[0] !== 'Z')) return;
    if (!this.path.some((op) => op.length > 1 && this.inside([op.at(-2) as number, op.at(-1) as number], 0)))
      return; // wholly off the canvas, as a legend's marker beside a clipped label
    const color = this.color(paint.fill ?? paint.stroke!);
    if (!color) return;
    const s = this.state;
    const opacity = color.alpha * s.globalAlpha;
    const scale = Math.sqrt(Math.abs(s.matrix[0] * s.matrix[3] - s.matrix[1] * s.matrix[2]));
    if (paint.fill) {
      const rule = paint.evenOdd ? { evenOdd: true } : {};
      this.items.push({ kind: 'shape', ops: [...this.path], fill: color.color, ...rule, ...alpha(opacity) });
      return;
    }
    if (s.lineWidth === 0) return;
    this.items.push({
      kind: 'shape',
      ops: [...this.path],
      stroke: color.color,
      lineWidth: s.lineWidth * scale,
      ...alpha(opacity),
      ...(s.dash.length ? { dash: s.dash.map((d) => d * scale) } : {}),
      ...(s.lineCap !== 'butt' ? { lineCap: s.lineCap } : {}),
      ...(s.lineJoin !== 'miter' ? { lineJoin: s.lineJoin } : {}),
    });
  }

  /** The theme colour to draw with, and its alpha; undefined for a fully transparent one. */
  private color(style: string): { color: string; alpha: number } | undefined {
    const parsed = parseCanvasColor(style);
    if (!parsed || parsed.alpha === 0) return undefined;
    return { color: this.opts.colorOf?.(parsed.hex) ?? parsed.hex, alpha: parsed.alpha };
  }

  /** The face and size a CSS font string such as `bold 8.5px Lato` asks for. */
  private fontFace(): { face: LoadedFace; size: number } {
    const font = this.state.font;
    const size = Number(/([\d.]+)px/.exec(font)?.[1] ?? 10);
    const weight = /\b(bold|[6-9]00)\b/.test(font);
    const italic = /\b(italic|oblique)\b/.test(font);
    const f = this.opts.fonts;
    const face = weight ? (italic ? f.boldItalic : f.bold) : italic ? f.italic : f.regular;
    return { face, size };
  }
}

/**
 * chart.js strokes lines through a Path2D when one exists globally (pdf.js's Node polyfill
 * installs one); render.ts turns that off, and this fails loudly should it ever come back.
 */
function noPath2D(arg: unknown): void {
  if (arg !== undefined && typeof arg !== 'string') throw new Error('chart drawn through a Path2D');
}

const alpha = (opacity: number) => (opacity < 1 ? { opacity } : {});

function alignOffset(align: Align, width: number): number {
  if (align === 'center') return -width / 2;
  return align === 'right' || align === 'end' ? -width : 0;
}

/** From the point chart.js gives to the baseline, as a canvas places text (y runs down). */
function baselineOffset(baseline: Baseline, face: LoadedFace, size: number): number {
  const [ascent, descent] = [face.ascent * size, -face.descent * size];
  if (baseline === 'top' || baseline === 'hanging') return ascent;
  if (baseline === 'middle') return (ascent - descent) / 2;
  if (baseline === 'bottom' || baseline === 'ideographic') return -descent;
  return 0;
}
