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
 * `dataSource.query` gives them, and the statement is logged, counted, and reported when slow
 * (`maxQueryExecutionTime`) like any other. For reads whose text is one of a few (not built from
 * values: those are parameters).
 */
export async function preparedRead<T>(dataSource: DataSource, text: string, params: readonly unknown[]): Promise<T[]> {
  return read(dataSource, text, params, true);
}

/** How many texts built from a request's shape (compiled reads) are prepared; later ones run unprepared. */
export const MAX_SHAPED_STATEMENTS = 200;
/** ...and how long one may be to be prepared (each connection keeps what it prepared). */
export const MAX_SHAPED_PREPARED_LENGTH = 16 * 1024;
const shaped = new Set<string>();

/**
 * A read whose text follows the shape of a request (a compiled public read): prepared like
 * preparedRead for the first MAX_SHAPED_STATEMENTS texts seen, which the web client's and the
 * usual clients' few operations fit in; past them a text runs unprepared, so that clients sending
 * ever new shapes cannot grow what each connection (and this process) keeps beyond 200 texts of at
 * most 16 KB.
 */
export async function shapedRead<T>(dataSource: DataSource, text: string, params: readonly unknown[]): Promise<T[]> {
  const prepare =
    shaped.has(text) ||
    (text.length <= MAX_SHAPED_PREPARED_LENGTH &&
      shaped.size < MAX_SHAPED_STATEMENTS &&
      shaped.add(text) !== undefined);
  return read(dataSource, text, params, prepare);
}

async function read<T>(
  dataSource: DataSource,
  text: string,
  params: readonly unknown[],
  prepare: boolean,
): Promise<T[]> {
  const values = [...params];
  const logger = dataSource.logger;
  logger.logQuery(text, values);
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  const started = performance.now();
  try {
    const rows = prepare ? await prepared<T>(pool, text, values) : ((await pool.query({ text, values })).rows as T[]);
    const ms = performance.now() - started;
    const slow = dataSource.options.maxQueryExecutionTime;
    if (slow && ms > slow) logger.logQuerySlow(Math.round(ms), text, values);
    return rows;
  } catch (error) {
    logger.logQueryError(error instanceof Error ? error : String(error), text, values);
    throw error;
  }
}

async function prepared<T>(pool: Pool, text: string, values: unknown[]): Promise<T[]> {
  const client = await pool.connect();
  let stale = false;
  try {
    return (await client.query({ name: preparedName(text), text, values })).rows as T[];
  } catch (error) {
    // A migration changed a column this statement returns since this connection prepared it (an older
    // instance during a release): PostgreSQL refuses the stale plan, and both ends would keep the
    // name. The connection is closed (the pool opens another), and the text itself runs.
    if ((error as { code?: string }).code !== FEATURE_NOT_SUPPORTED) throw error;
    stale = true;
  } finally {
    client.release(stale);
  }
  return (await pool.query({ text, values })).rows as T[];
}
