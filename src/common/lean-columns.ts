import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

const cache = new WeakMap<DataSource, Map<string, string>>();

/**
 * The select list of an entity's columns under `alias`, each named as its property, with values as
 * TypeORM would hydrate them (a `date` as its YYYY-MM-DD text): `SELECT ${leanColumns(...)} FROM ...`
 * through `dataSource.query` gives rows shaped like the entity without TypeORM's query building and
 * hydration, which cost more than the statement on the observers' hot reads. Plain objects, not
 * instances: for reads that only read properties.
 */
export function leanColumns<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  alias: string,
  /** Names each column `${prefix}${property}`: another entity's columns in the same row (see takePrefixed). */
  prefix = '',
): string {
  let byEntity = cache.get(dataSource);
  if (!byEntity) cache.set(dataSource, (byEntity = new Map<string, string>()));
  const metadata = dataSource.getMetadata(entity);
  const key = `${metadata.name}\u0000${alias}\u0000${prefix}`;
  let list = byEntity.get(key);
  if (!list) {
    list = metadata.columns
      .map((c) => {
        if (c.isArray && c.type === 'date') throw new Error(`leanColumns: ${metadata.name}.${c.propertyPath}`);
        const cast = c.type === 'date' ? '::text' : '';
        return `${alias}."${c.databaseName}"${cast} AS "${prefix}${c.propertyPath}"`;
      })
      .join(', ');
    byEntity.set(key, list);
  }
  return list;
}

/**
 * Moves the columns named `${prefix}${property}` out of `row` into an object of their own (the
 * properties without the prefix): a joined entity's lean row. Null when the join found none (its
 * `id` column null: every entity here has one), or when there is no such column.
 */
export function takePrefixed<T extends object>(row: Record<string, unknown>, prefix: string, idKey = 'id'): T | null {
  const taken: Record<string, unknown> = {};
  let found = false;
  for (const key of Object.keys(row)) {
    if (!key.startsWith(prefix)) continue;
    taken[key.slice(prefix.length)] = row[key];
    delete row[key];
    found = true;
  }
  return found && taken[idKey] !== null && taken[idKey] !== undefined ? (taken as T) : null;
}
