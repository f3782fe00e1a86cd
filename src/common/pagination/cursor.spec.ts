import { DomainError } from '../errors.js';
import { decodeCursor, encodeCursor } from './cursor.js';

describe('cursor', () => {
  it('round-trips sort keys', () => {
    const values = ['2026-01-01T00:00:00.123Z', '4a0e1f0c-0000-4000-8000-000000000000'];
    expect(decodeCursor(encodeCursor(values), 2)).toEqual(values);
  });

  it.each(['', 'not-base64!', encodeCursor(['a']), Buffer.from('{"a":1}').toString('base64url'), 'x'.repeat(600)])(
    'refuses %p as BAD_USER_INPUT',
    (cursor) => {
      expect(() => decodeCursor(cursor, 2)).toThrow(DomainError);
      try {
        decodeCursor(cursor, 2);
      } catch (error) {
        expect((error as DomainError).code).toBe('BAD_USER_INPUT');
      }
    },
  );
});
