import { MVR_RULES } from './slate.constants.js';
import { GENDERS, JUDGE_LISTS, REGIONAL_GROUPS } from './slate.types.js';
import type {
  JudgeCandidate,
  JudgeProfile,
  MinimumVotingRequirement,
  MvrCategory,
  MvrLapseReason,
  MvrResult,
  RegionalBaseRule,
  SittingJudge,
  StatesPartiesByGroup,
} from './slate.types.js';

export interface MvrInput {
  readonly sittingJudges: readonly SittingJudge[];
  readonly electedSoFar: readonly JudgeProfile[];
  readonly candidatesInRace: readonly JudgeProfile[];
  readonly seatsLeft: number;
  readonly statesPartiesByGroup: StatesPartiesByGroup;
  // The round these requirements are for: 1 for the first round (and for the nomination period).
  readonly round: number;
  // Defaults to standardRegionalBase; firstElectionRegionalBase reproduces 2003.
  readonly regionalBase?: RegionalBaseRule;
  // A lapse is final: pass the one found for an earlier round.
  readonly previousLapse?: MvrLapseReason | null;
}

// Every category, in a stable order: lists, genders, regional groups.
export const MVR_CATEGORIES: readonly MvrCategory[] = [
  ...JUDGE_LISTS.map((value): MvrCategory => ({ kind: 'LIST', value })),
  ...GENDERS.map((value): MvrCategory => ({ kind: 'GENDER', value })),
  ...REGIONAL_GROUPS.map((value): MvrCategory => ({ kind: 'REGIONAL_GROUP', value })),
];

export function isInCategory(person: JudgeProfile, category: MvrCategory): boolean {
  switch (category.kind) {
    case 'LIST':
      return person.list === category.value;
    case 'GENDER':
      // Any gender other than FEMALE or MALE counts toward no gender MVR.
      return person.gender === category.value;
    case 'REGIONAL_GROUP':
      return person.regionalGroup === category.value;
  }
}

export function mvrCategoryKey(category: MvrCategory): string {
  return `${category.kind}:${category.value}`;
}

// ICC-ASP/3/Res.6: 3 when the group has 17 or more States Parties on the day, else 2.
export const standardRegionalBase: RegionalBaseRule = (groupStatesParties) =>
  groupStatesParties >= MVR_RULES.regionalBase.minStatesPartiesForHigher
    ? MVR_RULES.regionalBase.higher
    : MVR_RULES.regionalBase.lower;

// ICC-ASP/1/Res.3, first election (to confirm): 3, less 1 for a group under 3/18 of all States.
export const firstElectionRegionalBase: RegionalBaseRule = (groupStatesParties, total) => {
  const rule = MVR_RULES.firstElectionRegionalBase;
  return groupStatesParties < rule.shareBelowWhichReduced * total ? rule.base - rule.reduction : rule.base;
};

// ICC-ASP/3/Res.6 para 20 (to confirm): under 2 × MVR candidates → half of them, rounded up.
// Equivalent to min(base, ceil(candidates / 2)) for the factor 2, so it never raises the base.
export function adjustRegionalForCandidates(base: number, candidates: number): number {
  return candidates < MVR_RULES.regionalShortfallFactor * base ? Math.min(base, Math.ceil(candidates / 2)) : base;
}

// ICC-ASP/3/Res.6 para 20 (to confirm): a gender with 10 or fewer candidates is capped by a table.
export function adjustGenderForCandidates(base: number, candidates: number): number {
  if (candidates > MVR_RULES.genderCapMaxCandidates) return base;
  return Math.min(base, MVR_RULES.genderCap[candidates] ?? 0);
}

function categoryTarget(
  category: MvrCategory,
  statesPartiesByGroup: StatesPartiesByGroup,
  regionalBase: RegionalBaseRule,
): number {
  switch (category.kind) {
    case 'LIST':
      return MVR_RULES.listTarget[category.value]; // ICC-ASP/3/Res.6, Statute art. 36(5)
    case 'GENDER':
      return MVR_RULES.genderTarget; // ICC-ASP/3/Res.6
    case 'REGIONAL_GROUP': {
      const total = REGIONAL_GROUPS.reduce((sum, g) => sum + statesPartiesByGroup[g], 0);
      return regionalBase(statesPartiesByGroup[category.value], total); // ICC-ASP/3/Res.6
    }
  }
}

function count(people: readonly JudgeProfile[], category: MvrCategory): number {
  return people.filter((p) => isInCategory(p, category)).length;
}

export function computeMvrs(input: MvrInput): MvrResult {
  const { seatsLeft, round } = input;
  if (!Number.isInteger(seatsLeft) || seatsLeft < 0) {
    throw new RangeError(`seatsLeft must be a non-negative integer, got ${seatsLeft}`);
  }
  if (!Number.isInteger(round) || round < 1) {
    throw new RangeError(`round must be a positive integer, got ${round}`);
  }
  const regionalBase = input.regionalBase ?? standardRegionalBase;

  const computed = MVR_CATEGORIES.map((category) => {
    // ICC-ASP/3/Res.6: max(0, target − judges staying − judges elected so far).
    const target = categoryTarget(category, input.statesPartiesByGroup, regionalBase);
    const baseRequired = Math.max(
      0,
      target - count(input.sittingJudges, category) - count(input.electedSoFar, category),
    );
    const candidatesInRace = count(input.candidatesInRace, category);
    const adjusted =
      category.kind === 'REGIONAL_GROUP'
        ? adjustRegionalForCandidates(baseRequired, candidatesInRace)
        : category.kind === 'GENDER'
          ? adjustGenderForCandidates(baseRequired, candidatesInRace)
          : baseRequired;
    // Reference §3: an MVR never exceeds the category's candidates in the race or the seats left.
    const adjustedRequired = Math.min(adjusted, candidatesInRace, seatsLeft);
    return { category, baseRequired, adjustedRequired, candidatesInRace };
  });

  const regionalAndGenderLapse = findLapse(input, computed);

  const requirements = computed.map(
    ({ category, baseRequired, adjustedRequired, candidatesInRace }): MinimumVotingRequirement => {
      // ICC-ASP/3/Res.6: the list MVRs never lapse; the regional and gender ones may.
      const lapsedReason = category.kind === 'LIST' ? null : regionalAndGenderLapse;
      const required = lapsedReason === null ? adjustedRequired : 0;
      return {
        ...category,
        baseRequired,
        adjustedRequired,
        required,
        candidatesInRace,
        applies: required > 0,
        lapsedReason,
      };
    },
  );
  return { round, seatsLeft, requirements, regionalAndGenderLapse };
}

// When the regional and gender MVRs lapse (ICC-ASP/3/Res.6, reference §3):
// - a lapse is final: once lapsed they stay lapsed for every later round;
// - after the fourth round (MVR_RULES.lastRoundWithRegionalAndGender);
// - when "they can no longer be met together within the seats left", which this library reads as:
//   no ballot paper naming at most `seatsLeft` candidates still in the race meets every list,
//   regional and gender requirement at once. Lists are part of the test because they never lapse,
//   so a valid paper must meet them anyway. This is exact (a search, not a sum of requirements);
//   it implies, among others, "regional sum > seats left" and "gender sum > seats left".
function findLapse(
  input: MvrInput,
  computed: readonly { category: MvrCategory; adjustedRequired: number }[],
): MvrLapseReason | null {
  if (input.previousLapse) return input.previousLapse;
  if (input.round > MVR_RULES.lastRoundWithRegionalAndGender) return 'AFTER_ROUND_LIMIT';
  const candidates = input.candidatesInRace.map((c, i) => ({ ...c, id: String(i) }));
  const requirements = computed.map((c): RequirementLike => ({
    ...c.category,
    required: c.adjustedRequired,
  }));
  return findBallotMeetingRequirements(candidates, requirements, input.seatsLeft) === null
    ? 'CANNOT_BE_MET_TOGETHER'
    : null;
}

export type RequirementLike = MvrCategory & { readonly required: number };

// A ballot paper (candidate ids) of at most `seatsLeft` names that meets every requirement, or
// null when none exists. Exact: a depth-first search over candidate profiles with bounds.
export function findBallotMeetingRequirements(
  candidates: readonly JudgeCandidate[],
  requirements: readonly RequirementLike[],
  seatsLeft: number,
): string[] | null {
  const needs = requirements
    .filter((r) => r.required > 0)
    .map((r) => ({ category: categoryOf(r), required: r.required }));
  if (needs.length === 0) return [];

  // Candidates who count toward the same requirements are interchangeable: group them.
  const groups = new Map<string, { ids: string[]; covers: number[] }>();
  for (const c of [...candidates].sort((a, b) => compareIds(a.id, b.id))) {
    const covers = needs.flatMap((n, i) => (isInCategory(c, n.category) ? [i] : []));
    if (covers.length === 0) continue;
    const key = covers.join(',');
    const group = groups.get(key) ?? { ids: [], covers };
    group.ids.push(c.id);
    groups.set(key, group);
  }
  const types = [...groups.values()];
  const kinds = needs.map((n) => n.category.kind);

  // supply[t][i]: candidates of types t.. that count toward need i.
  const supply = types.map((_, t) =>
    needs.map((_n, i) => types.slice(t).reduce((s, type) => s + (type.covers.includes(i) ? type.ids.length : 0), 0)),
  );
  const failed = new Set<string>();
  const chosen: number[] = new Array<number>(types.length).fill(0);

  const lowerBound = (deficit: readonly number[]): number => {
    // Each name meets at most one requirement of each kind (one list, one gender, one group).
    let bound = 0;
    for (const kind of ['LIST', 'GENDER', 'REGIONAL_GROUP'] as const) {
      bound = Math.max(
        bound,
        deficit.reduce((s, d, i) => s + (kinds[i] === kind ? d : 0), 0),
      );
    }
    return bound;
  };

  const search = (t: number, used: number, deficit: readonly number[]): boolean => {
    if (deficit.every((d) => d === 0)) return true;
    if (t >= types.length) return false;
    if (used + lowerBound(deficit) > seatsLeft) return false;
    if (deficit.some((d, i) => d > (supply[t]?.[i] ?? 0))) return false;
    const key = `${t}|${used}|${deficit.join(',')}`;
    if (failed.has(key)) return false;
    const type = types[t];
    if (type === undefined) return false;
    const useful = Math.max(0, ...type.covers.map((i) => deficit[i] ?? 0));
    const most = Math.min(type.ids.length, seatsLeft - used, useful);
    for (let x = most; x >= 0; x--) {
      const next = deficit.map((d, i) => (type.covers.includes(i) ? Math.max(0, d - x) : d));
      chosen[t] = x;
      if (search(t + 1, used + x, next)) return true;
    }
    chosen[t] = 0;
    failed.add(key);
    return false;
  };

  if (
    !search(
      0,
      0,
      needs.map((n) => n.required),
    )
  )
    return null;
  return types.flatMap((type, t) => type.ids.slice(0, chosen[t] ?? 0));
}

// The bare category of a requirement (or of anything carrying one).
export function categoryOf(category: MvrCategory): MvrCategory {
  switch (category.kind) {
    case 'LIST':
      return { kind: 'LIST', value: category.value };
    case 'GENDER':
      return { kind: 'GENDER', value: category.value };
    case 'REGIONAL_GROUP':
      return { kind: 'REGIONAL_GROUP', value: category.value };
  }
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
