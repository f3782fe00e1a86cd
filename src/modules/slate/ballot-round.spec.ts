import { evaluateBallotRound, validateTally } from './ballot-round.js';
import type { BallotRoundInput, RoundCandidate } from './ballot-round.js';

const field: RoundCandidate[] = [
  { id: 'a', nationality: 'AA', regionalGroup: 'AFRICAN' },
  { id: 'b', nationality: 'BB', regionalGroup: 'ASIA_PACIFIC' },
  { id: 'c', nationality: 'CC', regionalGroup: 'EASTERN_EUROPEAN' },
  { id: 'd', nationality: 'DD', regionalGroup: 'LATIN_AMERICAN_AND_CARIBBEAN' },
  { id: 'e', nationality: 'EE', regionalGroup: 'WESTERN_EUROPEAN_AND_OTHER' },
];

function judges(overrides: Partial<BallotRoundInput>): BallotRoundInput {
  return {
    electionType: 'JUDGES',
    round: 1,
    seatsLeft: 3,
    candidatesInRace: field,
    votes: {},
    validBallots: 100, // 67 needed
    ...overrides,
  };
}

describe('who is elected', () => {
  it('elects those reaching two thirds, most votes first, within the seats left', () => {
    const outcome = evaluateBallotRound(judges({ votes: { a: 68, b: 80, c: 75, d: 67, e: 10 } }));
    expect(outcome.votesRequired).toBe(67);
    expect(outcome.elected).toEqual(['b', 'c', 'a']);
    expect(outcome.seatsLeftAfter).toBe(0);
    expect(outcome.tie).toBeNull();
    expect(outcome.inRaceAfter).toEqual(['d', 'e']);
  });

  it('elects nobody among candidates tied for the last seats, nor anyone below them', () => {
    const seven = 'abcdefg'.split('').map((id) => ({
      id,
      nationality: id.toUpperCase(),
      regionalGroup: 'AFRICAN' as const,
    }));
    const outcome = evaluateBallotRound(
      judges({
        candidatesInRace: seven,
        seatsLeft: 5,
        validBallots: 99, // 66 needed
        votes: { a: 67, b: 67, c: 67, d: 67, e: 67, f: 67, g: 66 },
      }),
    );
    expect(outcome.valid).toBe(true);
    expect(outcome.elected).toEqual([]);
    expect(outcome.tie).toEqual({
      candidateIds: ['a', 'b', 'c', 'd', 'e', 'f'],
      reason: 'MORE_TIED_THAN_SEATS',
    });
    expect(outcome.seatsLeftAfter).toBe(5);
  });

  it('elects those above a tie for the last seat', () => {
    const outcome = evaluateBallotRound(judges({ votes: { a: 75, b: 72, c: 72, d: 72 } }));
    expect(outcome.elected).toEqual(['a']);
    expect(outcome.tie).toEqual({ candidateIds: ['b', 'c', 'd'], reason: 'MORE_TIED_THAN_SEATS' });
    expect(outcome.seatsLeftAfter).toBe(2);
  });

  it('elects a tied tier whole when the seats allow', () => {
    const outcome = evaluateBallotRound(judges({ votes: { a: 70, b: 70, c: 70 } }));
    expect(outcome.elected).toEqual(['a', 'b', 'c']);
  });

  it('never elects two of one nationality, and excludes the compatriot', () => {
    const compatriots = [...field, { id: 'a2', nationality: 'AA', regionalGroup: 'AFRICAN' as const }];
    const outcome = evaluateBallotRound(judges({ candidatesInRace: compatriots, votes: { a: 80, a2: 75, b: 70 } }));
    expect(outcome.elected).toEqual(['a', 'b']);
    expect(outcome.excluded).toEqual(['a2']);
    expect(outcome.inRaceAfter).not.toContain('a2');
  });

  it('elects neither of two compatriots with equal votes, and stops there', () => {
    const compatriots = [...field, { id: 'a2', nationality: 'AA', regionalGroup: 'AFRICAN' as const }];
    const outcome = evaluateBallotRound(judges({ candidatesInRace: compatriots, votes: { a: 75, a2: 75, b: 70 } }));
    expect(outcome.elected).toEqual([]);
    expect(outcome.tie).toEqual({
      candidateIds: ['a', 'a2'],
      reason: 'TIED_CANDIDATES_EXCLUDE_EACH_OTHER',
    });
  });

  it('never elects one who shares a nationality with a judge elected earlier or staying', () => {
    const outcome = evaluateBallotRound(
      judges({
        votes: { a: 90, b: 90, c: 90 },
        previouslyElected: [{ nationality: 'AA', regionalGroup: 'AFRICAN' }],
        barredNationalities: ['cc'],
      }),
    );
    expect(outcome.elected).toEqual(['b']);
    expect(outcome.excluded).toEqual(['a', 'c']);
  });

  it('never elects a candidate with no votes, even when no ballot was valid', () => {
    const outcome = evaluateBallotRound(judges({ validBallots: 0, invalidBallots: 3 }));
    expect(outcome.valid).toBe(true);
    expect(outcome.elected).toEqual([]);
  });

  it('refuses a round with no ballot paper at all (nothing was cast)', () => {
    const outcome = evaluateBallotRound(judges({ validBallots: 0 }));
    expect(outcome.valid).toBe(false);
    expect(outcome.violations.map((v) => v.rule)).toEqual(['NO_BALLOT_PAPERS']);
    expect(outcome.elected).toEqual([]);
  });

  it('seats one member per regional group on the TFV Board', () => {
    const tfv = [...field, { id: 'a2', nationality: 'ZZ', regionalGroup: 'AFRICAN' as const }];
    const outcome = evaluateBallotRound(
      judges({
        electionType: 'TFV_BOARD',
        candidatesInRace: tfv,
        seatsLeft: 5,
        votes: { a: 90, a2: 80, b: 70 },
        previouslyElected: [{ nationality: 'XX', regionalGroup: 'ASIA_PACIFIC' }],
      }),
    );
    expect(outcome.elected).toEqual(['a']);
    expect(outcome.excluded).toEqual(['b', 'a2']);
  });

  it('needs an absolute majority of States Parties for the Prosecutor', () => {
    const outcome = evaluateBallotRound({
      electionType: 'PROSECUTOR',
      round: 2,
      seatsLeft: 1,
      candidatesInRace: field.slice(0, 2),
      votes: { a: 62, b: 40 },
      validBallots: 102,
      statesParties: 123,
    });
    expect(outcome.votesRequired).toBe(62);
    expect(outcome.elected).toEqual(['a']);
  });
});

describe('dropping the fewest votes', () => {
  it('does not drop anyone before the fifth round', () => {
    const outcome = evaluateBallotRound(judges({ round: 3, votes: { a: 10, b: 20, c: 30 } }));
    expect(outcome.dropped).toEqual([]);
  });

  it('drops the candidate with the fewest votes of round 4 and later', () => {
    const votes = { a: 10, b: 20, c: 30, d: 30, e: 11 };
    expect(evaluateBallotRound(judges({ round: 4, votes })).dropped).toEqual(['a']);
    expect(evaluateBallotRound(judges({ round: 7, votes })).dropped).toEqual(['a']);
  });

  it('drops nobody when several tie for the fewest, and names them', () => {
    const tied = evaluateBallotRound(judges({ round: 5, votes: { a: 10, b: 10, c: 30, d: 30, e: 40 } }));
    expect(tied.dropped).toEqual([]);
    expect(tied.tiedForFewest).toEqual(['a', 'b']);
  });

  it('never drops below the seats left', () => {
    const outcome = evaluateBallotRound(
      judges({
        round: 6,
        seatsLeft: 2,
        candidatesInRace: field.slice(0, 2),
        votes: { a: 5, b: 9 },
      }),
    );
    expect(outcome.dropped).toEqual([]);
  });

  it('only drops in judicial elections', () => {
    const outcome = evaluateBallotRound(
      judges({ electionType: 'TFV_BOARD', round: 6, votes: { a: 1, b: 2, c: 3, d: 4, e: 5 } }),
    );
    expect(outcome.dropped).toEqual([]);
  });
});

describe('withdrawals', () => {
  it('takes a candidate who withdrew out of the race before counting', () => {
    const outcome = evaluateBallotRound(judges({ withdrawnIds: ['e'], votes: { a: 70 } }));
    expect(outcome.withdrawn).toEqual(['e']);
    expect(outcome.inRaceAfter).toEqual(['b', 'c', 'd']);
  });
});

describe('impossible tallies', () => {
  const rules = (input: BallotRoundInput): string[] => validateTally(input).map((v) => v.rule);

  it('accepts a possible tally', () => {
    expect(rules(judges({ votes: { a: 100, b: 100, c: 100 }, invalidBallots: 3, ballotPapers: 103 }))).toEqual([]);
  });

  it('refuses more votes for one candidate than valid ballots', () => {
    expect(rules(judges({ votes: { a: 101 } }))).toEqual(['VOTES_EXCEED_VALID_BALLOTS']);
  });

  it('refuses votes for a candidate not in the race', () => {
    expect(rules(judges({ votes: { zz: 3 } }))).toEqual(['VOTES_FOR_CANDIDATE_NOT_IN_RACE']);
    expect(rules(judges({ withdrawnIds: ['a'], votes: { a: 3 } }))).toEqual(['VOTES_FOR_CANDIDATE_NOT_IN_RACE']);
    expect(rules(judges({ votes: { zz: 0 } }))).toEqual([]);
  });

  it('refuses more votes than valid ballots times seats left', () => {
    expect(rules(judges({ seatsLeft: 2, votes: { a: 100, b: 100, c: 1 } }))).toEqual(['TOTAL_VOTES_EXCEED_CAPACITY']);
  });

  it('refuses papers that do not add up', () => {
    expect(rules(judges({ invalidBallots: 120, ballotPapers: 110 }))).toEqual([
      'INVALID_EXCEED_BALLOT_PAPERS',
      'BALLOT_PAPERS_MISMATCH',
    ]);
    expect(rules(judges({ invalidBallots: 2, ballotPapers: 110 }))).toEqual(['BALLOT_PAPERS_MISMATCH']);
    expect(rules(judges({ ballotPapers: 99 }))).toEqual(['BALLOT_PAPERS_MISMATCH']);
  });

  it('refuses more ballots than States Parties', () => {
    expect(rules(judges({ statesParties: 90 }))).toEqual(['BALLOTS_EXCEED_STATES_PARTIES']);
  });

  it('refuses figures that are not counts', () => {
    expect(rules(judges({ votes: { a: -1 } }))).toEqual(['NOT_A_COUNT']);
    expect(rules(judges({ validBallots: 2.5 }))).toEqual(['NOT_A_COUNT']);
    expect(rules(judges({ round: 0 }))).toEqual(['NOT_A_COUNT']);
  });

  it('refuses a round with no seats left, and a Prosecutor round without the States count', () => {
    expect(rules(judges({ seatsLeft: 0 }))).toContain('NO_SEATS_LEFT');
    expect(rules(judges({ electionType: 'PROSECUTOR', seatsLeft: 1 }))).toEqual(['STATES_PARTIES_MISSING']);
  });

  it('elects and drops nobody on an impossible tally', () => {
    const outcome = evaluateBallotRound(judges({ round: 6, votes: { a: 101, b: 90 } }));
    expect(outcome.valid).toBe(false);
    expect(outcome.elected).toEqual([]);
    expect(outcome.dropped).toEqual([]);
    expect(outcome.inRaceAfter).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
