import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';

const names = new Map<string, string>();
/** "cached plan must not change result type". */
const FEATURE_NOT_SUPPORTED = '0A000';

/** The statement's name: derived from its text, so two texts never share one. */
export function preparedName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `read_${createHash('sha256').update(text).digest('hex').slice(0, 32)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * A read that the observers' pages run many times a second, as a named prepared statement on the
 * data source's pool: PostgreSQL parses and plans it once per connection, not on every request
 * (planning cost more than running on the dossier's statements). The rows are pg's, as
 * `dataSource.query` gives them, and the statement is logged and counted like any other. For reads
 * whose text is one of a few (not built from values: those are parameters).
 */
export async function preparedRead<T>(dataSource: DataSource, text: string, params: readonly unknown[]): Promise<T[]> {
  const values = [...params];
  dataSource.logger.logQuery(text, values);
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  try {
    try {
      return (await pool.query({ name: preparedName(text), text, values })).rows as T[];
    } catch (error) {
      // A migration changed a column this statement returns since a connection prepared it (an older
      // instance during a release): PostgreSQL refuses the stale plan; the text itself still runs.
      if ((error as { code?: string }).code !== FEATURE_NOT_SUPPORTED) throw error;
      return (await pool.query({ text, values })).rows as T[];
    }
  } catch (error) {
    dataSource.logger.logQueryError(error instanceof Error ? error : String(error), text, values);
    throw error;
  }
}
