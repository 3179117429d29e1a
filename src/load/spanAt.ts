/** Turns byte offsets and data paths into Spans with line and column. */
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { Span } from '../diag/diagnostic.js';
import type { SourceFile } from './sourceFile.js';

export type DataPath = readonly (string | number)[];

/**
 * Line and column are counted in the text itself: yaml's LineCounter misses the newlines inside
 * multi-line scalars after a syntax error, which put later errors on the wrong line.
 */
export function spanFromOffsets(src: Pick<SourceFile, 'file' | 'text'>, start: number, end: number): Span {
  const at = Math.max(0, Math.min(start, src.text.length));
  const lineStart = src.text.lastIndexOf('\n', at - 1) + 1;
  let line = 1;
  for (let i = src.text.indexOf('\n'); i >= 0 && i < at; i = src.text.indexOf('\n', i + 1)) line++;
  return { file: src.file, start, end, line, col: at - lineStart + 1 };
}

/**
 * The span of the node at `path`. With `key: true`, the span of the key itself (for unknown
 * keys). When the path does not exist (a missing key), the nearest existing parent is used.
 */
export function spanAt(src: SourceFile, path: DataPath, opts: { key?: boolean } = {}): Span {
  let node: unknown = src.doc.contents;
  let best = rangeOf(node) ?? [0, 0];
  for (const [i, step] of path.entries()) {
    const last = i === path.length - 1;
    const pair = findPair(node, step);
    if (pair === undefined) break;
    if (last && opts.key) {
      best = rangeOf(pair.key) ?? best;
      break;
    }
    node = pair.value;
    best = rangeOf(node) ?? rangeOf(pair.key) ?? best;
  }
  return spanFromOffsets(src, best[0], best[1]);
}

function findPair(node: unknown, step: string | number): { key: unknown; value: unknown } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && (isScalar(p.key) ? p.key.value : p.key) === step);
    return pair ? { key: pair.key, value: pair.value } : undefined;
  }
  if (isSeq(node) && typeof step === 'number') {
    const item = node.items[step];
    return item === undefined ? undefined : { key: item, value: item };
  }
  return undefined;
}

function rangeOf(node: unknown): [number, number] | undefined {
  const r = (node as Node | undefined)?.range;
  return r ? [r[0], r[1]] : undefined;
}
