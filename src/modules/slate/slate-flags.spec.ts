import { diffFlags, isCleanSlate, slateFlagKey, slateFlags } from './slate-flags.js';
import type { FlagCandidate, SlateFlag } from './slate-flags.js';
import type { RegionalGroup, StatesPartiesByGroup } from './slate.types.js';

const counts: StatesPartiesByGroup = {
  AFRICAN: 33,
  ASIA_PACIFIC: 19,
  EASTERN_EUROPEAN: 18,
  LATIN_AMERICAN_AND_CARIBBEAN: 28,
  WESTERN_EUROPEAN_AND_OTHER: 25,
};

function person(regionalGroup: RegionalGroup, extra: Partial<FlagCandidate> = {}): FlagCandidate {
  return { gender: 'MALE', regionalGroup, ...extra };
}

const kinds = (flags: SlateFlag[]): string[] => flags.map(slateFlagKey);

describe('whole election', () => {
  it('flags a clean slate when candidacies equal the seats', () => {
    const flags = slateFlags({
      electionType: 'PROSECUTOR',
      seats: 1,
      candidates: [person('AFRICAN')],
    });
    expect(kinds(flags)).toEqual(['ELECTION||CLEAN_SLATE', 'ELECTION||SINGLE_CANDIDATE']);
    expect(isCleanSlate(flags)).toBe(true);
  });

  it('flags an undersubscribed election', () => {
    const flags = slateFlags({ electionType: 'PROSECUTOR', seats: 1, candidates: [] });
    expect(flags).toEqual([{ scope: 'ELECTION', scopeValue: null, kind: 'UNDERSUBSCRIBED', seats: 1, candidates: 0 }]);
    expect(isCleanSlate(flags)).toBe(false);
  });

  it('flags nothing for a contested Prosecutor election', () => {
    const two = [person('AFRICAN'), person('ASIA_PACIFIC')];
    expect(slateFlags({ electionType: 'PROSECUTOR', seats: 1, candidates: two })).toEqual([]);
  });
});

describe('TFV Board', () => {
  it('flags each regional seat with one candidate or none', () => {
    const flags = slateFlags({
      electionType: 'TFV_BOARD',
      seats: 5,
      candidates: [
        person('AFRICAN'),
        person('AFRICAN'),
        person('ASIA_PACIFIC'),
        person('EASTERN_EUROPEAN'),
        person('LATIN_AMERICAN_AND_CARIBBEAN'),
      ],
    });
    expect(kinds(flags)).toEqual([
      'ELECTION||CLEAN_SLATE',
      'REGIONAL_SEAT|ASIA_PACIFIC|CLEAN_SLATE',
      'REGIONAL_SEAT|EASTERN_EUROPEAN|CLEAN_SLATE',
      'REGIONAL_SEAT|LATIN_AMERICAN_AND_CARIBBEAN|CLEAN_SLATE',
      'REGIONAL_SEAT|WESTERN_EUROPEAN_AND_OTHER|VACANT',
    ]);
  });

  it('looks only at the seats to be filled', () => {
    const flags = slateFlags({
      electionType: 'TFV_BOARD',
      seats: 1,
      regionalSeats: ['AFRICAN'],
      candidates: [person('AFRICAN'), person('AFRICAN')],
    });
    expect(flags).toEqual([]);
  });
});

describe('Deputy Prosecutors', () => {
  it('flags a post with fewer than three candidates', () => {
    const flags = slateFlags({
      electionType: 'DEPUTY_PROSECUTOR',
      seats: 3,
      posts: ['P1', 'P2', 'P3'],
      candidates: [
        ...['P1', 'P1', 'P1'].map((post) => person('AFRICAN', { post })),
        ...['P2', 'P2'].map((post) => person('AFRICAN', { post })),
      ],
    });
    expect(kinds(flags)).toEqual(['POST|P2|NOMINATION_SHORTFALL', 'POST|P3|VACANT', 'POST|P3|NOMINATION_SHORTFALL']);
    expect(flags.find((f) => f.scopeValue === 'P2')).toMatchObject({ seats: 3, candidates: 2 });
  });
});

describe('judges', () => {
  // 12 judges staying as in 2017: MVRs list A 1, list B 1, African 1, Asia-Pacific 1,
  // Latin American 1, women 5.
  const groups: RegionalGroup[] = [
    'AFRICAN',
    'AFRICAN',
    'ASIA_PACIFIC',
    'ASIA_PACIFIC',
    'EASTERN_EUROPEAN',
    'EASTERN_EUROPEAN',
    'EASTERN_EUROPEAN',
    'LATIN_AMERICAN_AND_CARIBBEAN',
    'LATIN_AMERICAN_AND_CARIBBEAN',
    'WESTERN_EUROPEAN_AND_OTHER',
    'WESTERN_EUROPEAN_AND_OTHER',
    'WESTERN_EUROPEAN_AND_OTHER',
  ];
  const sittingJudges = groups.map((regionalGroup, i) => ({
    nationality: `S${i}`,
    gender: i === 0 ? 'FEMALE' : 'MALE',
    list: i < 8 ? ('A' as const) : ('B' as const),
    regionalGroup,
  }));

  it('flags categories without choice and nomination shortfalls', () => {
    const women = (regionalGroup: RegionalGroup, list: 'A' | 'B'): FlagCandidate =>
      person(regionalGroup, { gender: 'FEMALE', list });
    const candidates = [
      women('AFRICAN', 'A'),
      women('AFRICAN', 'A'),
      women('ASIA_PACIFIC', 'A'),
      women('LATIN_AMERICAN_AND_CARIBBEAN', 'B'),
      women('WESTERN_EUROPEAN_AND_OTHER', 'A'),
      women('EASTERN_EUROPEAN', 'A'),
      women('WESTERN_EUROPEAN_AND_OTHER', 'A'),
      women('WESTERN_EUROPEAN_AND_OTHER', 'A'),
      person('EASTERN_EUROPEAN', { list: 'A' }),
    ];
    const flags = slateFlags({
      electionType: 'JUDGES',
      seats: 6,
      candidates,
      sittingJudges,
      statesPartiesByGroup: counts,
    });
    expect(kinds(flags)).toEqual([
      'LIST|B|NO_CHOICE', // 1 candidate for a requirement of 1
      'LIST|B|NOMINATION_SHORTFALL', // 1 < 2 × 1
      'GENDER|FEMALE|NOMINATION_SHORTFALL', // 8 < 2 × 5
      'REGIONAL_GROUP|ASIA_PACIFIC|NO_CHOICE',
      'REGIONAL_GROUP|ASIA_PACIFIC|NOMINATION_SHORTFALL',
      'REGIONAL_GROUP|LATIN_AMERICAN_AND_CARIBBEAN|NO_CHOICE',
      'REGIONAL_GROUP|LATIN_AMERICAN_AND_CARIBBEAN|NOMINATION_SHORTFALL',
    ]);
    expect(flags[0]).toEqual({
      scope: 'LIST',
      scopeValue: 'B',
      kind: 'NO_CHOICE',
      seats: 1,
      candidates: 1,
    });
    expect(flags[2]).toMatchObject({ seats: 10, candidates: 8 });
  });
});

describe('diffFlags', () => {
  const clean: SlateFlag = {
    scope: 'ELECTION',
    scopeValue: null,
    kind: 'CLEAN_SLATE',
    seats: 1,
    candidates: 1,
  };
  const vacant: SlateFlag = {
    scope: 'REGIONAL_SEAT',
    scopeValue: 'AFRICAN',
    kind: 'VACANT',
    seats: 1,
    candidates: 0,
  };
  const shortfall: SlateFlag = {
    scope: 'GENDER',
    scopeValue: 'FEMALE',
    kind: 'NOMINATION_SHORTFALL',
    seats: 10,
    candidates: 4,
  };

  it('reports raised, cleared and changed flags by scope, value and kind', () => {
    const diff = diffFlags([clean, shortfall], [vacant, { ...shortfall, candidates: 6 }]);
    expect(diff.raised).toEqual([vacant]);
    expect(diff.cleared).toEqual([clean]);
    expect(diff.changed).toEqual([{ ...shortfall, candidates: 6 }]);
  });

  it('reports nothing when nothing changed', () => {
    expect(diffFlags([clean, vacant], [vacant, clean])).toEqual({
      raised: [],
      cleared: [],
      changed: [],
    });
  });
});
