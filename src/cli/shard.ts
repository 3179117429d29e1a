/** `--shard I/N`: a stable slice of the sheets, by a hash of each path, so adding a sheet moves no other. */
import { createHash } from 'node:crypto';
import { UsageError } from './usage.js';

export interface Shard {
  index: number;
  count: number;
}

export function parseShard(raw: string | undefined): Shard | undefined {
  if (raw === undefined) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(raw);
  const [index, count] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
  if (!m || count < 1 || index < 1 || index > count)
    throw new UsageError(`--shard takes I/N with 1 ≤ I ≤ N, e.g. 2/4; not \`${raw}\``);
  return { index, count };
}

export function inShard(file: string, shard: Shard | undefined): boolean {
  if (!shard) return true;
  const n = createHash('sha256').update(file.replace(/\\/g, '/')).digest().readUInt32BE(0);
  return n % shard.count === shard.index - 1;
}
