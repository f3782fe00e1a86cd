// What the API checks on a round's tally that the form can work out as the numbers are typed (the
// API stays the judge: it checks again on recording, and the form shows its answer). The rule
// names are the API's (`extensions.rule`), so a problem reads the same before and after sending.
// Pure, so it is tested on its own.
import type { ElectionType } from '../../gql/graphql.js';

export interface TallyValues {
  readonly ballotPapers: string;
  readonly invalidBallots: string;
  readonly abstentions: string;
  /** Votes typed per candidacy id ('' for none yet). */
  readonly votes: Readonly<Record<string, string>>;
}

export interface RaceCandidate {
  readonly id: string;
  readonly gender: string;
  readonly list: string | null;
  readonly regionalGroup: string | null;
}

export interface Requirement {
  readonly kind: string;
  readonly value: string;
  readonly required: number;
  readonly applies: boolean;
}

export type TallyRule =
  | 'NOT_A_COUNT'
  | 'NO_BALLOT_PAPERS'
  | 'VOTES_EXCEED_VALID_BALLOTS'
  | 'TOTAL_VOTES_EXCEED_CAPACITY'
  | 'CATEGORY_TOTAL_BELOW_REQUIREMENT';

export interface TallyProblem {
  readonly rule: TallyRule;
  readonly candidacyId?: string;
  readonly kind?: string;
  readonly value?: string;
  readonly total?: number;
  readonly limit?: number;
}

/** A whole, non-negative number typed in a field; null while blank or not a count. */
export function count(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,6}$/.test(trimmed)) return null;
  return Number(trimmed);
}

/** States present and voting: papers less invalid ballots and abstentions; null until it adds up. */
export function validBallots(values: TallyValues): number | null {
  const papers = count(values.ballotPapers);
  const invalid = count(values.invalidBallots);
  const abstentions = count(values.abstentions);
  if (papers === null || invalid === null || abstentions === null) return null;
  const valid = papers - invalid - abstentions;
  return valid >= 0 ? valid : null;
}

/**
 * Votes needed to be elected when it follows from the papers: two thirds of those present and
 * voting (judges art. 36(6)(a); TFV Board and CBF in practice). Null for the Prosecutor and the
 * Deputies, whose absolute majority of States Parties the API works out from the day's roll.
 */
export function majorityNeeded(type: ElectionType, valid: number | null): number | null {
  if (valid === null || type === 'PROSECUTOR' || type === 'DEPUTY_PROSECUTOR') return null;
  return Math.floor((2 * valid + 2) / 3);
}

const inCategory = (c: RaceCandidate, r: Requirement): boolean =>
  (r.kind === 'GENDER' && c.gender === r.value) ||
  (r.kind === 'LIST' && c.list === r.value) ||
  (r.kind === 'REGIONAL_GROUP' && c.regionalGroup === r.value);

/** Every problem the typed tally already shows; empty while the figures hold together. */
export function tallyProblems(
  values: TallyValues,
  race: readonly RaceCandidate[],
  requirements: readonly Requirement[],
  seatsLeft: number,
): TallyProblem[] {
  const problems: TallyProblem[] = [];
  const papers = count(values.ballotPapers);
  const invalid = count(values.invalidBallots);
  const abstentions = count(values.abstentions);
  if (papers === null || invalid === null || abstentions === null) return problems;
  if (papers === 0) problems.push({ rule: 'NO_BALLOT_PAPERS' });
  const valid = papers - invalid - abstentions;
  if (valid < 0) {
    problems.push({ rule: 'NOT_A_COUNT', total: invalid + abstentions, limit: papers });
    return problems;
  }
  let total = 0;
  for (const c of race) {
    const v = count(values.votes[c.id] ?? '') ?? 0;
    total += v;
    if (v > valid) problems.push({ rule: 'VOTES_EXCEED_VALID_BALLOTS', candidacyId: c.id, total: v, limit: valid });
  }
  if (total > valid * seatsLeft) {
    problems.push({ rule: 'TOTAL_VOTES_EXCEED_CAPACITY', total, limit: valid * seatsLeft });
  }
  // ICC-ASP/3/Res.6: each valid paper names at least `required` of the category, so their votes
  // add up to at least required × valid ballots.
  for (const r of requirements) {
    if (!r.applies || r.required <= 0) continue;
    const sum = race.filter((c) => inCategory(c, r)).reduce((s, c) => s + (count(values.votes[c.id] ?? '') ?? 0), 0);
    const floor = r.required * valid;
    if (sum < floor) {
      problems.push({
        rule: 'CATEGORY_TOTAL_BELOW_REQUIREMENT',
        kind: r.kind,
        value: r.value,
        total: sum,
        limit: floor,
      });
    }
  }
  return problems;
}

/** The candidacies the typed votes would elect: reaching the majority, most votes first, up to the seats. */
export function leaders(
  values: TallyValues,
  race: readonly RaceCandidate[],
  majority: number | null,
  seatsLeft: number,
): string[] {
  if (majority === null) return [];
  return race
    .map((c) => ({ id: c.id, votes: count(values.votes[c.id] ?? '') ?? 0 }))
    .filter((c) => c.votes > 0 && c.votes >= majority)
    .sort((a, b) => b.votes - a.votes)
    .slice(0, seatsLeft)
    .map((c) => c.id);
}
