import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { preparedRead } from '../database/prepared-read.js';
import { pickFor } from './group-by.js';

const cache = new WeakMap<DataSource, Map<string, string>>();

export interface LeanColumnsOptions<T> {
  /** Names each column `${prefix}${property}`: a joined entity's columns in one row (prefix `name.`, see splitJoined). */
  readonly prefix?: string;
  /**
   * An SQL condition: every column but the primary key is null where it is false. For an entity
   * joined to many rows: its (large) columns sent once, on the row where the condition holds.
   */
  readonly onlyWhere?: string;
  /** Properties left out (absent from the row, not null): large values a read does not need. */
  readonly except?: readonly (keyof T & string)[];
}

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
  options: LeanColumnsOptions<T> = {},
): string {
  const { prefix = '', onlyWhere, except = [] } = options;
  let byEntity = cache.get(dataSource);
  if (!byEntity) cache.set(dataSource, (byEntity = new Map<string, string>()));
  const metadata = dataSource.getMetadata(entity);
  const key = [metadata.name, alias, prefix, onlyWhere ?? '', ...except].join('\u0000');
  let list = byEntity.get(key);
  if (!list) {
    list = metadata.columns
      .filter((c) => !(except as readonly string[]).includes(c.propertyPath))
      .map((c) => {
        if (c.isArray && c.type === 'date') throw new Error(`leanColumns: ${metadata.name}.${c.propertyPath}`);
        const cast = c.type === 'date' ? '::text' : '';
        const value = `${alias}."${c.databaseName}"${cast}`;
        const sent = onlyWhere && !c.isPrimary ? `CASE WHEN ${onlyWhere} THEN ${value} END` : value;
        return `${sent} AS "${prefix}${c.propertyPath}"`;
      })
      .join(', ');
    byEntity.set(key, list);
  }
  return list;
}

/** A row of joined entities split by splitJoined: its own columns, and each prefix's. */
export interface JoinedRow {
  readonly own: Record<string, unknown>;
  readonly joined: Record<string, Record<string, unknown>>;
}

/**
 * Splits rows whose joined entities' columns are named `${name}.${property}` (leanColumns with a
 * prefix `${name}.`; entity properties have no dot) into each row's own columns and one object per
 * name. The columns are sorted once for all the rows (they come from one statement), and each row's
 * objects are built in column order: rows of one statement share their shapes, which keeps property
 * reads fast (deleting the moved columns from the row would not).
 */
export function splitJoined(rows: readonly Record<string, unknown>[]): JoinedRow[] {
  if (rows.length === 0) return [];
  const plan = Object.keys(rows[0]).map((key) => {
    const dot = key.indexOf('.');
    return dot < 0
      ? { key, name: null, property: key }
      : { key, name: key.slice(0, dot), property: key.slice(dot + 1) };
  });
  return rows.map((row) => {
    const own: Record<string, unknown> = {};
    const joined: Record<string, Record<string, unknown>> = {};
    for (const { key, name, property } of plan) {
      if (name === null) own[property] = row[key];
      else (joined[name] ??= {})[property] = row[key];
    }
    return { own, joined };
  });
}

/** A joined entity of a split row, or null when the outer join found none (its key column null). */
export function joinedEntity<T extends object>(row: JoinedRow, name: string, idKey = 'id'): T | null {
  const part = row.joined[name];
  return part && part[idKey] !== null && part[idKey] !== undefined ? (part as T) : null;
}

/**
 * One lean row (see leanColumns) or null per key, in the keys' order: a by-id (or by-code) loader's
 * batch, as one prepared statement (`WHERE key = ANY($1)`).
 */
export async function leanByKeys<T extends ObjectLiteral, K extends string>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  keys: readonly K[],
  keyProperty = 'id',
): Promise<(T | null)[]> {
  const metadata = dataSource.getMetadata(entity);
  const column = metadata.findColumnWithPropertyName(keyProperty);
  if (!column) throw new Error(`leanByKeys: ${metadata.name}.${keyProperty}`);
  const rows = await preparedRead<T>(
    dataSource,
    `SELECT ${leanColumns(dataSource, entity, 't')} FROM "${metadata.tableName}" t WHERE t."${column.databaseName}" = ANY($1)`,
    [keys],
  );
  return pickFor(keys, rows, (row) => row[keyProperty] as K);
}
