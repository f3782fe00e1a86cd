import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm';
import type { Author } from '../../common/author.js';
import { Clock } from '../../common/clock.js';
import { ElectionStatus, RegionalGroup } from '../../common/domain.enums.js';
import { badInput, notFound, ruleViolation } from '../../common/errors.js';
import { groupFor } from '../../common/group-by.js';
import type { LoaderRegistry } from '../../common/request-context.js';
import { updateVersioned } from '../../database/versioned-update.js';
import { AuditService } from '../audit/audit.service.js';
import { NominationRule } from '../candidacies/candidacies.rules.js';
import { CandidacyEntity } from '../candidacies/entities/candidacy.entity.js';
import { ElectionsService } from '../elections/elections.service.js';
import { ElectionEntity } from '../elections/entities/election.entity.js';
import { nominatorFor, type SlateFlag } from '../slate/index.js';
import { rulesElectionType } from '../slate-flags/election-facts.js';
import { SlateFlagsService } from '../slate-flags/slate-flags.service.js';
import type { StatePartyEntity } from '../states/entities/state-party.entity.js';
import { StatesService } from '../states/states.service.js';
import type { RecordOutreachInput, UpdateOutreachInput } from './dto/outreach.inputs.js';
import { OutreachRecordEntity } from './entities/outreach-record.entity.js';
import { flagsForGroup, nominatedAfter, type NominationFacts } from './potential-nominators.js';

export interface PotentialNominatorGroup {
  readonly regionalGroup: RegionalGroup;
  readonly flags: readonly SlateFlag[];
  readonly raisedAt: ReadonlyMap<string, Date>;
  readonly statesParties: readonly StatePartyEntity[];
}

export interface OutreachWithNomination {
  readonly record: OutreachRecordEntity;
  /** The day the State nominated in that election on or after the contact, or null. */
  readonly nominatedOn: string | null;
}

/** Advocacy to States: who has not nominated where it matters, and the team's outreach (staff only). */
@Injectable()
export class AdvocacyService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(ElectionsService) private readonly elections: ElectionsService,
    @Inject(StatesService) private readonly states: StatesService,
    @Inject(SlateFlagsService) private readonly flags: SlateFlagsService,
  ) {}

  /**
   * For an election whose nominations are open: the States Parties (today) with no candidacy
   * standing in it, grouped by regional group, each group with the election's flags (from the
   * slate library, through SlateFlagsService) that a nomination from it could help.
   */
  async potentialNominators(
    electionId: string,
    regionalGroup: RegionalGroup | undefined,
    loaders: LoaderRegistry,
  ): Promise<PotentialNominatorGroup[]> {
    const election = await this.elections.byIdLoader(loaders).load(electionId);
    if (!election) throw notFound('Election', electionId);
    this.checkOpen(election);
    const [flags, raisedAt, nominators, states] = await Promise.all([
      this.flags.flagsLoader(loaders).load(election.id),
      this.flags.raisedAtLoader(loaders).load(election.id),
      this.nominatingStatesLoader(loaders).load(election.id),
      this.statesTodayLoader(loaders).load(this.clock.today()),
    ]);
    const groups = regionalGroup ? [regionalGroup] : Object.values(RegionalGroup);
    return groups.map((group) => ({
      regionalGroup: group,
      flags: flagsForGroup(flags, group),
      raisedAt,
      statesParties: states.filter((s) => s.regionalGroup === group && !nominators.has(s.code.trim())),
    }));
  }

  private checkOpen(election: ElectionEntity): void {
    if (election.status !== ElectionStatus.NOMINATIONS_OPEN) {
      throw ruleViolation(NominationRule.NOMINATIONS_NOT_OPEN, `Nominations are not open (${election.status})`, {
        status: election.status,
      });
    }
    // Rome Statute art. 42(4): Deputies come from the Prosecutor's list, not from States.
    if (nominatorFor(rulesElectionType(election.type)) !== 'STATE_PARTY') {
      throw ruleViolation(NominationRule.NOMINATOR, 'States do not nominate in this election');
    }
  }

  /** The States with a candidacy standing (not withdrawn) in each election: one statement per batch. */
  private nominatingStatesLoader(loaders: LoaderRegistry): DataLoader<string, Set<string>> {
    return loaders.get(
      'advocacyNominatingStates',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.dataSource.query<{ election_id: string; code: string }[]>(
            `SELECT DISTINCT election_id, trim(nominating_state_code) AS code FROM candidacy
              WHERE election_id = ANY($1) AND status <> 'WITHDRAWN' AND nominating_state_code IS NOT NULL`,
            [ids],
          );
          return groupFor(ids, rows, (r) => r.election_id).map((group) => new Set(group.map((r) => r.code)));
        }),
    );
  }

  private statesTodayLoader(loaders: LoaderRegistry): DataLoader<string, StatePartyEntity[]> {
    return loaders.get(
      'advocacyStatesOnDay',
      () =>
        new DataLoader(async (days: readonly string[]) => Promise.all(days.map((d) => this.states.list(undefined, d)))),
    );
  }

  async recordOutreach(input: RecordOutreachInput, author: Author): Promise<OutreachWithNomination> {
    this.checkNotFuture(input.contactedOn);
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(ElectionEntity, { id: input.electionId }))) {
        throw notFound('Election', input.electionId);
      }
      if (!(await this.states.findByCode(input.stateCode, manager))) throw notFound('StateParty', input.stateCode);
      const record = await manager.save(
        manager.create(OutreachRecordEntity, {
          electionId: input.electionId,
          stateCode: input.stateCode,
          contactedOn: input.contactedOn,
          channel: input.channel,
          note: input.note?.trim() || null,
          outcome: input.outcome?.trim() || null,
        }),
      );
      await this.audit.append(manager, author, {
        operation: 'recordOutreach',
        entityType: 'OutreachRecord',
        entityId: record.id,
        after: record,
      });
      return (await this.withNominations(manager, [record]))[0];
    });
  }

  async updateOutreach(input: UpdateOutreachInput, author: Author): Promise<OutreachWithNomination> {
    if (input.contactedOn !== undefined) this.checkNotFuture(input.contactedOn);
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOne(OutreachRecordEntity, {
        where: { id: input.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!before) throw notFound('OutreachRecord', input.id);
      const set: QueryDeepPartialEntity<OutreachRecordEntity> = {};
      if (input.contactedOn !== undefined) set.contactedOn = input.contactedOn;
      if (input.channel !== undefined) set.channel = input.channel;
      if (input.note !== undefined) set.note = input.note?.trim() || null;
      if (input.outcome !== undefined) set.outcome = input.outcome?.trim() || null;
      await updateVersioned(
        manager,
        OutreachRecordEntity,
        'OutreachRecord',
        before.id,
        input.version,
        set,
        author.actor,
      );
      const after = await manager.findOneByOrFail(OutreachRecordEntity, { id: before.id });
      await this.audit.append(manager, author, {
        operation: 'updateOutreach',
        entityType: 'OutreachRecord',
        entityId: before.id,
        before,
        after,
      });
      return (await this.withNominations(manager, [after]))[0];
    });
  }

  /** One State's, one election's, or one State's in one election: newest contact first. */
  async listOutreach(filter: { stateCode?: string; electionId?: string }): Promise<OutreachWithNomination[]> {
    if (!filter.stateCode && !filter.electionId) {
      throw badInput('Give a State, an election, or both', [
        { field: 'stateCode', problems: ['give stateCode or electionId'] },
        { field: 'electionId', problems: ['give stateCode or electionId'] },
      ]);
    }
    const manager = this.dataSource.manager;
    const records = await manager.find(OutreachRecordEntity, {
      where: {
        ...(filter.stateCode ? { stateCode: filter.stateCode } : {}),
        ...(filter.electionId ? { electionId: filter.electionId } : {}),
      },
      order: { contactedOn: 'DESC', createdAt: 'DESC', id: 'ASC' },
    });
    return this.withNominations(manager, records);
  }

  /** The nominations the records' States made in the records' elections: one statement for all of them. */
  private async withNominations(
    manager: EntityManager,
    records: readonly OutreachRecordEntity[],
  ): Promise<OutreachWithNomination[]> {
    if (records.length === 0) return [];
    const nominations: NominationFacts[] = await manager.find(CandidacyEntity, {
      select: { electionId: true, nominatingStateCode: true, nominatedOn: true },
      where: {
        electionId: In([...new Set(records.map((r) => r.electionId))]),
        nominatingStateCode: In([...new Set(records.map((r) => r.stateCode))]),
      },
    });
    return records.map((record) => ({ record, nominatedOn: nominatedAfter(record, nominations) }));
  }

  private checkNotFuture(day: string): void {
    this.clock.refuseFuture(day, 'contactedOn', 'Outreach is recorded once made');
  }
}
