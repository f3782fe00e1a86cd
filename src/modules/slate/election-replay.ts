import type { BallotRoundOutcome } from './ballot-round.js';
import { allContestsDecided, evaluateContestRound, seatsByContest, type SeatsByContest } from './contests.js';
import { computeMvrs } from './mvr.js';
import { REGIONAL_GROUPS } from './slate.types.js';
import type {
  Candidate,
  ElectionType,
  MvrResult,
  RegionalBaseRule,
  RegionalGroup,
  SittingJudge,
  StatesPartiesByGroup,
} from './slate.types.js';

export interface ElectionSetup {
  readonly electionType: ElectionType;
  readonly seats: number;
  // Active candidacies when voting opens.
  readonly candidates: readonly Candidate[];
  // Judges only: those who stay in office.
  readonly sittingJudges?: readonly SittingJudge[];
  // On the day of the vote: drives the regional base and the Prosecutor majority.
  readonly statesPartiesByGroup: StatesPartiesByGroup;
  readonly regionalBase?: RegionalBaseRule;
  // Nationalities nobody may be elected with besides the sitting judges': the Prosecutor's for a
  // Deputies election (art. 42(2)).
  readonly barredNationalities?: readonly string[];
  // CBF: the seats up in each regional group (ICC-ASP/1/Res.5).
  readonly regionalSeats?: Partial<Readonly<Record<RegionalGroup, number>>>;
}

export interface RecordedRound {
  readonly validBallots: number;
  readonly invalidBallots?: number;
  readonly ballotPapers?: number;
  readonly votes: Readonly<Record<string, number>>;
  // Withdrew after the previous round, before this one.
  readonly withdrawnBefore?: readonly string[];
  // The contests voted on (a Deputy post, a CBF group); default every open one.
  readonly contests?: readonly string[];
}

export interface ElectedCandidate {
  readonly id: string;
  readonly round: number;
  readonly votes: number;
}

export interface PlayedRound {
  // In force for this round (after the withdrawals before it); null outside judges.
  readonly requirements: MvrResult | null;
  readonly outcome: BallotRoundOutcome;
}

export interface ElectionState {
  readonly roundsCounted: number;
  readonly seatsLeft: number;
  // The same seats, per contest (ELECTION, or each Deputy post, or each CBF group).
  readonly seatsLeftByContest: SeatsByContest;
  readonly elected: readonly ElectedCandidate[];
  readonly inRace: readonly Candidate[];
  readonly withdrawn: readonly string[];
  readonly dropped: readonly string[];
  readonly excluded: readonly string[];
  readonly rounds: readonly PlayedRound[];
  // For the next round, before any withdrawal; null outside judges.
  readonly nextRoundRequirements: MvrResult | null;
  readonly complete: boolean;
}

export function totalStatesParties(byGroup: StatesPartiesByGroup): number {
  return REGIONAL_GROUPS.reduce((sum, g) => sum + byGroup[g], 0);
}

export function startElection(setup: ElectionSetup): ElectionState {
  const seatsLeftByContest = seatsByContest(setup);
  const base = {
    roundsCounted: 0,
    seatsLeft: Object.values(seatsLeftByContest).reduce((a, b) => a + b, 0),
    seatsLeftByContest,
    elected: [],
    inRace: setup.candidates,
    withdrawn: [],
    dropped: [],
    excluded: [],
    rounds: [],
  };
  return {
    ...base,
    nextRoundRequirements: requirementsFor(setup, base, 1, setup.candidates, null),
    complete: allContestsDecided(setup.electionType, seatsLeftByContest, setup.candidates),
  };
}

// The requirements in force for the next round once these withdrawals are taken into account.
export function requirementsForNextRound(
  setup: ElectionSetup,
  state: ElectionState,
  withdrawnBefore: readonly string[] = [],
): MvrResult | null {
  const race = state.inRace.filter((c) => !withdrawnBefore.includes(c.id));
  return requirementsFor(setup, state, state.roundsCounted + 1, race, lastLapse(state));
}

export function applyRound(setup: ElectionSetup, state: ElectionState, recorded: RecordedRound): ElectionState {
  const round = state.roundsCounted + 1;
  const withdrawnBefore = recorded.withdrawnBefore ?? [];
  const requirements = requirementsForNextRound(setup, state, withdrawnBefore);
  const byId = new Map(setup.candidates.map((c) => [c.id, c]));
  const electedSoFar = state.elected.flatMap((e) => byId.get(e.id) ?? []);

  const outcome = evaluateContestRound({
    electionType: setup.electionType,
    round,
    seatsLeftByContest: state.seatsLeftByContest,
    contestsVoted: recorded.contests,
    requirements: requirements?.requirements,
    candidatesInRace: state.inRace,
    withdrawnIds: withdrawnBefore,
    votes: recorded.votes,
    validBallots: recorded.validBallots,
    invalidBallots: recorded.invalidBallots,
    ballotPapers: recorded.ballotPapers,
    statesParties: totalStatesParties(setup.statesPartiesByGroup),
    previouslyElected: electedSoFar,
    barredNationalities: [
      ...(setup.sittingJudges ?? []).map((j) => j.nationality),
      ...(setup.barredNationalities ?? []),
    ],
  });

  const inRaceAfter = new Set(outcome.inRaceAfter);
  const seatsLeftByContest = outcome.valid
    ? Object.fromEntries((outcome.contests ?? []).map((c) => [c.contest, c.seatsLeftAfter]))
    : state.seatsLeftByContest;
  const next = {
    roundsCounted: round,
    seatsLeft: outcome.seatsLeftAfter,
    seatsLeftByContest,
    elected: [...state.elected, ...outcome.elected.map((id) => ({ id, round, votes: recorded.votes[id] ?? 0 }))],
    inRace: state.inRace.filter((c) => inRaceAfter.has(c.id)),
    withdrawn: [...state.withdrawn, ...outcome.withdrawn],
    dropped: [...state.dropped, ...outcome.dropped],
    excluded: [...state.excluded, ...outcome.excluded],
    rounds: [...state.rounds, { requirements, outcome }],
  };
  return {
    ...next,
    nextRoundRequirements: requirementsFor(
      setup,
      next,
      round + 1,
      next.inRace,
      requirements?.regionalAndGenderLapse ?? null,
    ),
    complete: allContestsDecided(setup.electionType, seatsLeftByContest, next.inRace),
  };
}

// Folds the recorded rounds, in order, into the state after the last one.
export function replayElection(setup: ElectionSetup, rounds: readonly RecordedRound[]): ElectionState {
  return rounds.reduce((state, r) => applyRound(setup, state, r), startElection(setup));
}

function lastLapse(state: ElectionState): MvrResult['regionalAndGenderLapse'] {
  return state.rounds[state.rounds.length - 1]?.requirements?.regionalAndGenderLapse ?? null;
}

function requirementsFor(
  setup: ElectionSetup,
  state: Pick<ElectionState, 'seatsLeft' | 'elected'>,
  round: number,
  race: readonly Candidate[],
  previousLapse: MvrResult['regionalAndGenderLapse'],
): MvrResult | null {
  // ICC-ASP/3/Res.6: minimum voting requirements exist for judicial elections only.
  if (setup.electionType !== 'JUDGES') return null;
  const byId = new Map(setup.candidates.map((c) => [c.id, c]));
  return computeMvrs({
    sittingJudges: setup.sittingJudges ?? [],
    electedSoFar: state.elected.flatMap((e) => byId.get(e.id) ?? []),
    candidatesInRace: race,
    seatsLeft: state.seatsLeft,
    statesPartiesByGroup: setup.statesPartiesByGroup,
    round,
    regionalBase: setup.regionalBase,
    previousLapse,
  });
}
