import { badInput } from '../errors.js';

/** Opaque keyset cursors: base64url of the sort key values of the last row seen. */
export type CursorValues = readonly (string | number)[];

export function encodeCursor(values: CursorValues): string {
  return Buffer.from(JSON.stringify(['v1', ...values]), 'utf8').toString('base64url');
}

/** What each position of a cursor holds: checked before it reaches SQL. */
export type CursorKind = 'date' | 'timestamp' | 'uuid' | 'int';

const KIND_PATTERNS: Readonly<Record<CursorKind, RegExp>> = {
  date: /^\d{4}-\d{2}-\d{2}$/,
  timestamp: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  int: /^\d{1,18}$/,
};

function fits(value: unknown, kind: CursorKind): boolean {
  if (typeof value !== 'string' && typeof value !== 'number') return false;
  const text = String(value);
  return KIND_PATTERNS[kind].test(text) && (kind === 'int' || kind === 'uuid' || !Number.isNaN(Date.parse(text)));
}

export function decodeCursor(cursor: string, kinds: readonly CursorKind[]): CursorValues {
  try {
    if (cursor.length > 512) throw new Error('too long');
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed[0] === 'v1' &&
      parsed.length === kinds.length + 1 &&
      parsed.slice(1).every((v, i) => fits(v, kinds[i]))
    ) {
      return parsed.slice(1) as (string | number)[];
    }
  } catch {
    // fall through to the error below
  }
  throw badInput('The cursor is not valid: use one from a previous page', [
    { field: 'after', problems: ['malformed cursor'] },
  ]);
}
