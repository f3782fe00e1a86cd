import fc from 'fast-check';
import { canonicalJson, entryHash, GENESIS_HASH, snapshot, verifyRun, type ChainContent } from './audit-chain.js';

const entry = (seq: number, prevHash: string, after: unknown): ChainContent & { hash: string } => {
  const content: ChainContent = {
    seq: String(seq),
    occurredAt: '2026-01-01T00:00:00.000Z',
    actorKind: 'staff',
    actorId: 'u1',
    operation: 'createElection',
    entityType: 'Election',
    entityId: `e${seq}`,
    before: null,
    after,
    requestId: 'r1',
    clientAddress: '127.0.0.1',
    prevHash,
  };
  return { ...content, hash: entryHash(content) };
};

function chain(n: number) {
  const out: (ChainContent & { hash: string })[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i += 1) {
    const e = entry(i, prev, { title: `T${i}`, seats: i });
    out.push(e);
    prev = e.hash;
  }
  return out;
}

describe('audit chain', () => {
  it('canonical JSON ignores key order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(obj));
      }),
    );
  });

  it('verifies an intact chain', () => {
    expect(verifyRun(chain(5), GENESIS_HASH)).toBeNull();
  });

  it('finds a changed entry, a removed entry and a re-hashed entry', () => {
    const changed = chain(5);
    changed[2] = { ...changed[2], after: { title: 'tampered', seats: 3 } };
    expect(verifyRun(changed, GENESIS_HASH)).toEqual({ seq: '3', reason: 'HASH_MISMATCH' });

    const removed = chain(5);
    removed.splice(1, 1);
    expect(verifyRun(removed, GENESIS_HASH)).toEqual({ seq: '3', reason: 'BROKEN_LINK' });

    const rehashed = chain(5);
    const { hash: _old, ...content } = { ...rehashed[1], after: { title: 'forged' } };
    rehashed[1] = { ...content, hash: entryHash(content) };
    expect(verifyRun(rehashed, GENESIS_HASH)).toEqual({ seq: '3', reason: 'BROKEN_LINK' });
  });

  it('snapshots the whole row: JSON columns in full, dates as ISO strings, no secrets, no relations', () => {
    class Election {
      id = 'e';
    }
    class Candidacy {
      id = 'c';
    }
    const at = new Date('2026-01-01T00:00:00Z');
    expect(
      snapshot({
        id: 'r',
        passwordHash: 'x',
        at,
        code: 'FR  ',
        election: new Election(),
        candidacies: [new Candidacy()],
        votes: [{ candidacyId: 'c', votes: 80 }],
        outcome: { elected: ['c'], round: { complete: false, at, tokenHash: 'y' } },
        answers: { motivation: 'Because', languages: ['en', 'fr'], conflicts: null },
        tags: [],
      }),
    ).toEqual({
      id: 'r',
      at: '2026-01-01T00:00:00.000Z',
      code: 'FR',
      votes: [{ candidacyId: 'c', votes: 80 }],
      outcome: { elected: ['c'], round: { complete: false, at: '2026-01-01T00:00:00.000Z' } },
      answers: { motivation: 'Because', languages: ['en', 'fr'], conflicts: null },
      tags: [],
    });
  });

  it('asks the data source which objects are entities, so class-built JSON values are kept', () => {
    class Vote {
      constructor(readonly candidacyId: string) {}
    }
    class Election {
      id = 'e';
    }
    const isEntity = (v: object) => v instanceof Election;
    expect(snapshot({ votes: [new Vote('c')], election: new Election() }, isEntity)).toEqual({
      votes: [{ candidacyId: 'c' }],
    });
  });
});
