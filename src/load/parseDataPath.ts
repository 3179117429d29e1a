/** Turns `stats.items[2].label` into ['stats', 'items', 2, 'label']. */
import type { DataPath } from './spanAt.js';

export function parseDataPath(text: string): DataPath {
  const out: (string | number)[] = [];
  for (const [, key, index] of text.matchAll(/([^.[\]]+)|\[(\d+)\]/g))
    out.push(index !== undefined ? Number(index) : key!);
  return out;
}
