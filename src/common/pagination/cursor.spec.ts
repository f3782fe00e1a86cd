import { DomainError } from '../errors.js';
import { decodeCursor, encodeCursor } from './cursor.js';

describe('cursor', () => {
  it('round-trips sort keys', () => {
    const values = ['2026-01-01T00:00:00.123Z', '4a0e1f0c-0000-4000-8000-000000000000'];
    expect(decodeCursor(encodeCursor(values), ['timestamp', 'uuid'])).toEqual(values);
  });

  it.each([
    '',
    'not-base64!',
    encodeCursor(['a']),
    Buffer.from('{"a":1}').toString('base64url'),
    'x'.repeat(600),
    // Well-formed, but values that PostgreSQL would refuse: must be BAD_USER_INPUT, never a 500.
    encodeCursor(['x', 'y']),
    encodeCursor(['2026-13-45T00:00:00Z', '4a0e1f0c-0000-4000-8000-000000000000']),
    encodeCursor(['2026-01-01T00:00:00.000Z', 'not-a-uuid']),
    // Impossible or absurd instants that Date.parse accepts and PostgreSQL refuses (or stores).
    encodeCursor(['2026-02-30T00:00:00.000Z', '4a0e1f0c-0000-4000-8000-000000000000']),
    encodeCursor(['2026-04-31T23:59:59Z', '4a0e1f0c-0000-4000-8000-000000000000']),
    encodeCursor(['0000-01-01T00:00:00.000Z', '4a0e1f0c-0000-4000-8000-000000000000']),
    // Wrong types in each position.
    Buffer.from(JSON.stringify(['v1', 20260101, '4a0e1f0c-0000-4000-8000-000000000000'])).toString('base64url'),
    Buffer.from(JSON.stringify(['v1', null, {}])).toString('base64url'),
    Buffer.from(JSON.stringify(['v1', ['2026-01-01T00:00:00Z'], 'x'])).toString('base64url'),
    // Not base64url at all, or base64url of something that is not JSON.
    '////',
    'eyJ2MSI',
    Buffer.from([0xff, 0xfe, 0x00]).toString('base64url'),
  ])('refuses %p as BAD_USER_INPUT', (cursor) => {
    expect(() => decodeCursor(cursor, ['timestamp', 'uuid'])).toThrow(DomainError);
    try {
      decodeCursor(cursor, ['timestamp', 'uuid']);
    } catch (error) {
      expect((error as DomainError).code).toBe('BAD_USER_INPUT');
    }
  });

  it.each([
    encodeCursor(['2023-02-29', '4a0e1f0c-0000-4000-8000-000000000000']),
    encodeCursor(['0000-01-01', '4a0e1f0c-0000-4000-8000-000000000000']),
    encodeCursor(['275760-01-01', '4a0e1f0c-0000-4000-8000-000000000000']),
  ])('refuses impossible calendar days in a date cursor: %p', (cursor) => {
    expect(() => decodeCursor(cursor, ['date', 'uuid'])).toThrow(DomainError);
  });

  it('reads sequence numbers as digits or safe integers only', () => {
    expect(decodeCursor(encodeCursor(['42']), ['int'])).toEqual(['42']);
    expect(decodeCursor(encodeCursor([42]), ['int'])).toEqual([42]);
    for (const bad of [-1, 1.5, 1e21, '1e3', '9'.repeat(19)]) {
      expect(() => decodeCursor(encodeCursor([bad]), ['int'])).toThrow(DomainError);
    }
  });
});
