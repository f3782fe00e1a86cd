import { count, leaders, majorityNeeded, tallyProblems, validBallots, type RaceCandidate } from './tally.js';

const race: RaceCandidate[] = [
  { id: 'w1', gender: 'FEMALE', list: 'A', regionalGroup: 'AFRICAN' },
  { id: 'w2', gender: 'FEMALE', list: 'B', regionalGroup: 'ASIA_PACIFIC' },
  { id: 'm1', gender: 'MALE', list: 'A', regionalGroup: 'AFRICAN' },
];
const women = [{ kind: 'GENDER', value: 'FEMALE', required: 1, applies: true }];
const tally = (votes: Record<string, string>, papers = '10', invalid = '1', abstentions = '0') => ({
  ballotPapers: papers,
  invalidBallots: invalid,
  abstentions,
  votes,
});

describe('the tally checks of the ballots screen', () => {
  it('reads counts and the States present and voting', () => {
    expect([count('12'), count(' 0 '), count(''), count('-1'), count('1.5'), count('x')]).toEqual([
      12,
      0,
      null,
      null,
      null,
      null,
    ]);
    expect(validBallots(tally({}, '119', '10'))).toBe(109);
    expect(validBallots(tally({}, '5', '3', '3'))).toBeNull();
    expect(validBallots(tally({}, ''))).toBeNull();
  });

  it('works out the two-thirds majority, not the Prosecutor’s (States Parties on the day)', () => {
    // 2017 round 1: 109 present and voting, 73 needed.
    expect(majorityNeeded('JUDGES', 109)).toBe(73);
    expect(majorityNeeded('COMMITTEE_ON_BUDGET_AND_FINANCE', 81)).toBe(54);
    expect(majorityNeeded('PROSECUTOR', 109)).toBeNull();
    expect(majorityNeeded('JUDGES', null)).toBeNull();
  });

  it('finds no problem in a tally that holds together', () => {
    expect(tallyProblems(tally({ w1: '9', w2: '3', m1: '5' }), race, women, 2)).toEqual([]);
    // Nothing to say while the papers are not all typed.
    expect(tallyProblems(tally({ w1: '99' }, ''), race, women, 2)).toEqual([]);
  });

  it('names each problem with the API’s rule names', () => {
    expect(tallyProblems(tally({}, '0', '0'), race, [], 2).map((p) => p.rule)).toEqual(['NO_BALLOT_PAPERS']);
    expect(tallyProblems(tally({}, '3', '2', '2'), race, [], 2)).toEqual([{ rule: 'NOT_A_COUNT', total: 4, limit: 3 }]);
    expect(tallyProblems(tally({ w1: '10', w2: '9', m1: '9' }), race, women, 2)).toEqual([
      { rule: 'VOTES_EXCEED_VALID_BALLOTS', candidacyId: 'w1', total: 10, limit: 9 },
      { rule: 'TOTAL_VOTES_EXCEED_CAPACITY', total: 28, limit: 18 },
    ]);
    // Each of the 9 valid papers names a woman: the women have at least 9 votes between them.
    expect(tallyProblems(tally({ w1: '4', w2: '4', m1: '9' }), race, women, 2)).toEqual([
      { rule: 'CATEGORY_TOTAL_BELOW_REQUIREMENT', kind: 'GENDER', value: 'FEMALE', total: 8, limit: 9 },
    ]);
    // A requirement not in force counts for nothing.
    expect(tallyProblems(tally({ w1: '4', w2: '4', m1: '9' }), race, [{ ...women[0], applies: false }], 2)).toEqual([]);
    const lists = [{ kind: 'LIST', value: 'B', required: 1, applies: true }];
    const groups = [{ kind: 'REGIONAL_GROUP', value: 'AFRICAN', required: 1, applies: true }];
    expect(tallyProblems(tally({ w1: '9', w2: '2', m1: '0' }), race, lists, 2)[0]).toMatchObject({ value: 'B' });
    expect(tallyProblems(tally({ w1: '4', w2: '9', m1: '4' }), race, groups, 2)[0]).toMatchObject({ total: 8 });
  });

  it('says whom the figures would elect: reaching the majority, most votes first, up to the seats', () => {
    const votes = tally({ w1: '6', w2: '8', m1: '7' });
    expect(leaders(votes, race, 6, 2)).toEqual(['w2', 'm1']);
    expect(leaders(votes, race, 8, 2)).toEqual(['w2']);
    expect(leaders(votes, race, null, 2)).toEqual([]);
    expect(leaders(tally({}), race, 0, 2)).toEqual([]);
  });
});
