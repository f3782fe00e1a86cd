import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { Author } from '../../common/author.js';
import { Clock } from '../../common/clock.js';
import { NotificationsService } from '../../common/notifications/notifications.service.js';
import { CandidacyStatus, ElectionStatus } from '../../common/domain.enums.js';
import { notFound, ruleViolation } from '../../common/errors.js';
import { groupFor } from '../../common/group-by.js';
import type { LoaderRegistry } from '../../common/request-context.js';
import type { AuditRecord } from '../audit/audit.service.js';
import { AuditService } from '../audit/audit.service.js';
import { CandidacyEntity } from '../candidacies/entities/candidacy.entity.js';
import { ElectionEntity } from '../elections/entities/election.entity.js';
import { ElectionsService } from '../elections/elections.service.js';
import type { ElectionFacts } from '../slate-flags/election-facts.js';
import { ElectionFactsService } from '../slate-flags/election-facts.service.js';
import { SlateFlagsService } from '../slate-flags/slate-flags.service.js';
import {
  acclaim,
  checkBallot,
  totalStatesParties,
  allContestsDecided,
  seatsLeftAfter,
  type BallotCheckResult,
  type BallotRoundOutcome,
  type MinimumVotingRequirement,
} from '../slate/index.js';
import { mvrsFor, raceForNextRound, requirementsForRound, voteState, type StoredRound } from './ballot-state.js';
import { BallotRule } from './ballots.rules.js';
import type { CheckBallotArgs, RecordAcclamationInput, RecordBallotRoundInput } from './dto/ballot.inputs.js';
import { BallotRoundEntity } from './entities/ballot-round.entity.js';
import { contestsOf, openingProblems, refusal, roundDay, roundVerdict, type RoundVerdict } from './round-verdict.js';

/** What ballotRoundRecorded carries through PostgreSQL NOTIFY. */
export interface BallotRoundRecordedPayload {
  readonly electionId: string;
  readonly ballotRoundId: string;
}

const toStored = (r: BallotRoundEntity): StoredRound => ({
  number: r.number,
  votes: r.votes,
  requirements: r.requirements,
  outcome: r.outcome,
});

function acclamationMessage(rule: string, contest: string | null): string {
  switch (rule) {
    case 'NOT_A_CLEAN_SLATE':
      return `Only a clean slate (candidates equal to the seats left) is elected by acclamation${contest ? `: not ${contest}` : ''}`;
    case 'CONTEST_NOT_OPEN':
      return `${contest ?? 'This contest'} has no seat left to fill`;
    default:
      return 'These candidates cannot all be elected: a ballot must decide';
  }
}

@Injectable()
export class BallotsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(ElectionsService) private readonly elections: ElectionsService,
    @Inject(ElectionFactsService) private readonly facts: ElectionFactsService,
    @Inject(SlateFlagsService) private readonly flags: SlateFlagsService,
    @Inject(NotificationsService) private readonly notifications: NotificationsService,
  ) {}

  /** Records a round as announced; the outcome is derived by the rules, never typed in. */
  async recordRound(input: RecordBallotRoundInput, author: Author): Promise<BallotRoundEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { election, verdict } = await this.judge(manager, input, true);
      const [refused] = verdict.problems;
      if (refused) throw refusal(refused);
      const { outcome, next } = verdict;
      if (!outcome || !next) throw new Error('A round with no problem has an outcome');
      const flagsBefore = await this.flags.current(manager, election.id);
      const round = await manager.save(
        manager.create(BallotRoundEntity, {
          electionId: election.id,
          number: input.round,
          heldOn: verdict.heldOn,
          byAcclamation: false,
          ballotPapers: input.ballotPapers,
          invalidBallots: input.invalidBallots,
          abstentions: input.abstentions,
          validBallots: verdict.validBallots,
          statesParties: verdict.statesParties,
          votesRequired: outcome.votesRequired,
          votes: Object.fromEntries(input.votes.map((v) => [v.candidacyId, v.votes])),
          withdrawnBefore: [...verdict.withdrawn],
          requirements: verdict.requirements,
          outcome,
          nextRequirements: next.complete ? null : next.nextRoundRequirements,
        }),
      );
      const announced = input.withdrawnBefore ?? [];
      await this.applyOutcome(manager, author, election, round, outcome, announced, next.complete);
      await this.flags.record(manager, election.id, flagsBefore, {
        operation: 'recordBallotRound',
        entityType: 'BallotRound',
        entityId: round.id,
      });
      return round;
    });
  }

  /** What recordRound would decide for this tally, by the same rules, writing nothing. */
  async previewRound(input: RecordBallotRoundInput): Promise<RoundVerdict> {
    return (await this.judge(this.dataSource.manager, input, false)).verdict;
  }

  /** Loads what the verdict needs (locking the election when about to write) and gives it. */
  private async judge(
    manager: EntityManager,
    input: RecordBallotRoundInput,
    lock: boolean,
  ): Promise<{ election: ElectionEntity; verdict: RoundVerdict }> {
    const election = lock
      ? await this.elections.lock(manager, input.electionId)
      : await manager.findOneBy(ElectionEntity, { id: input.electionId });
    if (!election) throw notFound('Election', input.electionId);
    const rounds = await manager.find(BallotRoundEntity, {
      where: { electionId: election.id },
      order: { number: 'ASC' },
    });
    const today = this.clock.today();
    const facts = await this.factsOn(manager, election.id, roundDay(input, today));
    const verdict = roundVerdict(
      {
        status: election.status,
        votingStartsOn: election.votingStartsOn,
        rounds,
        facts,
        today,
        latestToday: this.clock.latestToday(),
      },
      input,
    );
    return { election, verdict };
  }

  /** A clean slate elected without a ballot: only when the candidates in the race equal the seats left. */
  async recordAcclamation(input: RecordAcclamationInput, author: Author): Promise<BallotRoundEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { election, rounds, heldOn } = await this.open(manager, input.electionId, input.heldOn);
      const facts = await this.factsOn(manager, election.id, heldOn);
      const flagsBefore = await this.flags.current(manager, election.id);
      const vs = voteState(facts, rounds.map(toStored));
      const byId = new Map(facts.candidacies.map((c) => [c.id, c]));
      const result = acclaim({
        electionType: facts.type,
        round: rounds.length + 1,
        seatsLeftByContest: vs.state.seatsLeftByContest,
        candidatesInRace: vs.inRace,
        withdrawnIds: vs.pendingWithdrawals,
        previouslyElected: vs.state.elected.flatMap((e) => byId.get(e.id) ?? []),
        barredNationalities: [
          ...facts.sittingJudges.map((j) => j.nationality),
          ...(vs.setup.barredNationalities ?? []),
        ],
        contests: contestsOf(input),
      });
      if (!result.ok) {
        // Reference §4: only a clean slate goes without a ballot; art. 36(7), 42(2): compatriots need one.
        throw ruleViolation(result.rule, acclamationMessage(result.rule, result.contest), {
          contest: result.contest,
          candidacyIds: result.candidateIds,
        });
      }
      const { outcome } = result;
      const complete = allContestsDecided(
        facts.type,
        seatsLeftAfter(outcome),
        vs.inRace.filter((c) => outcome.inRaceAfter.includes(c.id)),
      );
      const round = await manager.save(
        manager.create(BallotRoundEntity, {
          electionId: election.id,
          number: rounds.length + 1,
          heldOn,
          byAcclamation: true,
          ballotPapers: null,
          invalidBallots: null,
          abstentions: null,
          validBallots: null,
          statesParties: totalStatesParties(facts.statesPartiesByGroup),
          votesRequired: null,
          votes: {},
          withdrawnBefore: [...vs.pendingWithdrawals],
          requirements: null,
          outcome,
          nextRequirements: null,
        }),
      );
      await this.applyOutcome(manager, author, election, round, outcome, [], complete, 'recordAcclamation');
      await this.flags.record(manager, election.id, flagsBefore, {
        operation: 'recordAcclamation',
        entityType: 'BallotRound',
        entityId: round.id,
      });
      return round;
    });
  }

  /** The election, locked, in VOTING; its rounds so far; the day of the new round. */
  private async open(
    manager: EntityManager,
    electionId: string,
    heldOnInput: string | undefined,
  ): Promise<{ election: ElectionEntity; rounds: BallotRoundEntity[]; heldOn: string }> {
    const election = await this.elections.lock(manager, electionId);
    const rounds = await manager.find(BallotRoundEntity, { where: { electionId }, order: { number: 'ASC' } });
    const today = this.clock.today();
    const heldOn = roundDay({ heldOn: heldOnInput }, today);
    const [refused] = openingProblems(
      {
        status: election.status,
        votingStartsOn: election.votingStartsOn,
        rounds,
        today,
        latestToday: this.clock.latestToday(),
      },
      heldOn,
    );
    if (refused) throw refusal(refused);
    return { election, rounds, heldOn };
  }

  private async factsOn(manager: EntityManager, electionId: string, day: string): Promise<ElectionFacts> {
    const facts = (await this.facts.load([electionId], manager, day)).get(electionId);
    if (!facts) throw notFound('Election', electionId);
    return facts;
  }

  /** Stores what the outcome implies for the candidacies and the election, and audits it all. */
  private async applyOutcome(
    manager: EntityManager,
    author: Author,
    election: ElectionEntity,
    round: BallotRoundEntity,
    outcome: BallotRoundOutcome,
    announcedWithdrawals: readonly string[],
    complete: boolean,
    operation = 'recordBallotRound',
  ): Promise<void> {
    const records: AuditRecord[] = [{ operation, entityType: 'BallotRound', entityId: round.id, after: round }];
    const set = async (ids: readonly string[], values: Partial<CandidacyEntity>): Promise<void> => {
      if (ids.length === 0) return;
      const before = await manager.findBy(CandidacyEntity, { id: In([...ids]) });
      await manager
        .createQueryBuilder()
        .update(CandidacyEntity)
        .set({ ...values, version: () => 'version + 1' })
        .where('id IN (:...ids)', { ids })
        .execute();
      const after = new Map((await manager.findBy(CandidacyEntity, { id: In([...ids]) })).map((c) => [c.id, c]));
      for (const b of before) {
        records.push({ operation, entityType: 'Candidacy', entityId: b.id, before: b, after: after.get(b.id) });
      }
    };
    await set(announcedWithdrawals, {
      status: CandidacyStatus.WITHDRAWN,
      withdrawnOn: round.heldOn,
      withdrawalReason: `Withdrawal announced before round ${round.number}`,
    });
    await set(outcome.elected, { status: CandidacyStatus.ELECTED });
    if (complete) {
      const left = await manager.findBy(CandidacyEntity, {
        electionId: election.id,
        status: CandidacyStatus.NOMINATED,
      });
      await set(
        left.map((c) => c.id),
        { status: CandidacyStatus.NOT_ELECTED },
      );
      await manager
        .createQueryBuilder()
        .update(ElectionEntity)
        .set({ status: ElectionStatus.CONCLUDED, version: () => 'version + 1' })
        .where('id = :id', { id: election.id })
        .execute();
      const after = await manager.findOneByOrFail(ElectionEntity, { id: election.id });
      records.push({ operation, entityType: 'Election', entityId: election.id, before: election, after });
    }
    await this.audit.append(manager, author, ...records);
    // Sent when the transaction commits (ballotRoundRecorded).
    const payload: BallotRoundRecordedPayload = { electionId: election.id, ballotRoundId: round.id };
    await this.notifications.publish(manager, 'ballot_round_recorded', payload);
  }

  /** ICC-ASP/3/Res.6 practice: whether a ballot paper would be valid in a round. */
  async check(args: CheckBallotArgs): Promise<{ result: BallotCheckResult; seatsLeft: number }> {
    const facts = (await this.facts.load([args.electionId])).get(args.electionId);
    if (!facts) throw notFound('Election', args.electionId);
    const rounds = (
      await this.dataSource
        .getRepository(BallotRoundEntity)
        .find({ where: { electionId: args.electionId }, order: { number: 'ASC' } })
    ).map(toStored);
    if (args.round <= rounds.length) {
      throw ruleViolation(BallotRule.ROUND_OUT_OF_SEQUENCE, `Round ${args.round} has already been recorded`, {
        expected: rounds.length + 1,
      });
    }
    const vs = voteState(facts, rounds);
    const race = raceForNextRound(vs);
    const inRace = new Set(race.map((c) => c.id));
    const result = checkBallot({
      names: args.candidacyIds,
      candidatesInRace: race,
      requirements: mvrsFor(facts, vs, args.round)?.requirements ?? [],
      seatsLeft: vs.state.seatsLeft,
      formerCandidateIds: facts.candidacies.filter((c) => !inRace.has(c.id)).map((c) => c.id),
    });
    return { result, seatsLeft: vs.state.seatsLeft };
  }

  /** The requirements of each election for a round (null outside judicial elections): batched. */
  async requirements(
    electionId: string,
    round: number | undefined,
    loaders: LoaderRegistry,
  ): Promise<MinimumVotingRequirement[] | null> {
    const [facts, rounds] = await Promise.all([
      this.facts.loader(loaders).load(electionId),
      this.roundsLoader(loaders).load(electionId),
    ]);
    if (!facts) return null;
    return requirementsForRound(facts, rounds.map(toStored), round ?? rounds.length + 1);
  }

  /** Who the next round is between: in the race after the last round, less withdrawals since (batched). */
  async candidaciesInRace(electionId: string, loaders: LoaderRegistry): Promise<string[]> {
    const [facts, rounds] = await Promise.all([
      this.facts.loader(loaders).load(electionId),
      this.roundsLoader(loaders).load(electionId),
    ]);
    if (!facts) return [];
    return raceForNextRound(voteState(facts, rounds.map(toStored))).map((c) => c.id);
  }

  /** Ballot rounds published by id, as subscribers receive them. */
  roundById(id: string): Promise<BallotRoundEntity> {
    return this.dataSource.getRepository(BallotRoundEntity).findOneByOrFail({ id });
  }

  roundsLoader(loaders: LoaderRegistry): DataLoader<string, BallotRoundEntity[]> {
    return loaders.get(
      'ballotRoundsByElection',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.dataSource
            .getRepository(BallotRoundEntity)
            .find({ where: { electionId: In([...ids]) }, order: { number: 'ASC' } });
          return groupFor(ids, rows, (r) => r.electionId);
        }),
    );
  }
}
