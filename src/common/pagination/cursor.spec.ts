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
  ])('refuses %p as BAD_USER_INPUT', (cursor) => {
    expect(() => decodeCursor(cursor, ['timestamp', 'uuid'])).toThrow(DomainError);
    try {
      decodeCursor(cursor, ['timestamp', 'uuid']);
    } catch (error) {
      expect((error as DomainError).code).toBe('BAD_USER_INPUT');
    }
  });
});
