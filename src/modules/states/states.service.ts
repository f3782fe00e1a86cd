import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, type EntityManager } from 'typeorm';
import type { Author } from '../../common/author.js';
import { RegionalGroup } from '../../common/domain.enums.js';
import { AuditService } from '../audit/audit.service.js';
import {
  isStatePartyOn,
  statesPartiesOn,
  withdrawalEffectiveOn,
  type StatePartyMembership,
  type StatesPartiesByGroup,
} from '../slate/index.js';
import { notFound, ruleViolation } from '../../common/errors.js';
import { leanByKeys } from '../../common/lean-columns.js';
import type { LoaderRegistry } from '../../common/request-context.js';
import { StatePartyEntity } from './entities/state-party.entity.js';

const membershipOf = (s: Pick<StatePartyEntity, 'regionalGroup' | 'joinedOn' | 'leftOn'>): StatePartyMembership => ({
  regionalGroup: s.regionalGroup,
  inForceOn: s.joinedOn,
  withdrawalEffectiveOn: s.leftOn,
});

/** True when the State is a party on `date` (the rule itself lives in the slate library). */
export function isPartyOn(
  state: Pick<StatePartyEntity, 'regionalGroup' | 'joinedOn' | 'leftOn'>,
  date: string,
): boolean {
  return isStatePartyOn(membershipOf(state), date);
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

  /**
   * Every State's dated membership, for the rules that count States Parties on a day (majorities,
   * regional bases): they count with the slate library's `statesPartiesOn(memberships, day)`.
   */
  async memberships(manager: EntityManager = this.dataSource.manager): Promise<StatePartyMembership[]> {
    return (await manager.getRepository(StatePartyEntity).find()).map(membershipOf);
  }

  /** States Parties per regional group on a day. */
  async countByGroupOn(date: string, manager?: EntityManager): Promise<StatesPartiesByGroup> {
    return statesPartiesOn(await this.memberships(manager), date);
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
      state.leftOn = withdrawalEffectiveOn(notifiedOn);
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

  private readonly newLoader = () =>
    new DataLoader((codes: readonly string[]) => leanByKeys(this.dataSource, StatePartyEntity, codes, 'code'));

  loader(loaders: LoaderRegistry): DataLoader<string, StatePartyEntity | null> {
    return loaders.get('stateByCode', this.newLoader);
  }

  /** The State, at once when a joined read brought it (LoaderRegistry.loadNow). */
  stateNow(loaders: LoaderRegistry, code: string): StatePartyEntity | null | Promise<StatePartyEntity | null> {
    return loaders.loadNow('stateByCode', this.newLoader, code);
  }

  /** A State read along with another record (a join), for stateNow and the loader. */
  prime(loaders: LoaderRegistry, state: StatePartyEntity): void {
    loaders.prime('stateByCode', this.newLoader, state.code, state);
  }
}
