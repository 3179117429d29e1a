/**
 * A bounded map that forgets the least recently used entry when full. Every cache lives in an
 * engine (src/engine.ts), never at module level, so a server holding one engine has a ceiling
 * on what it keeps, and a test can start from nothing.
 */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();
  constructor(readonly limit: number) {}

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    // Re-inserting moves the key to the end: Map keeps insertion order, so the first is the oldest.
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value as K);
  }

  get size(): number {
    return this.entries.size;
  }
}

/** The value kept for `key`, made by `make` and kept the first time it is asked for. */
export function cached<K, V>(
  store: { get(key: K): V | undefined; set(key: K, value: V): unknown },
  key: K,
  make: (key: K) => V,
): V {
  let value = store.get(key);
  if (value === undefined) store.set(key, (value = make(key)));
  return value;
}
