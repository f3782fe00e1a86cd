import { createHash } from 'node:crypto';
import { cacheKey, nextMidnightUtc } from './response-cache.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const persisted = (sha256Hash: string) => ({ persistedQuery: { version: 1, sha256Hash } });

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

  it('are one key for a persisted query, whether its hash comes alone or with its text', () => {
    const query = '{ elections { totalCount } }';
    const alone = cacheKey({ extensions: persisted(sha256(query)), variables: { a: 1 } });
    expect(alone).not.toBeNull();
    expect(cacheKey({ query, extensions: persisted(sha256(query)), variables: { a: 1 } })).toBe(alone);
    expect(cacheKey({ extensions: persisted(sha256(query)), variables: { a: 2 } })).not.toBe(alone);
    expect(cacheKey({ extensions: persisted(sha256('{ other }')), variables: { a: 1 } })).not.toBe(alone);
    // A text is never mistaken for a hash, nor a hash for a text.
    expect(cacheKey({ query: sha256(query), variables: { a: 1 } })).not.toBe(alone);
  });

  it('refuse what is not one plain document (batches, other extensions, a hash not the text’s, no query)', () => {
    expect(cacheKey([{ query: '{ a }' }])).toBeNull();
    expect(cacheKey({ query: '{ a }', extensions: persisted(sha256('{ b }')) })).toBeNull();
    expect(cacheKey({ extensions: persisted('x') })).toBeNull();
    expect(cacheKey({ extensions: { persistedQuery: { version: 2, sha256Hash: sha256('{ a }') } } })).toBeNull();
    expect(cacheKey({ extensions: { ...persisted(sha256('{ a }')), other: true } })).toBeNull();
    expect(cacheKey({ query: '{ a }', extensions: { tracing: true } })).toBeNull();
    expect(cacheKey({ query: '{ a }', extensions: null })).toBeNull();
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
