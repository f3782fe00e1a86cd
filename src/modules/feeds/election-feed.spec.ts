import { childrenNamed, parseXml, textOf } from '../../../test/support/xml.js';
import { atomFeed, FEED_ENTRY_LIMIT, feedEvents, type CandidacyFact } from './election-feed.js';

const candidacy = (n: number, at: Date): CandidacyFact => ({
  id: `c${n}`,
  fullName: `Nominee ${n}`,
  nominatingState: 'SN',
  nominatedAt: at,
  withdrawnAt: null,
  withdrawalReason: null,
});
const none = { flags: [], answers: [], interviews: [], rounds: [] };

describe('election feed', () => {
  it('puts the newest first, orders events of the same instant by key, and keeps the newest FEED_ENTRY_LIMIT', () => {
    const same = new Date('2026-03-01T12:00:00Z');
    const events = feedEvents({
      ...none,
      candidacies: [
        ...Array.from({ length: FEED_ENTRY_LIMIT + 5 }, (_, i) =>
          candidacy(i + 10, new Date(Date.UTC(2025, 0, 1, 0, i))),
        ),
        candidacy(2, same),
        candidacy(1, same),
      ],
    });
    expect(events).toHaveLength(FEED_ENTRY_LIMIT);
    expect(events.slice(0, 2).map((e) => e.key)).toEqual(['nominations/c1', 'nominations/c2']);
    // 107 events: the seven oldest (c10 to c16) are the ones left out.
    expect(events.map((e) => e.key)).not.toContain('nominations/c16');
    expect(events.at(-1)!.key).toBe('nominations/c17');
  });

  it('names the elected of a round, and an unknown id as "a candidate"', () => {
    const [round] = feedEvents({
      ...none,
      candidacies: [candidacy(1, new Date('2025-01-01T00:00:00Z'))],
      rounds: [
        {
          number: 2,
          heldOn: '2026-12-05',
          byAcclamation: false,
          elected: ['c1', 'gone'],
          recordedAt: new Date('2026-12-05T18:00:00Z'),
        },
      ],
    });
    expect(round).toMatchObject({ kind: 'ROUND_RECORDED', title: 'Round 2 of voting (2026-12-05)' });
    expect(round.summary).toBe('Round 2, held on 2026-12-05: Nominee 1 and a candidate elected.');
  });

  it('writes a feed with no entries as valid Atom, updated when the election last changed', () => {
    const updatedAt = new Date('2026-01-02T03:04:05.678Z');
    const feed = parseXml(
      atomFeed(
        { publicUrl: 'https://elections.example.org/' },
        { id: 'e1', title: 'T & <U>', aspSession: '25th', updatedAt },
        [],
      ),
    );
    expect(textOf(feed, 'updated')).toBe('2026-01-02T03:04:05.678Z');
    expect(textOf(feed, 'title')).toBe('T & <U>: public record');
    expect(textOf(feed, 'id')).toBe('tag:elections.example.org,2025:elections/e1');
    expect(childrenNamed(feed, 'link')[0].attributes.href).toBe('https://elections.example.org/elections/e1/feed.atom');
    expect(childrenNamed(feed, 'entry')).toEqual([]);
  });
});
