import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, type EntityManager } from 'typeorm';
import type { Author } from '../../common/author.js';
import { RegionalGroup } from '../../common/domain.enums.js';
import { AuditService } from '../audit/audit.service.js';
import { notFound, ruleViolation } from '../../common/errors.js';
import type { LoaderRegistry } from '../../common/request-context.js';
import { addDays } from '../../common/scalars/local-date.scalar.js';
import { StatePartyEntity } from './entities/state-party.entity.js';

/** True when the State is a party on `date`: the Statute is in force for it and no withdrawal has taken effect. */
export function isPartyOn(state: Pick<StatePartyEntity, 'joinedOn' | 'leftOn'>, date: string): boolean {
  return state.joinedOn <= date && (state.leftOn === null || date < state.leftOn);
}

@Injectable()
export class StatesService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  list(regionalGroup?: RegionalGroup, on?: string): Promise<StatePartyEntity[]> {
    const qb = this.dataSource.getRepository(StatePartyEntity).createQueryBuilder('s').orderBy('s.name', 'ASC');
    if (regionalGroup) qb.andWhere('s.regional_group = :regionalGroup', { regionalGroup });
    if (on) qb.andWhere('s.joined_on <= :on AND (s.left_on IS NULL OR s.left_on > :on)', { on });
    return qb.getMany();
  }

  /** The States Parties on a date: every rule that counts States (majorities, regional bases) uses this. */
  statesPartiesOn(date: string, manager: EntityManager = this.dataSource.manager): Promise<StatePartyEntity[]> {
    return manager
      .getRepository(StatePartyEntity)
      .createQueryBuilder('s')
      .where('s.joined_on <= :date AND (s.left_on IS NULL OR s.left_on > :date)', { date })
      .orderBy('s.code', 'ASC')
      .getMany();
  }

  async countByGroupOn(date: string, manager?: EntityManager): Promise<Record<RegionalGroup, number>> {
    const counts = Object.fromEntries(Object.values(RegionalGroup).map((g) => [g, 0])) as Record<RegionalGroup, number>;
    for (const state of await this.statesPartiesOn(date, manager)) counts[state.regionalGroup] += 1;
    return counts;
  }

  findByCode(code: string, manager: EntityManager = this.dataSource.manager): Promise<StatePartyEntity | null> {
    return manager.getRepository(StatePartyEntity).findOneBy({ code });
  }

  /** A withdrawal takes effect one year after the notification is received (Rome Statute art. 127(1)). */
  async recordWithdrawal(code: string, notifiedOn: string, author: Author): Promise<StatePartyEntity> {
    return this.dataSource.transaction(async (manager) => {
      const state = await manager.findOne(StatePartyEntity, { where: { code }, lock: { mode: 'pessimistic_write' } });
      if (!state) throw notFound('StateParty', code);
      if (notifiedOn < state.joinedOn) {
        throw ruleViolation('WITHDRAWAL_BEFORE_ACCESSION', 'A withdrawal cannot be notified before the State joined');
      }
      const before = { ...state };
      const effective = addDays(notifiedOn, 365);
      // art. 127: "one year after the date of receipt"; in a leap year 365 days can fall a day short.
      const yearLater = `${Number(notifiedOn.slice(0, 4)) + 1}${notifiedOn.slice(4)}`;
      state.leftOn = yearLater.endsWith('02-29') ? effective : yearLater;
      const saved = await manager.save(state);
      await this.audit.append(manager, author, {
        operation: 'recordWithdrawal',
        entityType: 'StateParty',
        entityId: code,
        before,
        after: saved,
      });
      return saved;
    });
  }

  loader(loaders: LoaderRegistry): DataLoader<string, StatePartyEntity | null> {
    return loaders.get(
      'stateByCode',
      () =>
        new DataLoader(async (codes: readonly string[]) => {
          const rows = await this.dataSource
            .getRepository(StatePartyEntity)
            .createQueryBuilder('s')
            .where('s.code = ANY(:codes)', { codes: [...codes] })
            .getMany();
          const byCode = new Map(rows.map((r) => [r.code, r]));
          return codes.map((c) => byCode.get(c) ?? null);
        }),
    );
  }
}
