import { LruBySize } from './response-cache.lru.js';

describe('LruBySize', () => {
  it('keeps the total size under its bound, dropping the least recently used first', () => {
    const lru = new LruBySize<string>(10);
    lru.set('a', 'A', 4);
    lru.set('b', 'B', 4);
    expect(lru.get('a')).toBe('A'); // a is now the most recent
    lru.set('c', 'C', 4);
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe('A');
    expect(lru.get('c')).toBe('C');
    expect(lru.bytes).toBe(8);
  });

  it('replaces a key without counting it twice, and refuses a value larger than the whole bound', () => {
    const lru = new LruBySize<string>(10);
    lru.set('a', 'A', 6);
    lru.set('a', 'A2', 6);
    expect(lru.bytes).toBe(6);
    expect(lru.size).toBe(1);
    lru.set('huge', 'H', 11);
    expect(lru.get('huge')).toBeUndefined();
    expect(lru.get('a')).toBe('A2');
  });
});
