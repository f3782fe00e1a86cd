import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type {
  BallotCheckResult,
  BallotRoundOutcome,
  BallotRule,
  ContestOutcome,
  MinimumVotingRequirement,
  MvrCategoryKind,
  MvrLapseReason,
  MvrResult,
} from '../../slate/index.js';
import { ErrorCode } from '../../../common/errors.js';
import type { RoundProblem, RoundVerdict } from '../round-verdict.js';
import { LocalDateScalar } from '../../../common/scalars/local-date.scalar.js';
import type { BallotRoundEntity } from '../entities/ballot-round.entity.js';
import {
  BALLOT_RULES,
  CONTEST_KINDS,
  MVR_CATEGORY_KINDS,
  MVR_LAPSE_REASONS,
  NO_DROP_REASONS,
  TIE_REASONS,
  type ContestKind,
  type NoDropReason,
} from './ballot.enums.js';
import type { TieReason } from '../../slate/index.js';

@ObjectType('MinimumVotingRequirement', {
  description:
    'How many candidates of a category each ballot paper must name in a round (ICC-ASP/3/Res.6); not a seat quota.',
})
export class MinimumVotingRequirementModel {
  @Field(() => MVR_CATEGORY_KINDS, { description: 'The kind of category.' })
  kind: MvrCategoryKind;

  @Field({ description: 'Which one: A or B, FEMALE or MALE, or a regional group.' })
  value: string;

  @Field(() => Int, { description: 'What a ballot paper must name in this round: 0 once lapsed.' })
  required: number;

  @Field(() => Int, { description: 'Target less the judges staying and those elected so far, at least 0.' })
  baseRequired: number;

  @Field(() => Int, { description: 'After the adjustments for few candidates and the caps (candidates, seats left).' })
  adjustedRequired: number;

  @Field(() => Int, { description: 'Candidates of this category still in the race.' })
  candidatesInRace: number;

  @Field({ description: 'True when in force and above zero.' })
  applies: boolean;

  @Field(() => MVR_LAPSE_REASONS, { nullable: true, description: 'Why it no longer applies, if it lapsed.' })
  lapsedReason: MvrLapseReason | null;
}

export const toMvrModel = (r: MinimumVotingRequirement): MinimumVotingRequirementModel => ({
  kind: r.kind,
  value: r.value,
  required: r.required,
  baseRequired: r.baseRequired,
  adjustedRequired: r.adjustedRequired,
  candidatesInRace: r.candidatesInRace,
  applies: r.applies,
  lapsedReason: r.lapsedReason,
});

@ObjectType('MvrCategory', { description: 'A minimum voting requirement category.' })
export class MvrCategoryModel {
  @Field(() => MVR_CATEGORY_KINDS, { description: 'The kind of category.' })
  kind: MvrCategoryKind;

  @Field({ description: 'Which one: A or B, FEMALE or MALE, or a regional group.' })
  value: string;
}

@ObjectType('BallotViolation', { description: 'One rule a ballot paper breaks.' })
export class BallotViolationModel {
  @Field(() => BALLOT_RULES, { description: 'The rule broken.' })
  rule: BallotRule;

  @Field(() => MvrCategoryModel, { nullable: true, description: 'The category falling short (CATEGORY_SHORT).' })
  category: MvrCategoryModel | null;

  @Field(() => ID, { nullable: true, description: 'The candidacy concerned, if any.' })
  candidacyId: string | null;

  @Field(() => Int, { nullable: true, description: 'How many were required (or the seats left).' })
  required: number | null;

  @Field(() => Int, { nullable: true, description: 'How many the paper names.' })
  named: number | null;

  @Field({ description: 'In plain words.' })
  message: string;
}

@ObjectType('BallotCheck', { description: 'Whether a ballot paper would be valid in a round.' })
export class BallotCheckModel {
  @Field({ description: 'True when the paper breaks no rule.' })
  valid: boolean;

  @Field(() => Int, { description: 'Seats left to fill: the most names a paper may carry.' })
  seatsLeft: number;

  @Field(() => [BallotViolationModel], { description: 'Every rule the paper breaks.' })
  violations: BallotViolationModel[];
}

export const toBallotCheckModel = (r: BallotCheckResult, seatsLeft: number): BallotCheckModel => ({
  valid: r.valid,
  seatsLeft,
  violations: r.violations.map((v) => ({
    rule: v.rule,
    category: v.category ? { kind: v.category.kind, value: v.category.value } : null,
    candidacyId: v.candidateId ?? null,
    required: v.required ?? null,
    named: v.named ?? null,
    message: v.message,
  })),
});

@ObjectType('CandidacyVotes', { description: 'The votes one candidacy received in a round.' })
export class CandidacyVotesModel {
  @Field(() => ID, { description: 'The candidacy.' })
  candidacyId: string;

  @Field(() => Int, { description: 'Votes it received.' })
  votes: number;
}

@ObjectType('FewestVotesTie', {
  description: 'Candidates tied for the fewest votes when one was due to leave the race: nobody was dropped.',
})
export class FewestVotesTieModel {
  @Field(() => [ID], { description: 'The candidacies tied for the fewest votes.' })
  candidacyIds: string[];

  @Field(() => Int, { description: 'The votes each of them received.' })
  votes: number;

  @Field(() => NO_DROP_REASONS, { description: 'Why nobody was dropped.' })
  reason: NoDropReason;
}

@ObjectType('BallotContest', {
  description:
    'One contest of a round, counted on its own: the whole election, a Deputy Prosecutor post (art. 42(4)) or a ' +
    'CBF regional group (ICC-ASP/1/Res.5).',
})
export class BallotContestModel {
  @Field(() => CONTEST_KINDS, { description: 'What the contest is.' })
  kind: ContestKind;

  @Field(() => String, { nullable: true, description: 'Which post (1, 2...) or group; null for the whole election.' })
  value: string | null;

  @Field({ description: 'Voted on (or acclaimed) in this round; otherwise left as it was.' })
  voted: boolean;

  @Field(() => Int, { description: 'Seats to fill in this contest before the round.' })
  seatsBefore: number;

  @Field(() => Int, { description: 'Seats left in this contest after the round.' })
  seatsLeftAfter: number;

  @Field(() => [ID], { description: 'Elected in this contest in this round.' })
  elected: string[];

  @Field(() => [ID], { description: 'Reaching the majority but tied, none elected.' })
  tied: string[];

  @Field(() => TIE_REASONS, { nullable: true, description: 'Why the tied candidates were not elected.' })
  tieReason: TieReason | null;

  @Field({ description: 'Seats left and nobody left to elect: deferred (e.g. a CBF group with no candidate).' })
  deferred: boolean;
}

const toContestModel = (c: ContestOutcome): BallotContestModel => {
  const [kind, ...rest] = c.contest.split(':');
  return {
    kind: kind === 'POST' || kind === 'REGIONAL_GROUP' ? kind : 'ELECTION',
    value: rest.length ? rest.join(':') : null,
    voted: c.voted,
    seatsBefore: c.seatsBefore,
    seatsLeftAfter: c.seatsLeftAfter,
    elected: [...c.elected],
    tied: [...(c.tie?.candidateIds ?? [])],
    tieReason: c.tie?.reason ?? null,
    deferred: c.deferred,
  };
};

/** Rounds stored before contests existed: one contest, the whole election. */
const contestsOfOutcome = (o: BallotRoundOutcome, seatsBefore: number): ContestOutcome[] =>
  o.contests
    ? [...o.contests]
    : [
        {
          contest: 'ELECTION',
          voted: true,
          seatsBefore,
          seatsLeftAfter: o.seatsLeftAfter,
          elected: o.elected,
          tie: o.tie,
          excluded: o.excluded,
          dropped: o.dropped,
          tiedForFewest: o.tiedForFewest,
          deferred: false,
        },
      ];

/** What a round decided: shared by a recorded round and the preview of one, mapped by one function. */
@ObjectType({ isAbstract: true })
export abstract class RoundOutcomeFields {
  @Field(() => [CandidacyVotesModel], { description: 'Votes per candidacy, most first.' })
  votes: CandidacyVotesModel[];

  @Field(() => [ID], { description: 'Candidacies elected in this round, most votes first.' })
  elected: string[];

  @Field(() => [ID], { description: 'No longer electable: a compatriot (TFV: a member of the group) was elected.' })
  excluded: string[];

  @Field(() => [ID], { description: 'Dropped for the fewest votes (from the fifth round of a judicial election).' })
  dropped: string[];

  @Field(() => [ID], { description: 'Reaching the majority but tied, none elected (see tieReason).' })
  tied: string[];

  @Field(() => TIE_REASONS, { nullable: true, description: 'Why the tied candidates were not elected.' })
  tieReason: TieReason | null;

  @Field(() => FewestVotesTieModel, {
    nullable: true,
    description:
      'When a candidate was due to be dropped (judges, from the round 4 count on) but several tied for the fewest ' +
      'votes: who tied, and why nobody was dropped.',
  })
  fewestVotesTie: FewestVotesTieModel | null;

  @Field(() => [BallotContestModel], {
    description: 'Each contest of the round with its own outcome (one for most elections; a Deputy post, a CBF group).',
  })
  contests: BallotContestModel[];

  @Field(() => Int, { description: 'Seats left after this round.' })
  seatsLeftAfter: number;

  @Field(() => [MinimumVotingRequirementModel], {
    nullable: true,
    description: 'The requirements for the next round, as they stood after this one (judicial elections).',
  })
  requirementsForNextRound: MinimumVotingRequirementModel[] | null;
}

const toOutcomeFields = (
  outcome: BallotRoundOutcome,
  votes: Readonly<Record<string, number>>,
  nextRequirements: MvrResult | null,
): RoundOutcomeFields => ({
  votes: Object.entries(votes)
    .map(([candidacyId, v]) => ({ candidacyId, votes: v }))
    .sort((a, b) => b.votes - a.votes || (a.candidacyId < b.candidacyId ? -1 : 1)),
  elected: [...outcome.elected],
  excluded: [...outcome.excluded],
  dropped: [...outcome.dropped],
  tied: [...(outcome.tie?.candidateIds ?? [])],
  tieReason: outcome.tie?.reason ?? null,
  fewestVotesTie: outcome.tiedForFewest.length
    ? {
        candidacyIds: [...outcome.tiedForFewest],
        votes: votes[outcome.tiedForFewest[0] ?? ''] ?? 0,
        reason: 'TIED_FOR_FEWEST',
      }
    : null,
  contests: contestsOfOutcome(outcome, outcome.seatsLeftAfter + outcome.elected.length).map(toContestModel),
  seatsLeftAfter: outcome.seatsLeftAfter,
  requirementsForNextRound: nextRequirements ? nextRequirements.requirements.map(toMvrModel) : null,
});

@ObjectType('BallotRound', {
  description: 'A round of voting with its figures and the outcome the rules derived, or an election by acclamation.',
})
export class BallotRoundModel extends RoundOutcomeFields {
  @Field(() => ID, { description: 'The recorded round.' })
  id: string;

  @Field(() => Int, { description: '1 for the first round.' })
  number: number;

  @Field(() => LocalDateScalar, { description: 'Day of the round.' })
  heldOn: string;

  @Field({ description: 'A clean slate elected without a ballot: no figures.' })
  byAcclamation: boolean;

  @Field(() => Int, { nullable: true, description: 'Ballot papers cast.' })
  ballotPapers: number | null;

  @Field(() => Int, { nullable: true, description: 'Invalid ballots.' })
  invalidBallots: number | null;

  @Field(() => Int, { nullable: true, description: 'Abstentions.' })
  abstentions: number | null;

  @Field(() => Int, { nullable: true, description: 'States present and voting: papers less invalid and abstentions.' })
  validBallots: number | null;

  @Field(() => Int, { description: 'States Parties on the day.' })
  statesParties: number;

  @Field(() => Int, { nullable: true, description: 'Votes needed to be elected (the threshold) in this round.' })
  votesRequired: number | null;

  @Field(() => [ID], { description: 'Candidacies that withdrew before this round.' })
  withdrawnBefore: string[];

  @Field({ description: 'When the round was recorded.' })
  recordedAt: Date;
}

export const toBallotRoundModel = (e: BallotRoundEntity): BallotRoundModel => ({
  id: e.id,
  number: e.number,
  heldOn: e.heldOn,
  byAcclamation: e.byAcclamation,
  ballotPapers: e.ballotPapers,
  invalidBallots: e.invalidBallots,
  abstentions: e.abstentions,
  validBallots: e.validBallots,
  statesParties: e.statesParties,
  votesRequired: e.votesRequired,
  withdrawnBefore: e.withdrawnBefore,
  ...toOutcomeFields(e.outcome, e.votes, e.nextRequirements),
  recordedAt: e.recordedAt,
});

@ObjectType('BallotRoundPreviewOutcome', {
  description: 'What recording the round would decide: exactly what recordBallotRound would store and return.',
})
export class BallotRoundPreviewOutcomeModel extends RoundOutcomeFields {
  @Field({ description: 'True when every seat would then be filled (or no candidate left): the election CONCLUDED.' })
  concludesElection: boolean;
}

@ObjectType('BallotRoundProblem', {
  description:
    'One reason recordBallotRound would refuse the round: the error it would give, in the order it meets them.',
})
export class BallotRoundProblemModel {
  @Field(() => ErrorCode, { description: 'The `extensions.code` of the refusal: RULE_VIOLATION or BAD_USER_INPUT.' })
  code: ErrorCode;

  @Field(() => String, {
    nullable: true,
    description: 'RULE_VIOLATION: the rule, as in `extensions.rule` (e.g. VOTES_EXCEED_VALID_BALLOTS).',
  })
  rule: string | null;

  @Field(() => String, { nullable: true, description: 'BAD_USER_INPUT: the input field refused.' })
  field: string | null;

  @Field(() => ID, { nullable: true, description: 'The candidacy concerned, if any.' })
  candidacyId: string | null;

  @Field(() => MvrCategoryModel, {
    nullable: true,
    description: 'CATEGORY_TOTAL_BELOW_REQUIREMENT: the category whose votes fall short.',
  })
  category: MvrCategoryModel | null;

  @Field(() => String, { nullable: true, description: 'CONTEST_NOT_OPEN and per-contest rules: the contest.' })
  contest: string | null;

  @Field(() => Int, { nullable: true, description: 'The figure found (votes, papers), if any.' })
  value: number | null;

  @Field(() => Int, { nullable: true, description: 'The most (or, for a requirement, the least) it could be.' })
  limit: number | null;

  @Field({ description: 'In plain words (English).' })
  message: string;
}

@ObjectType('BallotRoundPreview', {
  description:
    'What recordBallotRound would do with this tally, worked out by the same rules and writing nothing: the ' +
    'problems that would refuse it, or the outcome it would record.',
})
export class BallotRoundPreviewModel {
  @Field({ description: 'True when recording this tally would succeed (no problem).' })
  wouldRecord: boolean;

  @Field(() => [BallotRoundProblemModel], { description: 'Every reason it would be refused; empty when none.' })
  problems: BallotRoundProblemModel[];

  @Field(() => LocalDateScalar, { description: 'Day of the round.' })
  heldOn: string;

  @Field(() => Int, { description: 'States Parties on the day.' })
  statesParties: number;

  @Field(() => Int, { nullable: true, description: 'States present and voting: papers less invalid and abstentions.' })
  validBallots: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Votes needed to be elected in this round; null when it cannot be worked out from these figures.',
  })
  votesRequired: number | null;

  @Field(() => [MinimumVotingRequirementModel], {
    nullable: true,
    description: 'The requirements in force for this round (judicial elections), after the withdrawals announced.',
  })
  requirementsInForce: MinimumVotingRequirementModel[] | null;

  @Field(() => BallotRoundPreviewOutcomeModel, { nullable: true, description: 'The outcome; null when refused.' })
  outcome: BallotRoundPreviewOutcomeModel | null;
}

const toProblemModel = (p: RoundProblem): BallotRoundProblemModel => {
  const [kind, ...value] = p.category?.split(':') ?? [];
  return {
    code: p.code,
    rule: p.rule,
    field: p.field,
    candidacyId: p.candidacyId,
    category: kind && value.length ? { kind: kind as MvrCategoryKind, value: value.join(':') } : null,
    contest: p.contest,
    value: p.value,
    limit: p.limit,
    message: p.message,
  };
};

export const toBallotRoundPreviewModel = (
  v: RoundVerdict,
  votes: Readonly<Record<string, number>>,
): BallotRoundPreviewModel => ({
  wouldRecord: v.problems.length === 0,
  problems: v.problems.map(toProblemModel),
  heldOn: v.heldOn,
  statesParties: v.statesParties,
  validBallots: v.validBallots >= 0 ? v.validBallots : null,
  votesRequired: v.votesRequired,
  requirementsInForce: v.requirements?.requirements.map(toMvrModel) ?? null,
  outcome:
    v.outcome && v.next
      ? {
          ...toOutcomeFields(v.outcome, votes, v.next.complete ? null : v.next.nextRoundRequirements),
          concludesElection: v.next.complete,
        }
      : null,
});
