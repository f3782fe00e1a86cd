import { ElectionStatus } from '../../common/domain.enums.js';
import { ErrorCode, badInput, ruleViolation, type DomainError } from '../../common/errors.js';
import {
  applyRound,
  totalStatesParties,
  type BallotRoundOutcome,
  type ElectionState,
  type MvrResult,
} from '../slate/index.js';
import type { ElectionFacts } from '../slate-flags/election-facts.js';
import { raceForNextRound, voteState, type StoredRound } from './ballot-state.js';
import { BallotRule } from './ballots.rules.js';

// The one verdict on a round's tally: recordBallotRound refuses with its first problem and stores
// its outcome; previewBallotRound returns it whole. Pure: the service loads, this decides.

/** A round as typed: the fields of RecordBallotRoundInput. */
export interface RoundTally {
  readonly round: number;
  readonly heldOn?: string;
  readonly ballotPapers: number;
  readonly invalidBallots: number;
  readonly abstentions: number;
  readonly votes: readonly { readonly candidacyId: string; readonly votes: number }[];
  readonly withdrawnBefore?: readonly string[];
  readonly post?: number;
  readonly regionalGroups?: readonly string[];
}

/** What the verdict is given: the election, its recorded rounds, its facts on the round's day, today. */
export interface RoundContext {
  readonly status: ElectionStatus;
  readonly votingStartsOn: string | null;
  readonly rounds: readonly (StoredRound & { readonly heldOn: string })[];
  readonly facts: ElectionFacts;
  readonly today: string;
  /** The latest day begun anywhere (Clock.latestToday): no round is held after it. */
  readonly latestToday: string;
}

/** One reason the round would be refused, as the error recording would carry it. */
export interface RoundProblem {
  readonly code: typeof ErrorCode.BAD_USER_INPUT | typeof ErrorCode.RULE_VIOLATION;
  // RULE_VIOLATION: `extensions.rule`; BAD_USER_INPUT: the field refused.
  readonly rule: string | null;
  readonly field: string | null;
  readonly message: string;
  readonly candidacyId: string | null;
  // CATEGORY_TOTAL_BELOW_REQUIREMENT: 'GENDER:FEMALE'.
  readonly category: string | null;
  readonly contest: string | null;
  readonly value: number | null;
  readonly limit: number | null;
  // The rest of the error's extensions.
  readonly details: Readonly<Record<string, unknown>>;
}

export interface RoundVerdict {
  readonly heldOn: string;
  readonly problems: readonly RoundProblem[];
  readonly statesParties: number;
  // Papers less invalid ballots and abstentions (abstentions are not "present and voting").
  readonly validBallots: number;
  // Null when no round could be evaluated (election not voting, round out of sequence).
  readonly votesRequired: number | null;
  readonly requirements: MvrResult | null;
  // Set only when there is no problem: what recording stores.
  readonly outcome: BallotRoundOutcome | null;
  readonly next: ElectionState | null;
  // Withdrawals the round records: announced since the last round, with this one or before.
  readonly withdrawn: readonly string[];
}

/** The day of the round: as typed, else today. */
export const roundDay = (tally: Pick<RoundTally, 'heldOn'>, today: string): string => tally.heldOn ?? today;

/** The contests a round or an acclamation is for: a Deputy post, or CBF groups; undefined: every open one. */
export function contestsOf(input: { post?: number; regionalGroups?: readonly string[] }): string[] | undefined {
  if (input.post !== undefined) return [`POST:${input.post}`];
  if (input.regionalGroups?.length) return input.regionalGroups.map((g) => `REGIONAL_GROUP:${g}`);
  return undefined;
}

const problem = (p: Partial<RoundProblem> & Pick<RoundProblem, 'code' | 'message'>): RoundProblem => ({
  rule: null,
  field: null,
  candidacyId: null,
  category: null,
  contest: null,
  value: null,
  limit: null,
  details: {},
  ...p,
});

const rule = (name: string, message: string, details: Record<string, unknown> = {}): RoundProblem =>
  problem({
    code: ErrorCode.RULE_VIOLATION,
    rule: name,
    message,
    details,
    candidacyId: typeof details.candidacyId === 'string' ? details.candidacyId : null,
    value: typeof details.value === 'number' ? details.value : null,
    limit: typeof details.limit === 'number' ? details.limit : null,
  });

const field = (name: string, message: string, why: string): RoundProblem =>
  problem({ code: ErrorCode.BAD_USER_INPUT, field: name, message, details: { problems: [why] } });

/** Whether a round (or an acclamation) can be held on this day: the election VOTING, the day possible. */
export function openingProblems(ctx: Omit<RoundContext, 'facts'>, heldOn: string): RoundProblem[] {
  if (ctx.status !== ElectionStatus.VOTING) {
    return [
      rule(BallotRule.ELECTION_NOT_VOTING, `Rounds are recorded while the election is VOTING, not ${ctx.status}`, {
        status: ctx.status,
      }),
    ];
  }
  const problems: RoundProblem[] = [];
  if (ctx.votingStartsOn && heldOn < ctx.votingStartsOn) {
    problems.push(
      rule(
        BallotRule.ROUND_BEFORE_VOTING_STARTS,
        `Voting starts on ${ctx.votingStartsOn}: a round cannot be held on ${heldOn}`,
        { votingStartsOn: ctx.votingStartsOn, heldOn },
      ),
    );
  }
  const last = ctx.rounds.at(-1);
  if (heldOn > ctx.latestToday || (last && heldOn < last.heldOn)) {
    problems.push(
      field(
        'heldOn',
        'The day of the round is not possible',
        `must be between ${last?.heldOn ?? 'the start'} and today`,
      ),
    );
  }
  return problems;
}

/** Every problem of a round's tally, in the order recording meets them, and the outcome when there is none. */
export function roundVerdict(ctx: RoundContext, tally: RoundTally): RoundVerdict {
  const problems: RoundProblem[] = [];
  const heldOn = roundDay(tally, ctx.today);
  const statesParties = totalStatesParties(ctx.facts.statesPartiesByGroup);
  const validBallots = tally.ballotPapers - tally.invalidBallots - tally.abstentions;
  const withdrawnBefore = tally.withdrawnBefore ?? [];
  const voted = tally.votes.map((v) => v.candidacyId);
  const refused = (): RoundVerdict => ({
    heldOn,
    problems,
    statesParties,
    validBallots,
    votesRequired: null,
    requirements: null,
    outcome: null,
    next: null,
    withdrawn: [],
  });

  if (new Set(voted).size !== voted.length) {
    problems.push(field('votes', 'A candidacy appears twice in the votes', 'duplicate candidacyId'));
  }
  if (new Set(withdrawnBefore).size !== withdrawnBefore.length) {
    problems.push(field('withdrawnBefore', 'A withdrawal appears twice', 'duplicate id'));
  }
  problems.push(...openingProblems(ctx, heldOn));
  // Nothing else can be said of a round that cannot be held now.
  if (ctx.status !== ElectionStatus.VOTING) return refused();
  const expected = ctx.rounds.length + 1;
  if (tally.round !== expected) {
    problems.push(
      rule(
        BallotRule.ROUND_OUT_OF_SEQUENCE,
        `The next round of this election is round ${expected}, not ${tally.round}`,
        {
          expected,
        },
      ),
    );
    return refused();
  }

  const vs = voteState(ctx.facts, ctx.rounds);
  const inRace = new Set(vs.inRace.map((c) => c.id));
  const announced: string[] = [];
  for (const id of new Set(withdrawnBefore)) {
    if (!inRace.has(id) || vs.pendingWithdrawals.includes(id)) {
      problems.push(rule(BallotRule.CANDIDACY_NOT_IN_RACE, `Candidacy ${id} is not in the race`, { candidacyId: id }));
    } else announced.push(id);
  }
  const race = new Set(raceForNextRound(vs, announced).map((c) => c.id));
  // Withdrawn, dropped, excluded, already elected, or not a candidate in this election.
  const strays = new Set(voted.filter((id) => !race.has(id)));
  for (const id of strays) {
    problems.push(
      rule('VOTES_FOR_CANDIDATE_NOT_IN_RACE', `Candidacy ${id} is not in the race for round ${tally.round}`, {
        candidacyId: id,
      }),
    );
  }
  if (tally.ballotPapers > statesParties) {
    problems.push(
      rule(
        'BALLOTS_EXCEED_STATES_PARTIES',
        `${tally.ballotPapers} ballot papers from ${statesParties} States Parties`,
        {
          value: tally.ballotPapers,
          limit: statesParties,
        },
      ),
    );
  }

  const votes = Object.fromEntries(tally.votes.map((v) => [v.candidacyId, v.votes]));
  const withdrawn = [...vs.pendingWithdrawals, ...announced];
  const next = applyRound(vs.setup, vs.state, {
    validBallots,
    invalidBallots: tally.invalidBallots,
    ballotPapers: tally.ballotPapers - tally.abstentions,
    votes,
    withdrawnBefore: withdrawn,
    contests: contestsOf(tally),
  });
  const played = next.rounds.at(-1)!;
  // The slate rules' violations, less those already said above (same rule, same candidacy).
  const said = new Set(problems.map((p) => `${p.rule}:${p.candidacyId ?? ''}`));
  for (const v of played.outcome.violations) {
    if (said.has(`${v.rule}:${v.candidateId ?? ''}`)) continue;
    problems.push(
      problem({
        code: ErrorCode.RULE_VIOLATION,
        rule: v.rule,
        message: v.message,
        candidacyId: v.candidateId ?? null,
        category: v.category ?? null,
        contest: v.contest ?? null,
        value: v.value ?? null,
        limit: v.limit ?? null,
        details: { violations: played.outcome.violations },
      }),
    );
  }
  if (!played.outcome.valid && played.outcome.violations.length === 0) {
    problems.push(rule('IMPOSSIBLE_TALLY', 'The tally is not possible'));
  }
  const ok = problems.length === 0;
  return {
    heldOn,
    problems,
    statesParties,
    validBallots,
    votesRequired: played.outcome.votesRequired,
    requirements: played.requirements,
    outcome: ok ? played.outcome : null,
    next: ok ? next : null,
    withdrawn: played.outcome.withdrawn,
  };
}

/** The error recording throws for a problem: the same code, rule and extensions as the preview shows. */
export function refusal(p: RoundProblem): DomainError {
  if (p.code === ErrorCode.BAD_USER_INPUT) {
    const why = Array.isArray(p.details.problems) ? (p.details.problems as string[]) : [];
    return badInput(p.message, [{ field: p.field ?? 'input', problems: why }]);
  }
  return ruleViolation(p.rule ?? 'IMPOSSIBLE_TALLY', p.message, p.details);
}
