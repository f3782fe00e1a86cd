import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, type EntityManager, In } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { NotificationsService } from '../../common/notifications/notifications.service.js';
import { groupFor } from '../../common/group-by.js';
import type { LoaderRegistry } from '../../common/request-context.js';
import { diffFlags, slateFlagKey, type SlateFlag, type SlateFlagDiff } from '../slate/index.js';
import { flagsFor } from './election-facts.js';
import { ElectionFactsService } from './election-facts.service.js';
import { SlateFlagEventEntity } from './entities/slate-flag-event.entity.js';
import { toSlateFlagEventModel, type SlateFlagsChangedPayload } from './models/slate-flag.model.js';
import type { SlateFlagChange } from './slate-flags.enums.js';

/** The write that may have changed the flags: recorded with each event. */
export interface FlagCause {
  readonly operation: string;
  readonly entityType: string;
  readonly entityId: string;
}

@Injectable()
export class SlateFlagsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(ElectionFactsService) private readonly facts: ElectionFactsService,
    @Inject(NotificationsService) private readonly notifications: NotificationsService,
  ) {}

  /** The flags of one election as this transaction sees it. */
  async current(manager: EntityManager, electionId: string): Promise<SlateFlag[]> {
    const facts = (await this.facts.load([electionId], manager)).get(electionId);
    return facts ? flagsFor(facts) : [];
  }

  /**
   * Recomputes the flags after a write and records what changed since `before`, in the write's
   * transaction. Call `current` before the write, this after it. The events are derived from the
   * write, which is audited; they name it (operation, entity) rather than being audited again.
   */
  async record(
    manager: EntityManager,
    electionId: string,
    before: readonly SlateFlag[],
    cause: FlagCause,
  ): Promise<SlateFlagDiff> {
    const diff = diffFlags(before, await this.current(manager, electionId));
    const changes: [SlateFlag, SlateFlagChange][] = [
      ...diff.cleared.map((f): [SlateFlag, SlateFlagChange] => [f, 'CLEARED']),
      ...diff.raised.map((f): [SlateFlag, SlateFlagChange] => [f, 'RAISED']),
      ...diff.changed.map((f): [SlateFlag, SlateFlagChange] => [f, 'CHANGED']),
    ];
    if (changes.length === 0) return diff;
    const [{ last }] = await manager.query<[{ last: number }]>(
      'SELECT COALESCE(max(seq), 0)::int AS last FROM slate_flag_event WHERE election_id = $1',
      [electionId],
    );
    const at = this.clock.now();
    const events = changes.map(([flag, change], i) =>
      manager.create(SlateFlagEventEntity, {
        seq: last + i + 1,
        electionId,
        flagKey: slateFlagKey(flag),
        scope: flag.scope,
        scopeValue: flag.scopeValue,
        kind: flag.kind,
        change,
        seats: flag.seats,
        candidates: flag.candidates,
        at,
        ...cause,
      }),
    );
    const saved = await manager.save(events);
    // Sent when the transaction commits (slateFlagChanged).
    const payload: SlateFlagsChangedPayload = {
      electionId,
      events: saved.map((e) => ({ ...toSlateFlagEventModel(e), at: e.at.toISOString() })),
    };
    await this.notifications.publish(manager, 'slate_flag_changed', payload);
    return diff;
  }

  flagsLoader(loaders: LoaderRegistry): DataLoader<string, SlateFlag[]> {
    return loaders.get(
      'slateFlagsByElection',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const facts = await this.facts.loader(loaders).loadMany(ids);
          return facts.map((f) => (f && !(f instanceof Error) ? flagsFor(f) : []));
        }),
    );
  }

  /** When each flag of each election was last raised: one statement per batch. */
  raisedAtLoader(loaders: LoaderRegistry): DataLoader<string, Map<string, Date>> {
    return loaders.get(
      'slateFlagRaisedAt',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows: { election_id: string; flag_key: string; at: Date }[] = await this.dataSource.query(
            `SELECT election_id, flag_key, max(at) AS at FROM slate_flag_event
             WHERE election_id = ANY($1) AND change = 'RAISED' GROUP BY election_id, flag_key`,
            [ids],
          );
          return groupFor(ids, rows, (r) => r.election_id).map(
            (group) => new Map(group.map((r) => [r.flag_key, new Date(r.at)])),
          );
        }),
    );
  }

  historyLoader(loaders: LoaderRegistry): DataLoader<string, SlateFlagEventEntity[]> {
    return loaders.get(
      'slateFlagHistory',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.dataSource
            .getRepository(SlateFlagEventEntity)
            .find({ where: { electionId: In([...ids]) }, order: { at: 'ASC', seq: 'ASC' } });
          return groupFor(ids, rows, (r) => r.electionId);
        }),
    );
  }
}
