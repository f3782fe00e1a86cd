import {
  adjustGenderForCandidates,
  adjustRegionalForCandidates,
  computeMvrs,
  findBallotMeetingRequirements,
  firstElectionRegionalBase,
  standardRegionalBase,
} from './mvr.js';
import type { MvrInput } from './mvr.js';
import type { JudgeCandidate, MinimumVotingRequirement, MvrResult, StatesPartiesByGroup } from './slate.types.js';

const allSeventeen: StatesPartiesByGroup = {
  AFRICAN: 33,
  ASIA_PACIFIC: 19,
  EASTERN_EUROPEAN: 18,
  LATIN_AMERICAN_AND_CARIBBEAN: 28,
  WESTERN_EUROPEAN_AND_OTHER: 25,
};

function req(result: MvrResult, kind: string, value: string): MinimumVotingRequirement {
  const found = result.requirements.find((r) => r.kind === kind && r.value === value);
  if (!found) throw new Error(`no requirement ${kind}:${value}`);
  return found;
}

function c(
  id: string,
  gender: string,
  list: 'A' | 'B',
  regionalGroup: JudgeCandidate['regionalGroup'],
): JudgeCandidate {
  return { id, gender, list, regionalGroup };
}

function input(overrides: Partial<MvrInput>): MvrInput {
  return {
    sittingJudges: [],
    electedSoFar: [],
    candidatesInRace: [],
    seatsLeft: 6,
    statesPartiesByGroup: allSeventeen,
    round: 1,
    ...overrides,
  };
}

describe('regional base', () => {
  it('is 3 from 17 States Parties in the group, else 2', () => {
    expect(standardRegionalBase(17, 123)).toBe(3);
    expect(standardRegionalBase(16, 123)).toBe(2);
  });

  it('was 3, less 1 under 3/18 of all States, at the first election', () => {
    expect(firstElectionRegionalBase(11, 85)).toBe(2);
    expect(firstElectionRegionalBase(15, 85)).toBe(3);
    expect(firstElectionRegionalBase(15, 90)).toBe(3); // 3/18 × 90 = 15: not under
    expect(firstElectionRegionalBase(14, 90)).toBe(2);
  });

  it('drives the regional MVR from the counts on the day', () => {
    const smallAsia = { ...allSeventeen, ASIA_PACIFIC: 16 };
    const many = Array.from({ length: 8 }, (_, i) => c(`a${i}`, 'MALE', 'A', 'ASIA_PACIFIC'));
    const result = computeMvrs(input({ candidatesInRace: many, statesPartiesByGroup: smallAsia }));
    expect(req(result, 'REGIONAL_GROUP', 'ASIA_PACIFIC').baseRequired).toBe(2);
  });
});

describe('candidate-count adjustments (to confirm)', () => {
  it('halves a regional MVR, rounded up, under twice its candidates', () => {
    expect(adjustRegionalForCandidates(3, 6)).toBe(3);
    expect(adjustRegionalForCandidates(3, 5)).toBe(3);
    expect(adjustRegionalForCandidates(3, 3)).toBe(2);
    expect(adjustRegionalForCandidates(2, 1)).toBe(1);
    expect(adjustRegionalForCandidates(0, 0)).toBe(0);
  });

  // ICC-ASP/3/Res.6 para 20(c), as the Assembly's elections guide prints it: with 10 or fewer
  // candidates of one gender, the requirement for that gender falls to these figures. Stated here
  // from the rule, row by row, not taken from the code's table.
  it.each([
    [10, 6],
    [9, 6],
    [8, 5],
    [7, 5],
    [6, 4],
    [5, 3],
    [4, 2],
    [3, 1],
    [2, 1],
    [1, 0],
  ])('with %i candidates of a gender, the gender requirement of 6 falls to %i', (candidates, required) => {
    expect(adjustGenderForCandidates(6, candidates)).toBe(required);
  });

  it('leaves a gender requirement alone above 10 candidates, and never raises one', () => {
    expect(adjustGenderForCandidates(6, 11)).toBe(6);
    expect(adjustGenderForCandidates(6, 0)).toBe(0);
    // A requirement already below the figure (seats filled in earlier elections) stays as it is.
    expect(adjustGenderForCandidates(2, 8)).toBe(2);
    for (let candidates = 0; candidates <= 12; candidates += 1) {
      for (let base = 0; base <= 6; base += 1) {
        expect(adjustGenderForCandidates(base, candidates)).toBeLessThanOrEqual(base);
      }
    }
  });

  it('never lets an MVR exceed the candidates in race or the seats left', () => {
    const candidates = [
      c('1', 'FEMALE', 'A', 'AFRICAN'),
      c('2', 'MALE', 'A', 'AFRICAN'),
      c('3', 'MALE', 'B', 'ASIA_PACIFIC'),
    ];
    const result = computeMvrs(input({ candidatesInRace: candidates, seatsLeft: 2 }));
    expect(req(result, 'LIST', 'A').required).toBe(2); // 9 − 0, capped by 2 candidates
    expect(req(result, 'LIST', 'B').required).toBe(1); // 5 − 0, capped by 1 candidate
    expect(req(result, 'REGIONAL_GROUP', 'EASTERN_EUROPEAN').required).toBe(0); // no candidate
    for (const r of result.requirements) {
      expect(r.required).toBeLessThanOrEqual(Math.min(r.candidatesInRace, 2));
    }
  });
});

describe('what counts', () => {
  it('counts a gender other than FEMALE or MALE toward no gender MVR', () => {
    const candidates = [
      c('1', 'NON_BINARY', 'A', 'AFRICAN'),
      ...Array.from({ length: 12 }, (_, i) => c(`f${i}`, 'FEMALE', 'A', 'AFRICAN')),
    ];
    const result = computeMvrs(input({ candidatesInRace: candidates }));
    expect(req(result, 'GENDER', 'FEMALE').candidatesInRace).toBe(12);
    expect(req(result, 'GENDER', 'MALE').candidatesInRace).toBe(0);
    expect(req(result, 'REGIONAL_GROUP', 'AFRICAN').candidatesInRace).toBe(13);
  });

  it('subtracts judges staying and judges elected so far', () => {
    const sitting = [
      {
        nationality: 'X1',
        gender: 'FEMALE',
        list: 'A' as const,
        regionalGroup: 'AFRICAN' as const,
      },
      {
        nationality: 'X2',
        gender: 'FEMALE',
        list: 'A' as const,
        regionalGroup: 'AFRICAN' as const,
      },
    ];
    const elected = [c('e', 'FEMALE', 'B', 'AFRICAN')];
    const field = Array.from({ length: 12 }, (_, i) =>
      c(`${i}`, i % 2 ? 'FEMALE' : 'MALE', i % 3 ? 'A' : 'B', 'AFRICAN'),
    );
    const result = computeMvrs(input({ sittingJudges: sitting, electedSoFar: elected, candidatesInRace: field }));
    expect(req(result, 'GENDER', 'FEMALE').baseRequired).toBe(3);
    expect(req(result, 'LIST', 'A').baseRequired).toBe(7);
    expect(req(result, 'LIST', 'B').baseRequired).toBe(4);
    expect(req(result, 'REGIONAL_GROUP', 'AFRICAN').baseRequired).toBe(0);
  });
});

describe('lapse', () => {
  const field = [
    ...Array.from({ length: 6 }, (_, i) => c(`f${i}`, 'FEMALE', i % 2 ? 'A' : 'B', 'AFRICAN')),
    ...Array.from({ length: 6 }, (_, i) => c(`m${i}`, 'MALE', i % 2 ? 'A' : 'B', 'ASIA_PACIFIC')),
  ];

  it('keeps every requirement up to round 4', () => {
    const result = computeMvrs(input({ candidatesInRace: field, round: 4, seatsLeft: 12 }));
    expect(result.regionalAndGenderLapse).toBeNull();
    expect(req(result, 'GENDER', 'FEMALE').applies).toBe(true);
  });

  it('drops regional and gender requirements after round 4, never the lists', () => {
    const result = computeMvrs(input({ candidatesInRace: field, round: 5, seatsLeft: 12 }));
    expect(result.regionalAndGenderLapse).toBe('AFTER_ROUND_LIMIT');
    expect(req(result, 'GENDER', 'FEMALE')).toMatchObject({
      required: 0,
      applies: false,
      lapsedReason: 'AFTER_ROUND_LIMIT',
    });
    expect(req(result, 'GENDER', 'FEMALE').adjustedRequired).toBeGreaterThan(0);
    expect(req(result, 'LIST', 'A')).toMatchObject({ applies: true, lapsedReason: null });
  });

  it('drops them when no paper within the seats left can meet them together', () => {
    // Lists are met by the bench. 2 seats left: women 2 (all African), Asia-Pacific 1 (all men).
    // Each kind alone fits in 2 names (regional 1 + 1, gender 2 + 0); together they need 3.
    const groups = [
      ...Array<'AFRICAN'>(2).fill('AFRICAN'),
      ...Array<'ASIA_PACIFIC'>(2).fill('ASIA_PACIFIC'),
      ...Array<'EASTERN_EUROPEAN'>(3).fill('EASTERN_EUROPEAN'),
      ...Array<'LATIN_AMERICAN_AND_CARIBBEAN'>(3).fill('LATIN_AMERICAN_AND_CARIBBEAN'),
      ...Array<'WESTERN_EUROPEAN_AND_OTHER'>(4).fill('WESTERN_EUROPEAN_AND_OTHER'),
    ];
    const sitting = groups.map((regionalGroup, i) => ({
      nationality: `S${i}`,
      gender: i < 4 ? 'FEMALE' : 'MALE',
      list: i < 9 ? ('A' as const) : ('B' as const),
      regionalGroup,
    }));
    const result = computeMvrs(input({ sittingJudges: sitting, candidatesInRace: field, round: 2, seatsLeft: 2 }));
    expect(result.requirements.map((r) => [r.kind, r.value, r.adjustedRequired])).toEqual([
      ['LIST', 'A', 0],
      ['LIST', 'B', 0],
      ['GENDER', 'FEMALE', 2],
      ['GENDER', 'MALE', 0],
      ['REGIONAL_GROUP', 'AFRICAN', 1],
      ['REGIONAL_GROUP', 'ASIA_PACIFIC', 1],
      ['REGIONAL_GROUP', 'EASTERN_EUROPEAN', 0],
      ['REGIONAL_GROUP', 'LATIN_AMERICAN_AND_CARIBBEAN', 0],
      ['REGIONAL_GROUP', 'WESTERN_EUROPEAN_AND_OTHER', 0],
    ]);
    expect(result.regionalAndGenderLapse).toBe('CANNOT_BE_MET_TOGETHER');
    expect(result.requirements.every((r) => r.required === 0)).toBe(true);
  });

  it('never lets a lapse touch the list requirements', () => {
    const result = computeMvrs(input({ candidatesInRace: field, round: 5, seatsLeft: 4 }));
    expect(req(result, 'LIST', 'A')).toMatchObject({ required: 4, applies: true });
  });

  it('keeps them when one paper can meet them all at once', () => {
    // 1 seat left, list B 1 and African 1: the sum is 2, but one African on list B meets both.
    const groups = ['AFRICAN', 'ASIA_PACIFIC', 'EASTERN_EUROPEAN'] as const;
    const sitting = Array.from({ length: 14 }, (_, i) => ({
      nationality: `S${i}`,
      gender: 'MALE',
      list: i < 10 ? ('A' as const) : ('B' as const),
      regionalGroup: i < 2 ? groups[0] : i < 5 ? groups[1] : groups[2],
    }));
    const small = [c('x', 'FEMALE', 'B', 'AFRICAN'), c('y', 'MALE', 'A', 'ASIA_PACIFIC')];
    const result = computeMvrs(input({ sittingJudges: sitting, candidatesInRace: small, seatsLeft: 1, round: 3 }));
    expect(req(result, 'LIST', 'B').required).toBe(1);
    expect(req(result, 'REGIONAL_GROUP', 'AFRICAN').required).toBe(1);
    expect(result.regionalAndGenderLapse).toBeNull();
  });

  it('stays lapsed once lapsed', () => {
    const result = computeMvrs(
      input({
        candidatesInRace: field,
        round: 2,
        seatsLeft: 12,
        previousLapse: 'CANNOT_BE_MET_TOGETHER',
      }),
    );
    expect(result.regionalAndGenderLapse).toBe('CANNOT_BE_MET_TOGETHER');
  });

  it('refuses nonsense', () => {
    expect(() => computeMvrs(input({ round: 0 }))).toThrow(RangeError);
    expect(() => computeMvrs(input({ seatsLeft: -1 }))).toThrow(RangeError);
  });
});

describe('findBallotMeetingRequirements', () => {
  const field = [
    c('a', 'FEMALE', 'A', 'AFRICAN'),
    c('b', 'MALE', 'B', 'AFRICAN'),
    c('c', 'FEMALE', 'B', 'ASIA_PACIFIC'),
    c('d', 'MALE', 'A', 'EASTERN_EUROPEAN'),
  ];

  it('finds the smallest kind of paper that meets overlapping requirements', () => {
    const paper = findBallotMeetingRequirements(
      field,
      [
        { kind: 'LIST', value: 'B', required: 1 },
        { kind: 'GENDER', value: 'FEMALE', required: 1 },
        { kind: 'REGIONAL_GROUP', value: 'ASIA_PACIFIC', required: 1 },
      ],
      1,
    );
    expect(paper).toEqual(['c']);
  });

  it('says none exists when the seats are too few', () => {
    const paper = findBallotMeetingRequirements(
      field,
      [
        { kind: 'GENDER', value: 'FEMALE', required: 2 },
        { kind: 'REGIONAL_GROUP', value: 'EASTERN_EUROPEAN', required: 1 },
      ],
      2,
    );
    expect(paper).toBeNull();
  });

  it('returns an empty paper when nothing is required', () => {
    expect(findBallotMeetingRequirements(field, [], 0)).toEqual([]);
  });
});
