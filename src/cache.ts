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
