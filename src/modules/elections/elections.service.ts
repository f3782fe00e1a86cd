import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { Author } from '../../common/author.js';
import { Clock } from '../../common/clock.js';
import { AuditService } from '../audit/audit.service.js';
import { SlateFlagsService } from '../slate-flags/slate-flags.service.js';
import { CandidacyStatus, ElectionStatus, ElectionType, type RegionalGroup } from '../../common/domain.enums.js';
import { badInput, notFound, ruleViolation, type FieldProblem } from '../../common/errors.js';
import { groupFor } from '../../common/group-by.js';
import { decodeCursor } from '../../common/pagination/cursor.js';
import { leanByKeys, leanColumns, splitJoined } from '../../common/lean-columns.js';
import { preparedRead } from '../../database/prepared-read.js';
import type { LoaderRegistry } from '../../common/request-context.js';
import { daysBetween } from '../../common/scalars/local-date.scalar.js';
import type {
  CreateElectionInput,
  DeleteElectionInput,
  ElectionFilter,
  ExtendNominationPeriodInput,
  RegionalSeatInput,
  SittingJudgeInput,
  UpdateElectionInput,
} from './dto/election.inputs.js';
import { ElectionEntity } from './entities/election.entity.js';
import { NominationExtensionEntity } from './entities/nomination-extension.entity.js';
import { SittingJudgeEntity } from './entities/sitting-judge.entity.js';
import { staleVersionError, updateVersioned } from '../../database/versioned-update.js';
import { ElectionRule, isAllowedTransition, SEATS } from './election.rules.js';
import {
  deputyListsOffSize,
  manualConclusionViolation,
  NOMINATION_RULES,
  nominationExtensionViolation,
  regionalSeatsViolations,
  seatsLeftAfter,
  type BallotRoundOutcome,
} from '../slate/index.js';
import { StatePartyEntity } from '../states/entities/state-party.entity.js';

type ElectionShape = Pick<
  ElectionEntity,
  | 'type'
  | 'seats'
  | 'termStartsOn'
  | 'termEndsOn'
  | 'nominationOpensOn'
  | 'nominationClosesOn'
  | 'votingStartsOn'
  | 'regionalSeats'
  | 'prosecutorNationality'
>;

const toRegionalSeats = (
  input: readonly RegionalSeatInput[] | undefined,
): Partial<Record<RegionalGroup, number>> | null =>
  input ? Object.fromEntries(input.filter((r) => r.seats > 0).map((r) => [r.regionalGroup, r.seats])) : null;

/** Checks that hold for any stored election, whichever mutation produced it. */
function checkShape(e: ElectionShape, sittingJudges: readonly SittingJudgeInput[] | undefined): void {
  const problems: FieldProblem[] = [];
  if (e.regionalSeats) {
    // ICC-ASP/1/Res.5, Res.6: the seats up per group, within the group's seats on the body.
    const violations = regionalSeatsViolations(e.type, e.seats, e.regionalSeats);
    if (violations.length) problems.push({ field: 'regionalSeats', problems: violations.map((v) => v.message) });
  } else if (e.type === ElectionType.COMMITTEE_ON_BUDGET_AND_FINANCE) {
    problems.push({ field: 'regionalSeats', problems: ['a CBF election states the seats up in each regional group'] });
  } else if (e.type === ElectionType.TFV_BOARD && e.seats !== SEATS[ElectionType.TFV_BOARD].max) {
    problems.push({
      field: 'regionalSeats',
      problems: ['a TFV election for fewer than five seats states which are up'],
    });
  }
  if (e.prosecutorNationality && e.type !== ElectionType.DEPUTY_PROSECUTOR) {
    problems.push({
      field: 'prosecutorInOffice',
      problems: ['only Deputy Prosecutor elections record the Prosecutor'],
    });
  }
  const seats = SEATS[e.type];
  if (e.seats < seats.min || e.seats > seats.max) {
    problems.push({ field: 'seats', problems: [`a ${e.type} election has ${seats.min} to ${seats.max} seats`] });
  }
  if (e.nominationOpensOn > e.nominationClosesOn) {
    problems.push({ field: 'nominationClosesOn', problems: ['must not be before nominationOpensOn'] });
  }
  if (e.termStartsOn && e.termEndsOn && e.termStartsOn >= e.termEndsOn) {
    problems.push({ field: 'termEndsOn', problems: ['must be after termStartsOn'] });
  }
  if (e.votingStartsOn && e.votingStartsOn < e.nominationClosesOn) {
    problems.push({ field: 'votingStartsOn', problems: ['must not be before the nomination period closes'] });
  }
  if (sittingJudges?.length && e.type !== ElectionType.JUDGES) {
    problems.push({ field: 'sittingJudges', problems: ['only judicial elections record sitting judges'] });
  }
  if (sittingJudges && sittingJudges.length + (e.type === ElectionType.JUDGES ? e.seats : 0) > 18) {
    // Rome Statute art. 36(1): eighteen judges.
    problems.push({
      field: 'sittingJudges',
      problems: ['sitting judges and seats together exceed the 18 judges of the Court'],
    });
  }
  if (problems.length) throw badInput('The election is not valid', problems);
}

/**
 * The conditions of a list of elections (on `e`), each value through `param` (which returns its
 * placeholder): the resolvers' page and the compiled public reads (public-reads/) share them.
 */
export function electionFilterSql(
  filter: ElectionFilter | undefined,
  updatedSince: Date | undefined,
  param: (value: unknown) => string,
  /** How the statuses are written (a parameter, unless the caller writes them in the statement). */
  statusList: (statuses: readonly ElectionStatus[]) => string = param,
): string[] {
  const where: string[] = [];
  if (updatedSince) where.push(`e.updated_at >= ${param(updatedSince)}`);
  if (filter?.type) where.push(`e.type = ${param(filter.type)}`);
  if (filter?.status?.length) where.push(`e.status = ANY(${statusList(filter.status)})`);
  if (filter?.aspSession) where.push(`e.asp_session = ${param(filter.aspSession)}`);
  if (filter?.year) {
    // A range on the column (not EXTRACT) so the ordering index still serves it.
    where.push(
      `e.nomination_opens_on >= ${param(`${filter.year}-01-01`)} AND e.nomination_opens_on < ${param(`${filter.year + 1}-01-01`)}`,
    );
  }
  return where;
}

@Injectable()
export class ElectionsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(SlateFlagsService) private readonly flags: SlateFlagsService,
  ) {}

  async create(input: CreateElectionInput, author: Author): Promise<ElectionEntity> {
    const regionalSeats = toRegionalSeats(input.regionalSeats);
    const shape: ElectionShape = {
      type: input.type,
      seats:
        input.seats ??
        (regionalSeats ? Object.values(regionalSeats).reduce((a, b) => a + b, 0) : SEATS[input.type].usual),
      termStartsOn: input.termStartsOn ?? null,
      termEndsOn: input.termEndsOn ?? null,
      nominationOpensOn: input.nominationOpensOn,
      nominationClosesOn: input.nominationClosesOn,
      votingStartsOn: input.votingStartsOn ?? null,
      regionalSeats,
      prosecutorNationality: input.prosecutorInOffice?.nationality ?? null,
    };
    checkShape(shape, input.sittingJudges);
    return this.dataSource.transaction(async (manager) => {
      if (input.sittingJudges) await this.checkJudgeNationalities(manager, input.sittingJudges);
      const election = await manager.save(
        manager.create(ElectionEntity, {
          ...shape,
          prosecutorName: input.prosecutorInOffice?.fullName.trim() ?? null,
          conclusionReason: null,
          title: input.title.trim(),
          titleFr: input.titleFr?.trim() || null,
          aspSession: input.aspSession.trim(),
          status: ElectionStatus.DRAFT,
        }),
      );
      if (input.sittingJudges) await this.replaceSittingJudges(manager, election.id, input.sittingJudges);
      await this.audit.append(manager, author, {
        operation: 'createElection',
        entityType: 'Election',
        entityId: election.id,
        after: { ...election, sittingJudges: input.sittingJudges ?? [] },
      });
      // A new election starts with the flags of an empty slate (UNDERSUBSCRIBED...).
      const cause = { operation: 'createElection', entityType: 'Election', entityId: election.id };
      await this.flags.record(manager, election.id, [], cause);
      return election;
    });
  }

  async update(input: UpdateElectionInput, author: Author): Promise<ElectionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const election = await this.lock(manager, input.id);
      if (election.version !== input.version)
        throw await staleVersionError(manager, 'Election', input.id, author.actor);
      const flagsBefore = await this.flags.current(manager, election.id);
      if (input.status && !isAllowedTransition(election.status, input.status)) {
        throw ruleViolation(
          'ILLEGAL_STATUS_TRANSITION',
          `An election cannot move from ${election.status} to ${input.status}`,
          { from: election.status, to: input.status },
        );
      }
      if (input.nominationClosesOn && input.nominationClosesOn !== election.nominationClosesOn) {
        if (election.status !== ElectionStatus.DRAFT) {
          throw ruleViolation(
            'NOMINATION_PERIOD_FIXED',
            'Once nominations are open the closing day changes only by extendNominationPeriod',
          );
        }
      }
      if (input.seats !== undefined && input.seats !== election.seats && this.isVotingOrLater(election.status)) {
        throw ruleViolation('SEATS_FIXED', 'Seats cannot change once voting has begun');
      }
      if (input.regionalSeats && this.isVotingOrLater(election.status)) {
        throw ruleViolation('SEATS_FIXED', 'Seats cannot change once voting has begun');
      }
      const concluding = input.status === ElectionStatus.CONCLUDED && election.status === ElectionStatus.VOTING;
      if (input.conclusionReason !== undefined && !concluding) {
        throw badInput('A conclusion reason goes with concluding a VOTING election', [
          { field: 'conclusionReason', problems: ['only when moving from VOTING to CONCLUDED'] },
        ]);
      }
      if (concluding) {
        const seatsLeft = await this.seatsLeft(manager, election);
        if (manualConclusionViolation(seatsLeft, input.conclusionReason)) {
          throw ruleViolation(
            ElectionRule.SEATS_LEFT_UNFILLED,
            `${seatsLeft} seats are still to fill: say why the election concludes now (conclusionReason)`,
            { seatsLeft },
          );
        }
      }
      // Nominations close before their period ends (closing day included) only for a stated reason.
      const closingEarly =
        input.status === ElectionStatus.NOMINATIONS_CLOSED &&
        election.status === ElectionStatus.NOMINATIONS_OPEN &&
        this.clock.today() <= election.nominationClosesOn;
      if (closingEarly && !input.earlyClosingReason) {
        throw ruleViolation(
          ElectionRule.NOMINATIONS_CLOSED_EARLY,
          `Nominations run until ${election.nominationClosesOn}: say why they close now (earlyClosingReason)`,
          { closesOn: election.nominationClosesOn },
        );
      }
      if (input.status === ElectionStatus.VOTING && election.status !== ElectionStatus.VOTING) {
        await this.checkDeputyLists(manager, election);
      }
      if (input.prosecutorInOffice)
        await this.checkProsecutorNationality(manager, election.id, input.prosecutorInOffice.nationality);
      if (input.sittingJudges) await this.checkJudgeNationalities(manager, input.sittingJudges);
      const next: ElectionEntity = Object.assign(manager.create(ElectionEntity, { ...election }), {
        title: input.title?.trim() ?? election.title,
        titleFr: input.titleFr === undefined ? election.titleFr : input.titleFr?.trim() || null,
        aspSession: input.aspSession?.trim() ?? election.aspSession,
        seats: input.seats ?? election.seats,
        termStartsOn: input.termStartsOn ?? election.termStartsOn,
        termEndsOn: input.termEndsOn ?? election.termEndsOn,
        nominationOpensOn: input.nominationOpensOn ?? election.nominationOpensOn,
        nominationClosesOn: input.nominationClosesOn ?? election.nominationClosesOn,
        votingStartsOn: input.votingStartsOn ?? election.votingStartsOn,
        status: input.status ?? election.status,
        regionalSeats: toRegionalSeats(input.regionalSeats) ?? election.regionalSeats,
        prosecutorName: input.prosecutorInOffice?.fullName.trim() ?? election.prosecutorName,
        prosecutorNationality: input.prosecutorInOffice?.nationality ?? election.prosecutorNationality,
        conclusionReason: input.conclusionReason?.trim() ?? election.conclusionReason,
      });
      checkShape(next, input.sittingJudges);
      const judgesBefore = input.sittingJudges ? await this.sittingJudges(manager, election.id) : undefined;
      await this.saveVersioned(manager, next, input.version, author);
      if (input.sittingJudges) await this.replaceSittingJudges(manager, election.id, input.sittingJudges);
      const after = await this.lock(manager, election.id);
      await this.audit.append(manager, author, {
        operation: 'updateElection',
        entityType: 'Election',
        entityId: election.id,
        before: { ...election, ...(judgesBefore && { sittingJudges: judgesBefore.map((j) => ({ ...j })) }) },
        after: {
          ...after,
          ...(input.sittingJudges && { sittingJudges: input.sittingJudges }),
          ...(closingEarly && { earlyClosingReason: input.earlyClosingReason?.trim() }),
        },
      });
      // Seats, sitting judges and the first day of voting (States Parties counted) drive the flags.
      const cause = { operation: 'updateElection', entityType: 'Election', entityId: election.id };
      await this.flags.record(manager, election.id, flagsBefore, cause);
      return after;
    });
  }

  /**
   * Deletes a DRAFT election set up by mistake, with its sitting judges and flag history; the audit
   * log keeps the whole row. Refused once the election has moved on, or while others' records
   * (candidacies, questionnaires, panels, discussions, outreach, rounds) point to it.
   */
  async delete(input: DeleteElectionInput, author: Author): Promise<ElectionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const election = await this.lock(manager, input.id);
      if (election.version !== input.version)
        throw await staleVersionError(manager, 'Election', input.id, author.actor);
      if (election.status !== ElectionStatus.DRAFT) {
        throw ruleViolation(
          ElectionRule.ONLY_DRAFTS_DELETED,
          `Only a DRAFT election can be deleted; this one is ${election.status}`,
          { status: election.status },
        );
      }
      // Read only: the tables of the modules that point to elections.
      const [uses] = await manager.query<Record<string, number>[]>(
        `SELECT (SELECT count(*)::int FROM candidacy WHERE election_id = $1) AS candidacies,
                (SELECT count(*)::int FROM questionnaire WHERE election_id = $1) AS questionnaires,
                (SELECT count(*)::int FROM panel_election WHERE election_id = $1) AS panels,
                (SELECT count(*)::int FROM discussion WHERE election_id = $1) AS discussions,
                (SELECT count(*)::int FROM outreach_record WHERE election_id = $1) AS "outreachRecords",
                (SELECT count(*)::int FROM ballot_round WHERE election_id = $1) AS "ballotRounds"`,
        [election.id],
      );
      const inUse = Object.fromEntries(Object.entries(uses ?? {}).filter(([, n]) => n > 0));
      if (Object.keys(inUse).length) {
        throw ruleViolation(
          ElectionRule.ELECTION_IN_USE,
          `This draft is referred to by other records (${Object.keys(inUse).join(', ')}): remove them first`,
          { records: inUse },
        );
      }
      const judges = await this.sittingJudges(manager, election.id);
      await manager.delete(ElectionEntity, { id: election.id });
      await this.audit.append(manager, author, {
        operation: 'deleteElection',
        entityType: 'Election',
        entityId: election.id,
        before: { ...election, sittingJudges: judges.map((j) => ({ ...j })) },
        after: null,
      });
      return election;
    });
  }

  /** The ASP President may extend the period (practice: two weeks at a time, at most three times). */
  async extendNominationPeriod(input: ExtendNominationPeriodInput, author: Author): Promise<ElectionEntity> {
    const { electionId, closesOn, reason, decidedOn } = input;
    const exceptional = input.exceptional ?? false;
    if (input.decisionReference && !exceptional) {
      throw badInput('A decision reference goes with an exceptional extension', [
        { field: 'decisionReference', problems: ['only with exceptional: true'] },
      ]);
    }
    if (decidedOn) this.clock.refuseFuture(decidedOn, 'decidedOn', 'An extension cannot be decided in the future');
    return this.dataSource.transaction(async (manager) => {
      const election = await this.lock(manager, electionId);
      if (
        election.status !== ElectionStatus.NOMINATIONS_OPEN &&
        election.status !== ElectionStatus.NOMINATIONS_CLOSED
      ) {
        throw ruleViolation(
          'EXTENSION_NOT_ALLOWED',
          `A nomination period can be extended only while nominations are open or just closed, not ${election.status}`,
        );
      }
      if (closesOn <= election.nominationClosesOn) {
        throw badInput('The new closing day must be after the one in force', [
          { field: 'closesOn', problems: [`must be after ${election.nominationClosesOn}`] },
        ]);
      }
      const days = daysBetween(election.nominationClosesOn, closesOn);
      const count = await manager.countBy(NominationExtensionEntity, { electionId });
      const ordinarySoFar = await manager.countBy(NominationExtensionEntity, { electionId, exceptional: false });
      const { maxDays, maxCount } = NOMINATION_RULES.extension;
      const broken = nominationExtensionViolation({
        days,
        ordinarySoFar,
        exceptional,
        decisionReference: input.decisionReference ?? null,
      });
      if (broken) {
        const message = {
          EXTENSION_TOO_LONG: `An ordinary extension adds at most ${maxDays} days; this one adds ${days}`,
          TOO_MANY_EXTENSIONS: `A nomination period is extended at most ${maxCount} times, exceptional extensions aside`,
          DECISION_REFERENCE_REQUIRED: 'An exceptional extension names the Bureau decision (decisionReference)',
        }[broken];
        throw ruleViolation(broken, message, { maxDays, maxCount });
      }
      if (election.votingStartsOn && closesOn > election.votingStartsOn) {
        throw badInput('The nomination period cannot close after voting starts', [
          { field: 'closesOn', problems: [`must not be after ${election.votingStartsOn}`] },
        ]);
      }
      const before = { ...election };
      const extension = await manager.save(
        manager.create(NominationExtensionEntity, {
          electionId,
          sequence: count + 1,
          previousClosesOn: election.nominationClosesOn,
          closesOn,
          reason: reason.trim(),
          decidedOn: decidedOn ?? this.clock.today(),
          exceptional,
          decisionReference: input.decisionReference?.trim() ?? null,
        }),
      );
      const version = election.version;
      election.nominationClosesOn = closesOn;
      // An extension after closing reopens the period.
      election.status = ElectionStatus.NOMINATIONS_OPEN;
      await this.saveVersioned(manager, election, version, author);
      const after = await this.lock(manager, electionId);
      await this.audit.append(
        manager,
        author,
        { operation: 'extendNominationPeriod', entityType: 'Election', entityId: electionId, before, after },
        {
          operation: 'extendNominationPeriod',
          entityType: 'NominationExtension',
          entityId: extension.id,
          after: extension,
        },
      );
      return after;
    });
  }

  private isVotingOrLater(status: ElectionStatus): boolean {
    return status === ElectionStatus.VOTING || status === ElectionStatus.CONCLUDED;
  }

  /** Locks the election row for the rest of the transaction (serialises writes that depend on it). */
  async lock(manager: EntityManager, id: string): Promise<ElectionEntity> {
    const election = await manager.findOne(ElectionEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!election) throw notFound('Election', id);
    return election;
  }

  /** Writes only if the version is still `expected` (TypeORM's save does not check it). */
  private saveVersioned(manager: EntityManager, e: ElectionEntity, expected: number, author: Author): Promise<void> {
    return updateVersioned(
      manager,
      ElectionEntity,
      'Election',
      e.id,
      expected,
      {
        title: e.title,
        titleFr: e.titleFr,
        aspSession: e.aspSession,
        seats: e.seats,
        termStartsOn: e.termStartsOn,
        termEndsOn: e.termEndsOn,
        nominationOpensOn: e.nominationOpensOn,
        nominationClosesOn: e.nominationClosesOn,
        votingStartsOn: e.votingStartsOn,
        status: e.status,
        regionalSeats: e.regionalSeats,
        prosecutorName: e.prosecutorName,
        prosecutorNationality: e.prosecutorNationality,
        conclusionReason: e.conclusionReason,
      },
      author.actor,
    );
  }

  /** Seats still to fill: the last recorded round's (ballots' table, read only), else all. */
  private async seatsLeft(manager: EntityManager, election: ElectionEntity): Promise<number> {
    const rows: { outcome: BallotRoundOutcome }[] = await manager.query(
      `SELECT outcome FROM ballot_round WHERE election_id = $1 ORDER BY number DESC LIMIT 1`,
      [election.id],
    );
    const last = rows[0]?.outcome;
    return last ? Object.values(seatsLeftAfter(last)).reduce((a, b) => a + b, 0) : election.seats;
  }

  /** Rome Statute art. 42(4): three candidates for each Deputy post when voting opens. */
  private async checkDeputyLists(manager: EntityManager, election: ElectionEntity): Promise<void> {
    if (election.type !== ElectionType.DEPUTY_PROSECUTOR) return;
    const rows: { post: number; n: number }[] = await manager.query(
      `SELECT post, count(*)::int AS n FROM candidacy WHERE election_id = $1 AND status = $2 AND post IS NOT NULL GROUP BY post`,
      [election.id, CandidacyStatus.NOMINATED],
    );
    const off = deputyListsOffSize(election.seats, Object.fromEntries(rows.map((r) => [String(r.post), r.n])));
    if (off.length) {
      throw ruleViolation(
        ElectionRule.DEPUTY_CANDIDATES_PER_POST,
        `The Prosecutor nominates three candidates for each post (art. 42(4)): ${off
          .map((p) => `post ${p.post} has ${p.candidates}`)
          .join(', ')}`,
        { posts: off },
      );
    }
  }

  /** Rome Statute art. 42(2): no Deputy candidate may share the Prosecutor's nationality. */
  private async checkProsecutorNationality(
    manager: EntityManager,
    electionId: string,
    nationality: string,
  ): Promise<void> {
    const clash: { id: string }[] = await manager.query(
      `SELECT c.id FROM candidacy c JOIN person p ON p.id = c.person_id
       WHERE c.election_id = $1 AND c.status IN ('NOMINATED', 'ELECTED') AND upper(p.nationality) = $2`,
      [electionId, nationality.toUpperCase()],
    );
    if (clash.length) {
      throw ruleViolation(
        ElectionRule.SAME_NATIONALITY_AS_PROSECUTOR,
        'The Prosecutor and the Deputy Prosecutors are of different nationalities (art. 42(2))',
        { candidacyIds: clash.map((c) => c.id) },
      );
    }
  }

  /** A sitting judge's group is their nationality's, from the States table: a given one must agree. */
  private async checkJudgeNationalities(manager: EntityManager, judges: readonly SittingJudgeInput[]): Promise<void> {
    const states = await manager.findBy(StatePartyEntity, { code: In([...new Set(judges.map((j) => j.nationality))]) });
    const groupOf = new Map(states.map((s) => [s.code.trim(), s.regionalGroup]));
    const problems: FieldProblem[] = [];
    judges.forEach((j, i) => {
      const group = groupOf.get(j.nationality);
      if (!group)
        problems.push({
          field: `sittingJudges.${i}.nationality`,
          problems: [`${j.nationality} is not a State in the States table`],
        });
      else if (j.regionalGroup && j.regionalGroup !== group) {
        problems.push({
          field: `sittingJudges.${i}.regionalGroup`,
          problems: [`${j.nationality} is in ${group}, not ${j.regionalGroup}`],
        });
      }
    });
    if (problems.length) throw badInput("A sitting judge's regional group is their nationality's", problems);
  }

  private async replaceSittingJudges(
    manager: EntityManager,
    electionId: string,
    judges: readonly SittingJudgeInput[],
  ): Promise<void> {
    await manager.delete(SittingJudgeEntity, { electionId });
    if (judges.length === 0) return;
    await manager.insert(
      SittingJudgeEntity,
      judges.map((j) => ({
        electionId,
        fullName: j.fullName.trim(),
        nationality: j.nationality,
        gender: j.gender,
        list: j.list,
        termEndsOn: j.termEndsOn ?? null,
      })),
    );
  }

  async page(
    filter: ElectionFilter | undefined,
    limit: number,
    after: string | undefined,
    updatedSince?: Date,
  ): Promise<{ rows: ElectionEntity[]; total: number }> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where = electionFilterSql(filter, updatedSince, param);
    const filtered = where.length ? ` WHERE ${where.join(' AND ')}` : '';
    // A first page is one statement: the total a scalar subquery, counted once from the index (a
    // window over the rows, `count(*) OVER ()`, would read and sort every election to return ten).
    // After a cursor, the total is a statement of its own, run beside the page.
    const counted = after === undefined;
    const countParams = [...params];
    const keyset = [...where];
    if (after) {
      const [opensOn, id] = decodeCursor(after, ['date', 'uuid']);
      keyset.push(`(e.nomination_opens_on, e.id) < (${param(opensOn)}::date, ${param(id)}::uuid)`);
    }
    const [rows, count] = await Promise.all([
      preparedRead<Record<string, unknown>>(
        this.dataSource,
        `SELECT ${leanColumns(this.dataSource, ElectionEntity, 'e')}${counted ? `, (SELECT count(*) FROM election e${filtered}) AS "page.total"` : ''}
           FROM election e${keyset.length ? ` WHERE ${keyset.join(' AND ')}` : ''}
          ORDER BY e.nomination_opens_on DESC, e.id DESC LIMIT ${param(limit + 1)}`,
        params,
      ),
      counted
        ? null
        : preparedRead<{ n: number }>(
            this.dataSource,
            `SELECT count(*)::int AS n FROM election e${filtered}`,
            countParams,
          ),
    ]);
    const split = splitJoined(rows);
    const total = count ? count[0].n : Number(split[0]?.joined.page.total ?? 0);
    return { rows: split.map((row) => row.own as unknown as ElectionEntity), total };
  }

  private readonly newByIdLoader = () =>
    new DataLoader((ids: readonly string[]) => leanByKeys(this.dataSource, ElectionEntity, ids));

  byIdLoader(loaders: LoaderRegistry): DataLoader<string, ElectionEntity | null> {
    return loaders.get('electionById', this.newByIdLoader);
  }

  /** The election, at once when a joined read brought it (LoaderRegistry.loadNow). */
  electionNow(loaders: LoaderRegistry, id: string): ElectionEntity | null | Promise<ElectionEntity | null> {
    return loaders.loadNow('electionById', this.newByIdLoader, id);
  }

  /** An election read along with another record (a join), for electionNow and the loader. */
  prime(loaders: LoaderRegistry, election: ElectionEntity): void {
    loaders.prime('electionById', this.newByIdLoader, election.id, election);
  }

  sittingJudgesLoader(loaders: LoaderRegistry): DataLoader<string, SittingJudgeEntity[]> {
    return loaders.get(
      'sittingJudgesByElection',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.dataSource.getRepository(SittingJudgeEntity).find({
            where: { electionId: In([...ids]) },
            order: { fullName: 'ASC' },
            relations: { nationalityState: true },
          });
          return groupFor(ids, rows, (r) => r.electionId);
        }),
    );
  }

  extensionsLoader(loaders: LoaderRegistry): DataLoader<string, NominationExtensionEntity[]> {
    return loaders.get(
      'extensionsByElection',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.dataSource
            .getRepository(NominationExtensionEntity)
            .find({ where: { electionId: In([...ids]) }, order: { sequence: 'ASC' } });
          return groupFor(ids, rows, (r) => r.electionId);
        }),
    );
  }

  sittingJudges(manager: EntityManager, electionId: string): Promise<SittingJudgeEntity[]> {
    return manager.findBy(SittingJudgeEntity, { electionId });
  }
}
