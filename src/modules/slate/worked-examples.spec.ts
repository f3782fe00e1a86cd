import { evaluateBallotRound } from './ballot-round.js';
import { replayElection } from './election-replay.js';
import type { ElectionSetup } from './election-replay.js';
import { absoluteMajorityOfStatesParties, reachesMajority, votesRequired } from './majority.js';
import { computeMvrs, firstElectionRegionalBase } from './mvr.js';
import type { Candidate, MvrResult, SittingJudge, StatesPartiesByGroup } from './slate.types.js';

// Reference §5. Figures are the published ones; the people are invented where the reference
// gives only counts, and chosen to be consistent with every published figure.

function summary(result: MvrResult): Record<string, number> {
  return Object.fromEntries(result.requirements.map((r) => [`${r.kind}:${r.value}`, r.required]));
}

function judge(
  nationality: string,
  gender: string,
  list: 'A' | 'B',
  regionalGroup: SittingJudge['regionalGroup'],
): SittingJudge {
  return { nationality, gender, list, regionalGroup };
}

function candidate(id: string, gender: string, list: 'A' | 'B', regionalGroup: Candidate['regionalGroup']): Candidate {
  return { id, nationality: id, gender, list, regionalGroup };
}

describe('2017 election (6 seats, 12 candidates)', () => {
  // Counts on 4 December 2017 (states-parties.csv): every group has 17 or more.
  const statesPartiesByGroup: StatesPartiesByGroup = {
    AFRICAN: 33,
    ASIA_PACIFIC: 19,
    EASTERN_EUROPEAN: 18,
    LATIN_AMERICAN_AND_CARIBBEAN: 28,
    WESTERN_EUROPEAN_AND_OTHER: 25,
  };
  // Staying: list A 8, list B 4; African 2, Asia-Pacific 2, Eastern 3, Latin American 2,
  // Western 3; women 1, men 11.
  const sittingJudges: SittingJudge[] = [
    judge('NG', 'MALE', 'A', 'AFRICAN'),
    judge('BW', 'MALE', 'B', 'AFRICAN'),
    judge('KR', 'MALE', 'A', 'ASIA_PACIFIC'),
    judge('PH', 'MALE', 'B', 'ASIA_PACIFIC'),
    judge('CZ', 'MALE', 'A', 'EASTERN_EUROPEAN'),
    judge('HU', 'MALE', 'A', 'EASTERN_EUROPEAN'),
    judge('BG', 'FEMALE', 'B', 'EASTERN_EUROPEAN'),
    judge('AR', 'MALE', 'A', 'LATIN_AMERICAN_AND_CARIBBEAN'),
    judge('TT', 'MALE', 'A', 'LATIN_AMERICAN_AND_CARIBBEAN'),
    judge('DE', 'MALE', 'A', 'WESTERN_EUROPEAN_AND_OTHER'),
    judge('FR', 'MALE', 'B', 'WESTERN_EUROPEAN_AND_OTHER'),
    judge('GB', 'MALE', 'A', 'WESTERN_EUROPEAN_AND_OTHER'),
  ];
  // 8 women and 4 men: with 7 or fewer women the gender table would cap the women's MVR of 5.
  const candidates: Candidate[] = [
    candidate('JP', 'FEMALE', 'A', 'ASIA_PACIFIC'),
    candidate('PE', 'FEMALE', 'A', 'LATIN_AMERICAN_AND_CARIBBEAN'),
    candidate('UG', 'FEMALE', 'A', 'AFRICAN'),
    candidate('BJ', 'FEMALE', 'B', 'AFRICAN'),
    candidate('CA', 'FEMALE', 'A', 'WESTERN_EUROPEAN_AND_OTHER'),
    candidate('HR', 'FEMALE', 'A', 'EASTERN_EUROPEAN'),
    candidate('EC', 'FEMALE', 'B', 'LATIN_AMERICAN_AND_CARIBBEAN'),
    candidate('KE', 'FEMALE', 'B', 'AFRICAN'),
    candidate('IT', 'MALE', 'A', 'WESTERN_EUROPEAN_AND_OTHER'),
    candidate('MN', 'MALE', 'B', 'ASIA_PACIFIC'),
    candidate('GH', 'MALE', 'B', 'AFRICAN'),
    candidate('DO', 'MALE', 'A', 'LATIN_AMERICAN_AND_CARIBBEAN'),
  ];
  // Round 1: 119 papers, 10 invalid, 109 valid. JP and PE (list-A women, Asia-Pacific and Latin
  // American) elected with 88 and 77. The other figures are invented but possible: they fit
  // 109 papers of at most 6 names each meeting every requirement (e.g. women ≥ 5 × 109).
  const round1 = {
    ballotPapers: 119,
    invalidBallots: 10,
    validBallots: 109,
    votes: {
      JP: 88,
      PE: 77,
      UG: 72,
      BJ: 71,
      CA: 70,
      HR: 68,
      EC: 55,
      KE: 50,
      IT: 55,
      MN: 25,
      GH: 12,
      DO: 8,
    },
  };
  const setup: ElectionSetup = {
    electionType: 'JUDGES',
    seats: 6,
    candidates,
    sittingJudges,
    statesPartiesByGroup,
  };

  it('has the published MVRs at the start', () => {
    const mvrs = computeMvrs({
      sittingJudges,
      electedSoFar: [],
      candidatesInRace: candidates,
      seatsLeft: 6,
      statesPartiesByGroup,
      round: 1,
    });
    expect(summary(mvrs)).toEqual({
      'LIST:A': 1,
      'LIST:B': 1,
      'GENDER:FEMALE': 5,
      'GENDER:MALE': 0,
      'REGIONAL_GROUP:AFRICAN': 1,
      'REGIONAL_GROUP:ASIA_PACIFIC': 1,
      'REGIONAL_GROUP:EASTERN_EUROPEAN': 0,
      'REGIONAL_GROUP:LATIN_AMERICAN_AND_CARIBBEAN': 1,
      'REGIONAL_GROUP:WESTERN_EUROPEAN_AND_OTHER': 0,
    });
    expect(mvrs.regionalAndGenderLapse).toBeNull();
  });

  it('needs 73 votes in round 1 (109 valid ballots)', () => {
    expect(votesRequired('JUDGES', { validBallots: 109 })).toBe(73);
  });

  it('elects the two list-A women in round 1, most votes first', () => {
    const outcome = evaluateBallotRound({
      electionType: 'JUDGES',
      round: 1,
      seatsLeft: 6,
      candidatesInRace: candidates,
      ...round1,
      barredNationalities: sittingJudges.map((j) => j.nationality),
    });
    expect(outcome.valid).toBe(true);
    expect(outcome.votesRequired).toBe(73);
    expect(outcome.elected).toEqual(['JP', 'PE']);
    expect(outcome.seatsLeftAfter).toBe(4);
    expect(outcome.dropped).toEqual([]);
  });

  it('leaves women 3, African 1, list B 1 and nothing else after round 1', () => {
    const state = replayElection(setup, [round1]);
    expect(state.elected.map((e) => e.id)).toEqual(['JP', 'PE']);
    expect(summary(state.nextRoundRequirements as MvrResult)).toEqual({
      'LIST:A': 0,
      'LIST:B': 1,
      'GENDER:FEMALE': 3,
      'GENDER:MALE': 0,
      'REGIONAL_GROUP:AFRICAN': 1,
      'REGIONAL_GROUP:ASIA_PACIFIC': 0,
      'REGIONAL_GROUP:EASTERN_EUROPEAN': 0,
      'REGIONAL_GROUP:LATIN_AMERICAN_AND_CARIBBEAN': 0,
      'REGIONAL_GROUP:WESTERN_EUROPEAN_AND_OTHER': 0,
    });
  });

  it('keeps regional and gender requirements through round 4 only', () => {
    // Rounds 2 to 4 elect nobody (nobody reaches 73); the list B requirement stays.
    const quiet = { validBallots: 109, votes: { UG: 70, BJ: 70, KE: 60, EC: 60, CA: 60 } };
    const state = replayElection(setup, [round1, quiet, quiet, quiet]);
    expect(state.rounds[3]?.requirements?.regionalAndGenderLapse).toBeNull();
    const next = state.nextRoundRequirements as MvrResult;
    expect(next.round).toBe(5);
    expect(next.regionalAndGenderLapse).toBe('AFTER_ROUND_LIMIT');
    expect(summary(next)).toMatchObject({ 'LIST:B': 1, 'GENDER:FEMALE': 0 });
    expect(summary(next)['REGIONAL_GROUP:AFRICAN']).toBe(0);
  });
});

describe('2003, the first election (18 seats)', () => {
  it('needs 56 votes with 83 valid ballots (85 present and voting, 2 invalid)', () => {
    expect(votesRequired('JUDGES', { validBallots: 83 })).toBe(56);
  });

  it('reproduces the announced round-2 requirements with the first-election regional base', () => {
    // States Parties on 4 February 2003 (states-parties.csv), 85 in all: 3/18 of 85 is 14.2, so
    // Asia-Pacific (11) and Eastern Europe (12) start from 2, the others from 3.
    const statesPartiesByGroup: StatesPartiesByGroup = {
      AFRICAN: 21,
      ASIA_PACIFIC: 11,
      EASTERN_EUROPEAN: 12,
      LATIN_AMERICAN_AND_CARIBBEAN: 16,
      WESTERN_EUROPEAN_AND_OTHER: 25,
    };
    // Round 1 elected 7 (6 women, 1 man). The announced figures fix their make-up under this
    // base: 3 African, 1 Asia-Pacific, 2 Latin American, 1 Western, none Eastern; 5 list A, 2 B.
    const electedInRound1: Candidate[] = [
      candidate('ZA', 'FEMALE', 'A', 'AFRICAN'),
      candidate('ML', 'FEMALE', 'A', 'AFRICAN'),
      candidate('GH', 'FEMALE', 'B', 'AFRICAN'),
      candidate('CR', 'FEMALE', 'A', 'LATIN_AMERICAN_AND_CARIBBEAN'),
      candidate('BR', 'FEMALE', 'A', 'LATIN_AMERICAN_AND_CARIBBEAN'),
      candidate('IE', 'FEMALE', 'A', 'WESTERN_EUROPEAN_AND_OTHER'),
      candidate('KR', 'MALE', 'B', 'ASIA_PACIFIC'),
    ];
    // An illustrative remaining field, large enough that no candidate-count adjustment applies.
    const stillInRace: Candidate[] = [
      candidate('CY', 'MALE', 'A', 'ASIA_PACIFIC'),
      candidate('JO', 'MALE', 'B', 'ASIA_PACIFIC'),
      candidate('SM', 'MALE', 'B', 'ASIA_PACIFIC'),
      candidate('LV', 'FEMALE', 'B', 'EASTERN_EUROPEAN'),
      candidate('SI', 'MALE', 'A', 'EASTERN_EUROPEAN'),
      candidate('HR', 'MALE', 'A', 'EASTERN_EUROPEAN'),
      candidate('PL', 'MALE', 'B', 'EASTERN_EUROPEAN'),
      candidate('BO', 'MALE', 'A', 'LATIN_AMERICAN_AND_CARIBBEAN'),
      candidate('TT', 'MALE', 'A', 'LATIN_AMERICAN_AND_CARIBBEAN'),
      candidate('DE', 'MALE', 'B', 'WESTERN_EUROPEAN_AND_OTHER'),
      candidate('CA', 'MALE', 'B', 'WESTERN_EUROPEAN_AND_OTHER'),
      candidate('GB', 'MALE', 'A', 'WESTERN_EUROPEAN_AND_OTHER'),
      candidate('IT', 'MALE', 'A', 'WESTERN_EUROPEAN_AND_OTHER'),
      candidate('FI', 'MALE', 'B', 'WESTERN_EUROPEAN_AND_OTHER'),
      candidate('FR', 'MALE', 'A', 'WESTERN_EUROPEAN_AND_OTHER'),
      candidate('NG', 'MALE', 'A', 'AFRICAN'),
      candidate('SN', 'MALE', 'B', 'AFRICAN'),
    ];
    const mvrs = computeMvrs({
      sittingJudges: [],
      electedSoFar: electedInRound1,
      candidatesInRace: stillInRace,
      seatsLeft: 18 - 7, // at most 11 names per ballot
      statesPartiesByGroup,
      round: 2,
      regionalBase: firstElectionRegionalBase,
    });
    expect(mvrs.seatsLeft).toBe(11);
    expect(summary(mvrs)).toEqual({
      'LIST:A': 4,
      'LIST:B': 3,
      'GENDER:FEMALE': 0,
      'GENDER:MALE': 5,
      'REGIONAL_GROUP:AFRICAN': 0,
      'REGIONAL_GROUP:ASIA_PACIFIC': 1,
      'REGIONAL_GROUP:EASTERN_EUROPEAN': 2,
      'REGIONAL_GROUP:LATIN_AMERICAN_AND_CARIBBEAN': 1,
      'REGIONAL_GROUP:WESTERN_EUROPEAN_AND_OTHER': 2,
    });
  });
});

describe('Prosecutor majority', () => {
  it('needs 62 of 123 States Parties, whatever the turnout', () => {
    expect(absoluteMajorityOfStatesParties(123)).toBe(62);
    expect(votesRequired('PROSECUTOR', { validBallots: 90, statesParties: 123 })).toBe(62);
    expect(reachesMajority(58, 'PROSECUTOR', { validBallots: 90, statesParties: 123 })).toBe(false);
    expect(reachesMajority(62, 'PROSECUTOR', { validBallots: 90, statesParties: 123 })).toBe(true);
  });

  it('elects nobody with 58 of 90 votes', () => {
    const outcome = evaluateBallotRound({
      electionType: 'PROSECUTOR',
      round: 1,
      seatsLeft: 1,
      candidatesInRace: [
        { id: 'p1', nationality: 'GB', regionalGroup: 'WESTERN_EUROPEAN_AND_OTHER' },
        { id: 'p2', nationality: 'IE', regionalGroup: 'WESTERN_EUROPEAN_AND_OTHER' },
      ],
      votes: { p1: 58, p2: 32 },
      validBallots: 90,
      statesParties: 123,
    });
    expect(outcome.valid).toBe(true);
    expect(outcome.elected).toEqual([]);
  });
});
