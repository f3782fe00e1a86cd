import { votesRequired } from './majority.js';
import { categoryOf, isInCategory, type RequirementLike } from './mvr.js';
import { ROUND_RULES } from './slate.constants.js';
import type { ElectionType, JudgeList, PersonGender, RegionalGroup, SeatHolder } from './slate.types.js';

export interface RoundCandidate {
  readonly id: string;
  readonly nationality: string;
  readonly regionalGroup: RegionalGroup | null;
  // What the minimum voting requirements look at (judges).
  readonly gender?: PersonGender;
  readonly list?: JudgeList;
  // Deputy Prosecutors: the post the candidate stands for.
  readonly post?: string;
}

export interface BallotRoundInput {
  readonly electionType: ElectionType;
  readonly round: number;
  readonly seatsLeft: number;
  // In the race when the previous round closed.
  readonly candidatesInRace: readonly RoundCandidate[];
  // Withdrew since the previous round: out of the race before this one is counted.
  readonly withdrawnIds?: readonly string[];
  readonly votes: Readonly<Record<string, number>>;
  readonly validBallots: number;
  readonly invalidBallots?: number;
  // Ballot papers cast (valid + invalid), when recorded.
  readonly ballotPapers?: number;
  // States Parties on the day: needed for the Prosecutor and Deputies (art. 42(4)).
  readonly statesParties?: number;
  // Elected earlier in this election (judges, Deputies, TFV members).
  readonly previouslyElected?: readonly SeatHolder[];
  // Nationalities no candidate may share: judges staying in office (art. 36(7)), the Prosecutor
  // for Deputies (art. 42(2)).
  readonly barredNationalities?: readonly string[];
  // The minimum voting requirements in force for this round (judges): every valid paper names at
  // least `required` candidates of each category.
  readonly requirements?: readonly RequirementLike[];
}

export type TallyRule =
  | 'NOT_A_COUNT'
  | 'NO_SEATS_LEFT'
  | 'STATES_PARTIES_MISSING'
  | 'VOTES_EXCEED_VALID_BALLOTS'
  | 'VOTES_FOR_CANDIDATE_NOT_IN_RACE'
  | 'TOTAL_VOTES_EXCEED_CAPACITY'
  | 'INVALID_EXCEED_BALLOT_PAPERS'
  | 'BALLOT_PAPERS_MISMATCH'
  | 'BALLOTS_EXCEED_STATES_PARTIES'
  | 'NO_BALLOT_PAPERS'
  | 'CATEGORY_TOTAL_BELOW_REQUIREMENT'
  | 'CONTEST_NOT_OPEN';

export interface TallyViolation {
  readonly rule: TallyRule;
  readonly candidateId?: string;
  // CATEGORY_TOTAL_BELOW_REQUIREMENT: the category (e.g. GENDER:FEMALE); CONTEST_NOT_OPEN: the contest.
  readonly category?: string;
  readonly contest?: string;
  readonly value?: number;
  readonly limit?: number;
  readonly message: string;
}

export type TieReason = 'MORE_TIED_THAN_SEATS' | 'TIED_CANDIDATES_EXCLUDE_EACH_OTHER';

export interface BallotRoundOutcome {
  readonly electionType: ElectionType;
  readonly round: number;
  // null when it cannot be computed (States Parties missing for a Prosecutor election).
  readonly votesRequired: number | null;
  readonly valid: boolean;
  readonly violations: readonly TallyViolation[];
  // Most votes first, ties by id.
  readonly elected: readonly string[];
  // Candidates with equal votes, reaching the majority, none of whom could be seated.
  readonly tie: { readonly candidateIds: readonly string[]; readonly reason: TieReason } | null;
  // No longer electable: their nationality (TFV: regional group) is taken.
  readonly excluded: readonly string[];
  readonly dropped: readonly string[];
  // Tied for the fewest votes when a drop was due: nobody dropped.
  readonly tiedForFewest: readonly string[];
  readonly withdrawn: readonly string[];
  // Input order.
  readonly inRaceAfter: readonly string[];
  readonly seatsLeftAfter: number;
  // Each contest (a Deputy post, a CBF group; ELECTION otherwise) with its own outcome. Absent on
  // rounds stored before contests existed: one ELECTION contest.
  readonly contests?: readonly ContestOutcome[];
}

export interface ContestOutcome {
  // 'ELECTION', 'POST:1', 'REGIONAL_GROUP:AFRICAN'.
  readonly contest: string;
  // Voted on in this round (or elected by acclamation); otherwise left as it was.
  readonly voted: boolean;
  readonly seatsBefore: number;
  readonly seatsLeftAfter: number;
  readonly elected: readonly string[];
  readonly tie: BallotRoundOutcome['tie'];
  readonly excluded: readonly string[];
  readonly dropped: readonly string[];
  readonly tiedForFewest: readonly string[];
  // Seats left and nobody left in the race: deferred (e.g. a CBF group with no candidate).
  readonly deferred: boolean;
}

// The place a candidate would take: two candidates with the same key may never both sit.
export function exclusivityKey(electionType: ElectionType, c: SeatHolder): string {
  // Rome Statute art. 36(7), 42(2); ICC-ASP/1/Res.6 (TFV: one seat per regional group).
  return ROUND_RULES.distinctBy[electionType] === 'NATIONALITY'
    ? nationalityKey(c.nationality)
    : `REGIONAL_GROUP:${c.regionalGroup}`;
}

function nationalityKey(nationality: string): string {
  return `NATIONALITY:${nationality.toUpperCase()}`;
}

export function validateTally(input: BallotRoundInput): TallyViolation[] {
  const violations: TallyViolation[] = [];
  const notACount = (name: string, value: number | undefined, min = 0): void => {
    if (value !== undefined && (!Number.isInteger(value) || value < min)) {
      violations.push({ rule: 'NOT_A_COUNT', value, message: `${name} is not a count: ${value}` });
    }
  };
  notACount('round', input.round, 1);
  notACount('seatsLeft', input.seatsLeft);
  notACount('validBallots', input.validBallots);
  notACount('invalidBallots', input.invalidBallots);
  notACount('ballotPapers', input.ballotPapers);
  notACount('statesParties', input.statesParties);
  for (const [id, v] of Object.entries(input.votes)) notACount(`votes for ${id}`, v);
  if (violations.length > 0) return violations;

  if (input.seatsLeft === 0) {
    violations.push({ rule: 'NO_SEATS_LEFT', message: 'no seats are left to fill' });
  }
  // A round is a vote: with no ballot paper at all, nothing was cast (practice).
  const papers = input.ballotPapers ?? input.validBallots + (input.invalidBallots ?? 0);
  if (papers === 0) {
    violations.push({ rule: 'NO_BALLOT_PAPERS', value: 0, message: 'no ballot paper was cast' });
  }
  if (
    ROUND_RULES.majority[input.electionType] === 'ABSOLUTE_MAJORITY_OF_STATES_PARTIES' &&
    input.statesParties === undefined
  ) {
    violations.push({
      rule: 'STATES_PARTIES_MISSING',
      message: 'the number of States Parties on the day is needed (art. 42(4))',
    });
  }

  const race = new Set(raceAfterWithdrawals(input).map((c) => c.id));
  let total = 0;
  for (const [id, v] of Object.entries(input.votes)) {
    total += v;
    if (v > input.validBallots) {
      violations.push({
        rule: 'VOTES_EXCEED_VALID_BALLOTS',
        candidateId: id,
        value: v,
        limit: input.validBallots,
        message: `${id} has ${v} votes from ${input.validBallots} valid ballots`,
      });
    }
    if (v > 0 && !race.has(id)) {
      violations.push({
        rule: 'VOTES_FOR_CANDIDATE_NOT_IN_RACE',
        candidateId: id,
        value: v,
        message: `${v} votes for ${id}, who is not in the race`,
      });
    }
  }
  // A paper names at most the seats left (ICC-ASP/3/Res.6, practice).
  const capacity = input.validBallots * input.seatsLeft;
  if (total > capacity) {
    violations.push({
      rule: 'TOTAL_VOTES_EXCEED_CAPACITY',
      value: total,
      limit: capacity,
      message: `${total} votes cast on ${input.validBallots} valid ballots for ${input.seatsLeft} seats`,
    });
  }

  // ICC-ASP/3/Res.6 (practice): a paper that ignores a requirement in force is invalid, so each
  // valid paper names at least `required` candidates of the category: their votes add up to at
  // least required × valid ballots.
  for (const r of input.requirements ?? []) {
    if (r.required <= 0) continue;
    const category = categoryOf(r);
    const inCategory = raceAfterWithdrawals(input).filter(
      (c) =>
        c.gender !== undefined &&
        isInCategory({ gender: c.gender, list: c.list, regionalGroup: c.regionalGroup }, category),
    );
    const sum = inCategory.reduce((s, c) => s + (input.votes[c.id] ?? 0), 0);
    const floor = r.required * input.validBallots;
    if (sum < floor) {
      violations.push({
        rule: 'CATEGORY_TOTAL_BELOW_REQUIREMENT',
        category: `${category.kind}:${category.value}`,
        value: sum,
        limit: floor,
        message: `${category.kind} ${category.value}: ${sum} votes, but ${input.validBallots} valid papers naming at least ${r.required} each make ${floor}`,
      });
    }
  }

  const { ballotPapers, invalidBallots, validBallots, statesParties } = input;
  if (ballotPapers !== undefined) {
    if (invalidBallots !== undefined && invalidBallots > ballotPapers) {
      violations.push({
        rule: 'INVALID_EXCEED_BALLOT_PAPERS',
        value: invalidBallots,
        limit: ballotPapers,
        message: `${invalidBallots} invalid ballots out of ${ballotPapers} papers`,
      });
    }
    const accounted = validBallots + (invalidBallots ?? 0);
    const mismatch = invalidBallots === undefined ? accounted > ballotPapers : accounted !== ballotPapers;
    if (mismatch) {
      violations.push({
        rule: 'BALLOT_PAPERS_MISMATCH',
        value: accounted,
        limit: ballotPapers,
        message: `${validBallots} valid and ${invalidBallots ?? 0} invalid do not make ${ballotPapers} papers`,
      });
    }
  }
  const cast = Math.max(ballotPapers ?? 0, validBallots + (invalidBallots ?? 0));
  if (statesParties !== undefined && cast > statesParties) {
    violations.push({
      rule: 'BALLOTS_EXCEED_STATES_PARTIES',
      value: cast,
      limit: statesParties,
      message: `${cast} ballots from ${statesParties} States Parties`,
    });
  }
  return violations;
}

export function evaluateBallotRound(input: BallotRoundInput): BallotRoundOutcome {
  const race = raceAfterWithdrawals(input);
  const withdrawn = input.candidatesInRace.filter((c) => (input.withdrawnIds ?? []).includes(c.id)).map((c) => c.id);
  const violations = validateTally(input);
  const threshold = safeVotesRequired(input);
  const votesOf = (id: string): number => input.votes[id] ?? 0;

  if (violations.length > 0 || threshold === null) {
    // An impossible tally elects nobody and drops nobody.
    return {
      electionType: input.electionType,
      round: input.round,
      votesRequired: threshold,
      valid: false,
      violations,
      elected: [],
      tie: null,
      excluded: [],
      dropped: [],
      tiedForFewest: [],
      withdrawn,
      inRaceAfter: race.map((c) => c.id),
      seatsLeftAfter: Math.max(0, input.seatsLeft),
    };
  }

  const keyOf = (c: SeatHolder): string => exclusivityKey(input.electionType, c);
  const taken = new Set((input.previouslyElected ?? []).map(keyOf));
  if (ROUND_RULES.distinctBy[input.electionType] === 'NATIONALITY') {
    for (const n of input.barredNationalities ?? []) taken.add(nationalityKey(n));
  }

  // Rome Statute art. 36(6)(a), 42(4): most votes first among those reaching the majority; a
  // candidate with no votes is never elected (a majority of zero valid ballots is zero).
  const qualifiers = race
    .filter((c) => !taken.has(keyOf(c)))
    .filter((c) => votesOf(c.id) >= threshold && votesOf(c.id) > 0)
    .sort((a, b) => votesOf(b.id) - votesOf(a.id) || compareIds(a.id, b.id));

  // Candidates with equal votes form a tier, elected whole or not at all: not at all when it
  // holds more candidates than seats left, or two who exclude each other (same nationality; TFV:
  // same group), since equal votes give no ground to prefer one. Electing stops at such a tier:
  // candidates below it have fewer votes than candidates left unelected.
  const elected: RoundCandidate[] = [];
  let tie: BallotRoundOutcome['tie'] = null;
  let seatsLeft = input.seatsLeft;
  for (const tier of tiersByVotes(qualifiers, votesOf)) {
    if (seatsLeft === 0) break;
    const open = tier.filter((c) => !taken.has(keyOf(c)));
    if (open.length === 0) continue;
    if (new Set(open.map(keyOf)).size < open.length) {
      tie = { candidateIds: open.map((c) => c.id), reason: 'TIED_CANDIDATES_EXCLUDE_EACH_OTHER' };
      break;
    }
    if (open.length > seatsLeft) {
      tie = { candidateIds: open.map((c) => c.id), reason: 'MORE_TIED_THAN_SEATS' };
      break;
    }
    for (const c of open) {
      elected.push(c);
      taken.add(keyOf(c));
    }
    seatsLeft -= open.length;
  }

  const electedIds = new Set(elected.map((c) => c.id));
  // Rome Statute art. 36(7), 42(2): once a compatriot sits, a candidate can never be elected.
  const excluded = race.filter((c) => !electedIds.has(c.id) && taken.has(keyOf(c)));
  const excludedIds = new Set(excluded.map((c) => c.id));
  const remaining = race.filter((c) => !electedIds.has(c.id) && !excludedIds.has(c.id));

  const { dropped, tiedForFewest } = dropFewest(input, remaining, seatsLeft, votesOf);
  const droppedIds = new Set(dropped);

  return {
    electionType: input.electionType,
    round: input.round,
    votesRequired: threshold,
    valid: true,
    violations: [],
    elected: elected.map((c) => c.id),
    tie,
    excluded: excluded.map((c) => c.id),
    dropped,
    tiedForFewest,
    withdrawn,
    inRaceAfter: remaining.filter((c) => !droppedIds.has(c.id)).map((c) => c.id),
    seatsLeftAfter: seatsLeft,
  };
}

// Practice (2020, 2023): from the fifth round on, the candidate with the fewest votes in the
// previous round leaves the race. Decisions: only while more candidates remain than seats left;
// when several tie for the fewest, nobody is dropped (no rule says which one), and they are named.
function dropFewest(
  input: BallotRoundInput,
  remaining: readonly RoundCandidate[],
  seatsLeft: number,
  votesOf: (id: string) => number,
): { dropped: string[]; tiedForFewest: string[] } {
  const after = ROUND_RULES.dropFewestAfterRound[input.electionType];
  if (after === null || input.round < after || seatsLeft === 0) {
    return { dropped: [], tiedForFewest: [] };
  }
  if (remaining.length <= seatsLeft) return { dropped: [], tiedForFewest: [] };
  const fewest = Math.min(...remaining.map((c) => votesOf(c.id)));
  const lowest = remaining
    .filter((c) => votesOf(c.id) === fewest)
    .map((c) => c.id)
    .sort(compareIds);
  return lowest.length === 1 ? { dropped: lowest, tiedForFewest: [] } : { dropped: [], tiedForFewest: lowest };
}

// Sorted candidates, cut into runs of equal votes.
function tiersByVotes(sorted: readonly RoundCandidate[], votesOf: (id: string) => number): RoundCandidate[][] {
  const tiers: RoundCandidate[][] = [];
  for (const c of sorted) {
    const last = tiers[tiers.length - 1];
    const head = last?.[0];
    if (last && head && votesOf(head.id) === votesOf(c.id)) last.push(c);
    else tiers.push([c]);
  }
  return tiers;
}

function raceAfterWithdrawals(input: BallotRoundInput): RoundCandidate[] {
  const withdrawn = new Set(input.withdrawnIds ?? []);
  return input.candidatesInRace.filter((c) => !withdrawn.has(c.id));
}

function safeVotesRequired(input: BallotRoundInput): number | null {
  try {
    return votesRequired(input.electionType, input);
  } catch {
    return null;
  }
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
