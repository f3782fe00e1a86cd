/**
 * A map bounded by the total size of its values, least recently used out first (a Map keeps
 * insertion order: a read moves the key to the end).
 */
export class LruBySize<V> {
  private readonly map = new Map<string, { value: V; size: number }>();
  private total = 0;

  constructor(private readonly maxBytes: number) {}

  get size(): number {
    return this.map.size;
  }

  get bytes(): number {
    return this.total;
  }

  get(key: string): V | undefined {
    const found = this.map.get(key);
    if (!found) return undefined;
    this.map.delete(key);
    this.map.set(key, found);
    return found.value;
  }

  set(key: string, value: V, size: number): void {
    if (size > this.maxBytes) return;
    this.delete(key);
    this.map.set(key, { value, size });
    this.total += size;
    for (const [oldest, { size: s }] of this.map) {
      if (this.total <= this.maxBytes) break;
      this.map.delete(oldest);
      this.total -= s;
    }
  }

  delete(key: string): void {
    const found = this.map.get(key);
    if (!found) return;
    this.map.delete(key);
    this.total -= found.size;
  }

  clear(): void {
    this.map.clear();
    this.total = 0;
  }
}
