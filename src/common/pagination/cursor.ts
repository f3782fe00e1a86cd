import { badInput } from '../errors.js';
import { isLocalDate } from '../scalars/local-date.scalar.js';
import { parseInstant } from '../scalars/date-time.scalar.js';

/** Opaque keyset cursors: base64url of the sort key values of the last row seen. */
export type CursorValues = readonly (string | number)[];

export function encodeCursor(values: CursorValues): string {
  return Buffer.from(JSON.stringify(['v1', ...values]), 'utf8').toString('base64url');
}

/** What each position of a cursor holds: checked before it reaches SQL. */
export type CursorKind = 'date' | 'timestamp' | 'uuid' | 'int';

const MAX_LENGTH = 512;
const BASE64URL = /^[A-Za-z0-9_-]*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Sequence numbers are bigint; 18 digits always fit, whatever the value.
const INT = /^\d{1,18}$/;
// What encodeCursor writes for a timestamptz (Date#toISOString or PostgreSQL's microseconds).
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

/**
 * Each kind accepts exactly what PostgreSQL will take for its column: real calendar days and
 * instants inside the scalars' range (a `Date.parse` check let 30 February through to SQL).
 */
const FITS: Readonly<Record<CursorKind, (value: unknown) => boolean>> = {
  date: (v) => typeof v === 'string' && isLocalDate(v),
  timestamp: (v) => typeof v === 'string' && TIMESTAMP.test(v) && parseInstant(v) !== null,
  uuid: (v) => typeof v === 'string' && UUID.test(v),
  int: (v) => (typeof v === 'string' && INT.test(v)) || (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0),
};

function decoded(cursor: string, kinds: readonly CursorKind[]): CursorValues | null {
  if (cursor.length > MAX_LENGTH || !BASE64URL.test(cursor)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed[0] !== 'v1' || parsed.length !== kinds.length + 1) return null;
  const values: unknown[] = parsed.slice(1);
  return values.every((v, i) => FITS[kinds[i]](v)) ? (values as (string | number)[]) : null;
}

/** The sort key values in a cursor, each checked against its kind; BAD_USER_INPUT otherwise. */
export function decodeCursor(cursor: string, kinds: readonly CursorKind[]): CursorValues {
  const values = decoded(cursor, kinds);
  if (values) return values;
  throw badInput('The cursor is not valid: use one from a previous page', [
    { field: 'after', problems: ['malformed cursor'] },
  ]);
}
