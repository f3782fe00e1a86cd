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
): string {
  let byEntity = cache.get(dataSource);
  if (!byEntity) cache.set(dataSource, (byEntity = new Map<string, string>()));
  const metadata = dataSource.getMetadata(entity);
  const key = `${metadata.name}\u0000${alias}`;
  let list = byEntity.get(key);
  if (!list) {
    list = metadata.columns
      .map((c) => {
        if (c.isArray && c.type === 'date') throw new Error(`leanColumns: ${metadata.name}.${c.propertyPath}`);
        const cast = c.type === 'date' ? '::text' : '';
        return `${alias}."${c.databaseName}"${cast} AS "${c.propertyPath}"`;
      })
      .join(', ');
    byEntity.set(key, list);
  }
  return list;
}
