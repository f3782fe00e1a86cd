import { cacheKey, nextMidnightUtc } from './response-cache.js';

describe('response cache keys', () => {
  it('tell apart documents, operations and variables', () => {
    const q = 'query A { elections { totalCount } } query B { elections { totalCount } }';
    const keys = [
      cacheKey({ query: q, operationName: 'A' }),
      cacheKey({ query: q, operationName: 'B' }),
      cacheKey({ query: q, operationName: 'A', variables: { id: '1' } }),
      cacheKey({ query: q, operationName: 'A', variables: { id: '2' } }),
    ];
    expect(new Set(keys).size).toBe(4);
  });

  it('refuse what is not one plain document (batches, persisted queries, no query)', () => {
    expect(cacheKey([{ query: '{ a }' }])).toBeNull();
    expect(cacheKey({ query: '{ a }', extensions: { persistedQuery: { sha256Hash: 'x' } } })).toBeNull();
    expect(cacheKey({ variables: {} })).toBeNull();
    expect(cacheKey(null)).toBeNull();
    expect(cacheKey({ query: '{ a }', operationName: 3 })).toBeNull();
  });
});

describe('nextMidnightUtc', () => {
  it('is the start of the next UTC day', () => {
    expect(new Date(nextMidnightUtc(Date.parse('2026-03-31T23:59:59.999Z'))).toISOString()).toBe(
      '2026-04-01T00:00:00.000Z',
    );
    expect(new Date(nextMidnightUtc(Date.parse('2026-04-01T00:00:00.000Z'))).toISOString()).toBe(
      '2026-04-02T00:00:00.000Z',
    );
  });
});
