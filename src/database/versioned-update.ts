import type { EntityManager, EntityTarget, ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';
import { actorKey, type AuditActor } from '../common/author.js';
import { conflict, staleVersion, type DomainError } from '../common/errors.js';

/** Who made the version that beat a stale write, as the audit log recorded it. */
export interface LastChange {
  /** The audit log's actor kind: staff, nominee, system. */
  readonly actorKind: string;
  readonly actorId: string | null;
  readonly occurredAt: Date;
  /** The actor's name (staff display name, nominee's full name, system job); loaded for staff readers only. */
  readonly name: string | null;
}

/** `extensions.changedBy` of a CONFLICT: what kind of actor changed it, their name for staff, and whether it was you. */
export interface ChangedBy {
  readonly kind: 'STAFF' | 'NOMINEE' | 'SYSTEM';
  readonly name: string | null;
  readonly you: boolean;
}

const KINDS: Readonly<Record<string, ChangedBy['kind']>> = { staff: 'STAFF', nominee: 'NOMINEE', system: 'SYSTEM' };

/**
 * What a stale write's CONFLICT tells its reader about the change that beat it. Only staff read
 * names: a nominee (or anyone not known to be staff) learns when, what kind of actor, and whether it
 * was themselves (another tab), never which member of staff.
 */
export function describeLastChange(
  change: LastChange | null,
  reader: AuditActor | undefined,
): { changedAt: string | null; changedBy: ChangedBy | null } {
  if (!change) return { changedAt: null, changedBy: null };
  const me = reader ? actorKey(reader) : null;
  return {
    changedAt: change.occurredAt.toISOString(),
    changedBy: {
      kind: KINDS[change.actorKind] ?? 'SYSTEM',
      name: reader?.kind === 'staff' ? change.name : null,
      you: me !== null && me.kind === change.actorKind && me.id === change.actorId,
    },
  };
}

/** The last audited change of a record; its actor's name is read only when the reader may see it. */
async function lastChange(
  manager: EntityManager,
  entityType: string,
  id: string,
  withName: boolean,
): Promise<LastChange | null> {
  // Names come from the staff and person tables (read only): a display name, never an e-mail.
  const rows = await manager.query<
    { actor_kind: string; actor_id: string | null; occurred_at: Date; name: string | null }[]
  >(
    `SELECT a.actor_kind, a.actor_id, a.occurred_at,
            CASE WHEN NOT $3::boolean THEN NULL
                 WHEN a.actor_kind = 'staff' THEN (SELECT s.display_name FROM staff_user s WHERE s.id::text = a.actor_id)
                 WHEN a.actor_kind = 'nominee' THEN (SELECT p.full_name FROM candidacy c JOIN person p ON p.id = c.person_id
                                                      WHERE c.id::text = a.actor_id)
                 ELSE a.actor_id END AS name
       FROM audit_entry a
      WHERE a.entity_type = $1 AND a.entity_id = $2
      ORDER BY a.seq DESC
      LIMIT 1`,
    [entityType, id, withName],
  );
  const row = rows[0];
  return row ? { actorKind: row.actor_kind, actorId: row.actor_id, occurredAt: row.occurred_at, name: row.name } : null;
}

/**
 * The CONFLICT for a stale version of `name` `id`, saying who made the current version and when
 * (from the audit log, whose entity type is `name`), as far as `reader` may know it.
 */
export async function staleVersionError(
  manager: EntityManager,
  name: string,
  id: string,
  reader?: AuditActor,
): Promise<DomainError> {
  const base = staleVersion(name, id);
  const change = await lastChange(manager, name, id, reader?.kind === 'staff');
  return conflict(base.message, { ...base.extensions, ...describeLastChange(change, reader) });
}

/**
 * `UPDATE ... SET ..., version = version + 1 WHERE id AND version`: optimistic locking that holds
 * (TypeORM's `save` does not check version columns). A stale version changes nothing and is refused
 * as CONFLICT, naming the entity and saying who changed it and when (see staleVersionError); pass
 * the writer as `reader` so that staff are told a name.
 */
export async function updateVersioned<E extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<E>,
  name: string,
  id: string,
  version: number,
  set: QueryDeepPartialEntity<E>,
  reader?: AuditActor,
): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set({ ...set, version: () => 'version + 1' })
    .where('id = :id AND version = :version', { id, version })
    .execute();
  if (result.affected !== 1) throw await staleVersionError(manager, name, id, reader);
}
