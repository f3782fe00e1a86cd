import { CandidacyStatus } from '../../common/domain.enums.js';
import {
  allContestsDecided,
  computeMvrs,
  exclusivityKey,
  seatsByContest,
  seatsLeftAfter,
  type BallotRoundOutcome,
  type ElectionSetup,
  type ElectionState,
  type MinimumVotingRequirement,
  type MvrResult,
} from '../slate/index.js';
import type { CandidacyFacts, ElectionFacts } from '../slate-flags/election-facts.js';

/** A recorded round as the rules need it back: what was in force, what was cast, what followed. */
export interface StoredRound {
  readonly number: number;
  readonly votes: Readonly<Record<string, number>>;
  readonly requirements: MvrResult | null;
  readonly outcome: BallotRoundOutcome;
}

/** The vote so far, rebuilt from the stored rounds (never re-counted: their outcomes are final). */
export interface VoteState {
  readonly setup: ElectionSetup;
  readonly state: ElectionState;
  // state.inRace, with the candidacies' facts.
  readonly inRace: readonly CandidacyFacts[];
  // Still in the race after the last round, but WITHDRAWN since (withdrawCandidacy between rounds).
  readonly pendingWithdrawals: readonly string[];
}

export function setupFor(facts: ElectionFacts): ElectionSetup {
  return {
    electionType: facts.type,
    seats: facts.seats,
    // Every candidacy, whatever its status: the rules look earlier winners up by id.
    candidates: facts.candidacies,
    sittingJudges: facts.sittingJudges,
    statesPartiesByGroup: facts.statesPartiesByGroup,
    regionalSeats: facts.regionalSeats ?? undefined,
    // Rome Statute art. 42(2): no Deputy of the Prosecutor's nationality.
    barredNationalities: facts.prosecutorNationality ? [facts.prosecutorNationality] : [],
  };
}

export function voteState(facts: ElectionFacts, rounds: readonly StoredRound[]): VoteState {
  const byId = new Map(facts.candidacies.map((c) => [c.id, c]));
  const last = rounds.at(-1);
  const inRace: CandidacyFacts[] = last
    ? last.outcome.inRaceAfter.flatMap((id) => byId.get(id) ?? [])
    : facts.candidacies.filter((c) => c.status === CandidacyStatus.NOMINATED);
  const setup = setupFor(facts);
  const seatsLeftByContest = last ? seatsLeftAfter(last.outcome) : seatsByContest(setup);
  const seatsLeft = Object.values(seatsLeftByContest).reduce((a, b) => a + b, 0);
  const state: ElectionState = {
    roundsCounted: rounds.length,
    seatsLeft,
    seatsLeftByContest,
    elected: rounds.flatMap((r) => r.outcome.elected.map((id) => ({ id, round: r.number, votes: r.votes[id] ?? 0 }))),
    inRace,
    withdrawn: rounds.flatMap((r) => r.outcome.withdrawn),
    dropped: rounds.flatMap((r) => r.outcome.dropped),
    excluded: rounds.flatMap((r) => r.outcome.excluded),
    rounds: rounds.map((r) => ({ requirements: r.requirements, outcome: r.outcome })),
    nextRoundRequirements: null,
    complete: allContestsDecided(facts.type, seatsLeftByContest, inRace),
  };
  return {
    setup,
    state,
    inRace,
    pendingWithdrawals: inRace.filter((c) => c.status === CandidacyStatus.WITHDRAWN).map((c) => c.id),
  };
}

/** Still in the race for the next round: after the last round, less withdrawals since. */
export function raceForNextRound(vs: VoteState, withdrawnBefore: readonly string[] = []): CandidacyFacts[] {
  const out = new Set([...vs.pendingWithdrawals, ...withdrawnBefore]);
  return vs.inRace.filter((c) => !out.has(c.id));
}

/**
 * ICC-ASP/3/Res.6: the requirements for round `round` (judges only; null otherwise). Rounds already
 * recorded give what was in force then; later ones are computed from the judges elected so far.
 */
export function requirementsForRound(
  facts: ElectionFacts,
  rounds: readonly StoredRound[],
  round: number,
): MinimumVotingRequirement[] | null {
  if (facts.type !== 'JUDGES') return null;
  const recorded = rounds[round - 1];
  if (recorded) return [...(recorded.requirements?.requirements ?? [])];
  return [...(mvrsFor(facts, voteState(facts, rounds), round)?.requirements ?? [])];
}

export function mvrsFor(facts: ElectionFacts, vs: VoteState, round: number): MvrResult | null {
  if (facts.type !== 'JUDGES') return null;
  const byId = new Map(facts.candidacies.map((c) => [c.id, c]));
  return computeMvrs({
    sittingJudges: facts.sittingJudges,
    electedSoFar: vs.state.elected.flatMap((e) => byId.get(e.id) ?? []),
    candidatesInRace: raceForNextRound(vs),
    seatsLeft: vs.state.seatsLeft,
    statesPartiesByGroup: facts.statesPartiesByGroup,
    round,
    previousLapse: vs.state.rounds.at(-1)?.requirements?.regionalAndGenderLapse ?? null,
  });
}

/** Rome Statute art. 36(7), 42(2); ICC-ASP/1/Res.6: candidates who could not all sit together. */
export function mutuallyExclusive(facts: ElectionFacts, vs: VoteState, candidateIds: readonly string[]): string[] {
  const byId = new Map(facts.candidacies.map((c) => [c.id, c]));
  const keyOf = (c: CandidacyFacts): string => exclusivityKey(facts.type, c);
  const taken = new Set([
    ...vs.state.elected.flatMap((e) => {
      const c = byId.get(e.id);
      return c ? [keyOf(c)] : [];
    }),
    ...facts.sittingJudges.map((j) =>
      exclusivityKey('JUDGES', { nationality: j.nationality, regionalGroup: j.regionalGroup }),
    ),
  ]);
  const clashes: string[] = [];
  for (const id of candidateIds) {
    const c = byId.get(id);
    if (!c) continue;
    const key = keyOf(c);
    if (taken.has(key)) clashes.push(id);
    taken.add(key);
  }
  return clashes;
}
