import type { EntityManager, EntityTarget, ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';
import { staleVersion } from '../common/errors.js';

/**
 * `UPDATE ... SET ..., version = version + 1 WHERE id AND version`: optimistic locking that holds
 * (TypeORM's `save` does not check version columns). A stale version changes nothing and is refused
 * as CONFLICT, naming the entity.
 */
export async function updateVersioned<E extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<E>,
  name: string,
  id: string,
  version: number,
  set: QueryDeepPartialEntity<E>,
): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set({ ...set, version: () => 'version + 1' })
    .where('id = :id AND version = :version', { id, version })
    .execute();
  if (result.affected !== 1) throw staleVersion(name, id);
}
