import { badInput } from '../errors.js';

/** Opaque keyset cursors: base64url of the sort key values of the last row seen. */
export type CursorValues = readonly (string | number)[];

export function encodeCursor(values: CursorValues): string {
  return Buffer.from(JSON.stringify(['v1', ...values]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): CursorValues {
  try {
    if (cursor.length > 512) throw new Error('too long');
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed[0] === 'v1' &&
      parsed.length === arity + 1 &&
      parsed.slice(1).every((v) => typeof v === 'string' || typeof v === 'number')
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
