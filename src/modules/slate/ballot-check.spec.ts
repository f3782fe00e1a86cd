import { checkBallot } from './ballot-check.js';
import { computeMvrs } from './mvr.js';
import type { JudgeCandidate, StatesPartiesByGroup } from './slate.types.js';

const counts: StatesPartiesByGroup = {
  AFRICAN: 33,
  ASIA_PACIFIC: 19,
  EASTERN_EUROPEAN: 18,
  LATIN_AMERICAN_AND_CARIBBEAN: 28,
  WESTERN_EUROPEAN_AND_OTHER: 25,
};

// Bench with lists and genders satisfied except women 1 (6 − 5), and Africa 1 (3 − 2).
const sitting = Array.from({ length: 15 }, (_, i) => ({
  nationality: `S${i}`,
  gender: i < 5 ? 'FEMALE' : 'MALE',
  list: i < 10 ? ('A' as const) : ('B' as const),
  regionalGroup:
    i < 2
      ? ('AFRICAN' as const)
      : i < 5
        ? ('ASIA_PACIFIC' as const)
        : i < 8
          ? ('EASTERN_EUROPEAN' as const)
          : i < 11
            ? ('LATIN_AMERICAN_AND_CARIBBEAN' as const)
            : ('WESTERN_EUROPEAN_AND_OTHER' as const),
}));

const candidates: JudgeCandidate[] = [
  { id: 'af-w', gender: 'FEMALE', list: 'A', regionalGroup: 'AFRICAN' },
  { id: 'af-m', gender: 'MALE', list: 'B', regionalGroup: 'AFRICAN' },
  { id: 'eu-w', gender: 'FEMALE', list: 'A', regionalGroup: 'WESTERN_EUROPEAN_AND_OTHER' },
  { id: 'eu-m', gender: 'MALE', list: 'A', regionalGroup: 'WESTERN_EUROPEAN_AND_OTHER' },
  { id: 'ap-m', gender: 'MALE', list: 'B', regionalGroup: 'ASIA_PACIFIC' },
  { id: 'la-w', gender: 'FEMALE', list: 'B', regionalGroup: 'LATIN_AMERICAN_AND_CARIBBEAN' },
];

const { requirements } = computeMvrs({
  sittingJudges: sitting,
  electedSoFar: [],
  candidatesInRace: candidates,
  seatsLeft: 3,
  statesPartiesByGroup: counts,
  round: 1,
});

function check(names: string[]) {
  return checkBallot({
    names,
    candidatesInRace: candidates,
    requirements,
    seatsLeft: 3,
    formerCandidateIds: ['gone'],
  });
}

describe('checkBallot', () => {
  it('has the requirements this test relies on', () => {
    const applying = requirements.filter((r) => r.applies).map((r) => `${r.kind}:${r.value}`);
    expect(applying).toEqual(['GENDER:FEMALE', 'REGIONAL_GROUP:AFRICAN']);
  });

  it('accepts a paper meeting every requirement in force', () => {
    expect(check(['af-w'])).toEqual({ valid: true, violations: [] });
    expect(check(['af-m', 'eu-w', 'ap-m']).valid).toBe(true);
  });

  it('refuses more names than seats left', () => {
    const result = check(['af-w', 'af-m', 'eu-w', 'eu-m']);
    expect(result.valid).toBe(false);
    expect(result.violations).toEqual([expect.objectContaining({ rule: 'TOO_MANY_NAMES', required: 3, named: 4 })]);
  });

  it('refuses a paper short in a category, naming it', () => {
    const result = check(['eu-m', 'ap-m']);
    expect(result.violations.map((v) => [v.rule, v.category, v.required, v.named])).toEqual([
      ['CATEGORY_SHORT', { kind: 'GENDER', value: 'FEMALE' }, 1, 0],
      ['CATEGORY_SHORT', { kind: 'REGIONAL_GROUP', value: 'AFRICAN' }, 1, 0],
    ]);
  });

  it('refuses duplicates, unknown and former candidates, and does not count them', () => {
    const result = check(['af-w', 'af-w', 'nobody']);
    expect(result.violations.map((v) => [v.rule, v.candidateId])).toEqual([
      ['DUPLICATE_NAME', 'af-w'],
      ['UNKNOWN_CANDIDATE', 'nobody'],
    ]);
    const former = check(['gone', 'eu-w']);
    expect(former.violations.map((v) => v.rule)).toEqual(['INELIGIBLE_CANDIDATE', 'CATEGORY_SHORT']);
  });

  it('ignores requirements not in force', () => {
    const lapsed = requirements.map((r) => ({ ...r, required: 0, applies: false }));
    const result = checkBallot({
      names: ['eu-m'],
      candidatesInRace: candidates,
      requirements: lapsed,
      seatsLeft: 3,
    });
    expect(result.valid).toBe(true);
  });
});
