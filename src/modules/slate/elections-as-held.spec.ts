import fc from 'fast-check';
import { evaluateBallotRound, validateTally } from './ballot-round.js';
import type { RoundCandidate } from './ballot-round.js';
import { acclaim, evaluateContestRound, regionalSeatsViolations, seatsByContest } from './contests.js';
import {
  deputyListsOffSize,
  deputyNominationViolation,
  manualConclusionViolation,
  nominationExtensionViolation,
  nominatorFor,
} from './nomination-rules.js';
import { liveFlags, slateFlags } from './slate-flags.js';
import { ELECTION_TYPES } from './slate.types.js';

const runs = { numRuns: 200 };

describe('Deputy Prosecutors (Rome Statute art. 42)', () => {
  // 2021, post 1 (CICC ASP20 summary): 123 States Parties, 62 needed; Niang 52 / 58 / 67.
  const post1: RoundCandidate[] = [
    { id: 'niang', nationality: 'SN', regionalGroup: 'AFRICAN', post: '1' },
    { id: 'pazypaz', nationality: 'GT', regionalGroup: 'LATIN_AMERICAN_AND_CARIBBEAN', post: '1' },
    { id: 'whiting', nationality: 'US', regionalGroup: null, post: '1' },
  ];
  const post2: RoundCandidate[] = [
    { id: 'x', nationality: 'FJ', regionalGroup: 'ASIA_PACIFIC', post: '2' },
    { id: 'y', nationality: 'IT', regionalGroup: 'WESTERN_EUROPEAN_AND_OTHER', post: '2' },
  ];
  const round = (votes: Record<string, number>, validBallots: number, seats = { 'POST:1': 1, 'POST:2': 1 }) =>
    evaluateContestRound({
      electionType: 'DEPUTY_PROSECUTOR',
      round: 1,
      seatsLeftByContest: seats,
      candidatesInRace: [...post1, ...post2],
      votes,
      validBallots,
      statesParties: 123,
    });

  it('art. 42(4): an absolute majority of the States Parties for each post, counted on its own', () => {
    const r1 = round({ niang: 52, pazypaz: 11, whiting: 26, x: 64, y: 25 }, 89);
    expect(r1.votesRequired).toBe(62);
    expect(r1.elected).toEqual(['x']);
    expect(r1.contests?.map((c) => [c.contest, c.seatsLeftAfter])).toEqual([
      ['POST:1', 1],
      ['POST:2', 0],
    ]);
    const r3 = round({ niang: 67, pazypaz: 5, whiting: 18 }, 90, { 'POST:1': 1, 'POST:2': 0 });
    expect(r3.elected).toEqual(['niang']);
    expect(r3.seatsLeftAfter).toBe(0);
  });

  it('never elects two on one post, nor more than the seats of the posts, whatever the votes', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 89 }), { minLength: 5, maxLength: 5 }), (v) => {
        const ids = ['niang', 'pazypaz', 'whiting', 'x', 'y'];
        const outcome = round(Object.fromEntries(ids.map((id, i) => [id, v[i] ?? 0])), 89);
        if (!outcome.valid) return;
        for (const c of outcome.contests ?? []) expect(c.elected.length).toBeLessThanOrEqual(1);
        const perPost = (p: string) =>
          outcome.elected.filter((id) => [...post1, ...post2].find((c) => c.id === id)?.post === p);
        expect(perPost('1').length).toBeLessThanOrEqual(1);
        expect(perPost('2').length).toBeLessThanOrEqual(1);
      }),
      runs,
    );
  });

  it('art. 42(4): a post’s votes never exceed its seats × valid ballots (one name per post)', () => {
    const outcome = round({ niang: 52, pazypaz: 30, whiting: 26 }, 89);
    expect(outcome.valid).toBe(false);
    expect(outcome.violations.map((v) => [v.rule, v.contest])).toEqual([['TOTAL_VOTES_EXCEED_CAPACITY', 'POST:1']]);
  });

  it('art. 42(4): the Prosecutor nominates; three per post; art. 42(2): not the Prosecutor’s nationality', () => {
    expect(nominatorFor('DEPUTY_PROSECUTOR')).toBe('PROSECUTOR');
    expect(ELECTION_TYPES.filter((t) => nominatorFor(t) === 'STATE_PARTY')).toHaveLength(ELECTION_TYPES.length - 1);
    expect(deputyNominationViolation({ activeOnPost: 3, nationality: 'SN', prosecutorNationality: 'GB' })).toBe(
      'DEPUTY_LIST_FULL',
    );
    expect(deputyNominationViolation({ activeOnPost: 0, nationality: 'gb', prosecutorNationality: 'GB' })).toBe(
      'SAME_NATIONALITY_AS_PROSECUTOR',
    );
    expect(deputyNominationViolation({ activeOnPost: 2, nationality: 'SN', prosecutorNationality: null })).toBeNull();
    expect(deputyListsOffSize(2, { '1': 3, '2': 2 })).toEqual([{ post: '2', candidates: 2, wanted: 3 }]);
    expect(deputyListsOffSize(2, { '1': 3, '2': 3 })).toEqual([]);
  });
});

describe('impossible tallies (ICC-ASP/3/Res.6 practice)', () => {
  const field: RoundCandidate[] = [
    { id: 'w1', nationality: 'AA', regionalGroup: 'AFRICAN', gender: 'FEMALE', list: 'A' },
    { id: 'w2', nationality: 'BB', regionalGroup: 'AFRICAN', gender: 'FEMALE', list: 'B' },
    { id: 'm1', nationality: 'CC', regionalGroup: 'ASIA_PACIFIC', gender: 'MALE', list: 'A' },
  ];
  const base = { electionType: 'JUDGES' as const, round: 1, seatsLeft: 2, candidatesInRace: field, validBallots: 100 };

  it('a category’s votes are at least its requirement × valid ballots', () => {
    const requirements = [{ kind: 'GENDER' as const, value: 'FEMALE' as const, required: 1 }];
    const short = validateTally({ ...base, requirements, votes: { w1: 40, w2: 50, m1: 100 } });
    expect(short.map((v) => v.rule)).toEqual(['CATEGORY_TOTAL_BELOW_REQUIREMENT']);
    expect(validateTally({ ...base, requirements, votes: { w1: 50, w2: 50, m1: 100 } })).toEqual([]);
  });

  it('property: a tally built from valid papers is never refused for a category total', () => {
    // Each paper names one woman and at most one other: it meets "one woman" and the two seats.
    const requirements = [{ kind: 'GENDER' as const, value: 'FEMALE' as const, required: 1 }];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('w1', 'w2'), fc.constantFrom('w1', 'w2', 'm1', null)), {
          minLength: 1,
          maxLength: 60,
        }),
        (papers) => {
          const votes: Record<string, number> = {};
          for (const [a, b] of papers) {
            votes[a] = (votes[a] ?? 0) + 1;
            if (b && b !== a) votes[b] = (votes[b] ?? 0) + 1;
          }
          expect(validateTally({ ...base, validBallots: papers.length, requirements, votes })).toEqual([]);
        },
      ),
      runs,
    );
  });

  it('no ballot paper at all is no round', () => {
    expect(validateTally({ ...base, validBallots: 0, ballotPapers: 0, votes: {} }).map((v) => v.rule)).toContain(
      'NO_BALLOT_PAPERS',
    );
  });

  it('names a tie for the fewest votes once a drop is due, and drops nobody', () => {
    const outcome = evaluateBallotRound({
      ...base,
      round: 4,
      seatsLeft: 1,
      validBallots: 120,
      votes: { w1: 60, w2: 30, m1: 30 },
    });
    expect(outcome.dropped).toEqual([]);
    expect(outcome.tiedForFewest).toEqual(['m1', 'w2']);
  });
});

describe('bodies elected by regional group (ICC-ASP/1/Res.5, Res.6)', () => {
  it('CBF: seats up per group never exceed the group’s seats and add up to the election’s', () => {
    const type = 'COMMITTEE_ON_BUDGET_AND_FINANCE';
    expect(regionalSeatsViolations(type, 6, { AFRICAN: 2, WESTERN_EUROPEAN_AND_OTHER: 4 })).toEqual([]);
    expect(regionalSeatsViolations(type, 3, { AFRICAN: 3 }).map((v) => v.rule)).toEqual([
      'REGIONAL_SEATS_EXCEED_GROUP',
    ]);
    expect(regionalSeatsViolations(type, 5, { AFRICAN: 2 }).map((v) => v.rule)).toEqual(['REGIONAL_SEATS_TOTAL']);
    expect(regionalSeatsViolations('TFV_BOARD', 2, { AFRICAN: 2 }).map((v) => v.rule)).toEqual([
      'REGIONAL_SEATS_EXCEED_GROUP',
    ]);
    expect(regionalSeatsViolations('JUDGES', 6, { AFRICAN: 1 }).map((v) => v.rule)).toEqual([
      'REGIONAL_SEATS_NOT_USED',
    ]);
  });

  it('CBF: acclamation per group with as many candidates as seats; a group without candidates is deferred', () => {
    const seats = seatsByContest({
      electionType: 'COMMITTEE_ON_BUDGET_AND_FINANCE',
      seats: 4,
      regionalSeats: { AFRICAN: 2, ASIA_PACIFIC: 1, EASTERN_EUROPEAN: 1 },
    });
    const candidates: RoundCandidate[] = [
      { id: 'a1', nationality: 'BJ', regionalGroup: 'AFRICAN' },
      { id: 'a2', nationality: 'UG', regionalGroup: 'AFRICAN' },
      { id: 'a3', nationality: 'ZM', regionalGroup: 'AFRICAN' },
      { id: 'p1', nationality: 'JP', regionalGroup: 'ASIA_PACIFIC' },
    ];
    const result = acclaim({
      electionType: 'COMMITTEE_ON_BUDGET_AND_FINANCE',
      round: 1,
      seatsLeftByContest: seats,
      candidatesInRace: candidates,
    });
    expect(result.ok && result.outcome.elected).toEqual(['p1']);
    const byContest = result.ok ? Object.fromEntries((result.outcome.contests ?? []).map((c) => [c.contest, c])) : {};
    expect(byContest['REGIONAL_GROUP:EASTERN_EUROPEAN']?.deferred).toBe(true);
    expect(byContest['REGIONAL_GROUP:AFRICAN']?.seatsLeftAfter).toBe(2);
    const refused = acclaim({
      electionType: 'COMMITTEE_ON_BUDGET_AND_FINANCE',
      round: 1,
      seatsLeftByContest: seats,
      candidatesInRace: candidates,
      contests: ['REGIONAL_GROUP:AFRICAN'],
    });
    expect(refused).toMatchObject({ ok: false, rule: 'NOT_A_CLEAN_SLATE' });
    // 2003: 81 valid → 54; 70 and 61 elected, 25 not.
    const counted = evaluateContestRound({
      electionType: 'COMMITTEE_ON_BUDGET_AND_FINANCE',
      round: 2,
      seatsLeftByContest: { ...seats, 'REGIONAL_GROUP:ASIA_PACIFIC': 0 },
      candidatesInRace: candidates.slice(0, 3),
      votes: { a1: 70, a2: 61, a3: 25 },
      validBallots: 81,
    });
    expect(counted).toMatchObject({ votesRequired: 54, elected: ['a1', 'a2'] });
  });

  it('TFV: a one-seat by-election flags that seat only', () => {
    const flags = slateFlags({
      electionType: 'TFV_BOARD',
      seats: 1,
      candidates: [],
      regionalSeats: ['EASTERN_EUROPEAN'],
    });
    expect(flags.filter((f) => f.scope === 'REGIONAL_SEAT')).toEqual([
      { scope: 'REGIONAL_SEAT', scopeValue: 'EASTERN_EUROPEAN', kind: 'VACANT', seats: 1, candidates: 0 },
    ]);
  });
});

describe('the life of an election', () => {
  it('reference §4: nomination-phase flags stop being live once the election concludes', () => {
    const flags = [
      { scope: 'LIST' as const, scopeValue: 'B', kind: 'NO_CHOICE' as const, seats: 1, candidates: 1 },
      { scope: 'LIST' as const, scopeValue: 'B', kind: 'NOMINATION_SHORTFALL' as const, seats: 2, candidates: 1 },
      { scope: 'ELECTION' as const, scopeValue: null, kind: 'CLEAN_SLATE' as const, seats: 1, candidates: 1 },
    ];
    expect(liveFlags(flags, false)).toEqual(flags);
    expect(liveFlags(flags, true).map((f) => f.kind)).toEqual(['CLEAN_SLATE']);
  });

  it('concluding by hand with seats left needs a reason', () => {
    expect(manualConclusionViolation(1, undefined)).toBe('SEATS_LEFT_UNFILLED');
    expect(manualConclusionViolation(1, '  ')).toBe('SEATS_LEFT_UNFILLED');
    expect(manualConclusionViolation(1, 'Postponed to the resumed session')).toBeNull();
    expect(manualConclusionViolation(0, undefined)).toBeNull();
  });

  it('practice: ordinary extensions two weeks at most, three times; an exceptional one names its decision', () => {
    const ordinary = { exceptional: false, decisionReference: null };
    expect(nominationExtensionViolation({ ...ordinary, days: 14, ordinarySoFar: 2 })).toBeNull();
    expect(nominationExtensionViolation({ ...ordinary, days: 15, ordinarySoFar: 0 })).toBe('EXTENSION_TOO_LONG');
    expect(nominationExtensionViolation({ ...ordinary, days: 14, ordinarySoFar: 3 })).toBe('TOO_MANY_EXTENSIONS');
    expect(
      nominationExtensionViolation({ days: 31, ordinarySoFar: 3, exceptional: true, decisionReference: null }),
    ).toBe('DECISION_REFERENCE_REQUIRED');
    expect(
      nominationExtensionViolation({ days: 31, ordinarySoFar: 3, exceptional: true, decisionReference: 'Bureau' }),
    ).toBeNull();
  });
});
