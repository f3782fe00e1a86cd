import { disagreement } from './audit-verify.js';
import type { ChainWalk } from './audit.service.js';

const h = (c: string) => c.repeat(64);
const walk = (count: number, hashes: Record<number, string>, found = false): ChainWalk => ({
  count,
  headHash: hashes[count] ?? h('0'),
  broken: null,
  hashAt: new Map(Object.entries(hashes).map(([k, v]) => [Number(k), v])),
  found,
});

describe('a verified chain against digests kept elsewhere', () => {
  it('agrees when every kept entry is there with its hash', () => {
    expect(disagreement(walk(9, { 4: h('a'), 9: h('b') }), [{ count: 4, headHash: h('a'), source: 'x' }])).toBeNull();
    expect(disagreement(walk(9, { 4: h('a') }), [{ count: 4, source: 'count only' }])).toBeNull();
    expect(disagreement(walk(9, {}, true), [], h('c'))).toBeNull();
  });

  it('names a truncation: fewer entries than a digest counted', () => {
    expect(disagreement(walk(3, {}), [{ count: 4, headHash: h('a'), source: 'the digest of Monday' }])).toEqual({
      reason: 'TRUNCATED',
      at: 4,
      line: 'TRUNCATED: the digest of Monday counts 4 entries, the chain has 3',
    });
  });

  it('names a rewrite: another hash where a digest saw one, or a head no entry has', () => {
    const rewritten = disagreement(walk(9, { 4: h('b') }), [{ count: 4, headHash: h('a'), source: 'x' }]);
    expect(rewritten).toMatchObject({ reason: 'REWRITTEN', at: 4 });
    expect(rewritten?.line).toMatch(/^REWRITTEN: x gives entry 4 the hash a{64}, the chain has b{64}$/);
    const unknownHead = disagreement(walk(9, {}, false), [], h('c'));
    expect(unknownHead).toMatchObject({ reason: 'REWRITTEN', at: null });
    expect(unknownHead?.line).toMatch(/^REWRITTEN: no entry of the chain has/);
  });
});
