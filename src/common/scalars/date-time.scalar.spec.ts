import { GraphQLError, Kind } from 'graphql';
import { DateTimeScalar, parseInstant } from './date-time.scalar.js';

describe('DateTime', () => {
  it.each([
    ['2026-03-01T09:30:00Z', '2026-03-01T09:30:00.000Z'],
    ['2026-03-01T10:30:00+01:00', '2026-03-01T09:30:00.000Z'],
    ['2026-03-01T00:30:00-09:30', '2026-03-01T10:00:00.000Z'],
    ['2024-02-29T23:59:59.999Z', '2024-02-29T23:59:59.999Z'],
    ['2026-01-01T00:00:00.123456789Z', '2026-01-01T00:00:00.123Z'],
    ['1900-01-01T00:00:00Z', '1900-01-01T00:00:00.000Z'],
    ['2200-12-31T23:59:59Z', '2200-12-31T23:59:59.000Z'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseInstant(text)?.toISOString()).toBe(iso);
    expect(DateTimeScalar.parseValue(text)).toEqual(new Date(iso));
  });

  it.each([
    '0000-01-01T00:00:00Z',
    '+275760-09-13T00:00:00.000Z',
    '-271821-04-20T00:00:00Z',
    '1899-12-31T23:59:59Z',
    '2201-01-01T00:00:00Z',
    // Inside the range as written, outside it once the offset is applied.
    '1900-01-01T00:00:00+01:00',
    '2026-02-30T00:00:00Z',
    '2026-04-31T00:00:00Z',
    '2026-01-01T24:00:00Z',
    '2026-01-01T12:60:00Z',
    '2026-01-01T12:00:60Z',
    '2026-01-01T12:00:00+24:00',
    '2026-01-01T12:00:00', // no offset: would depend on the server's zone
    '2026-01-01T12:00Z', // no seconds
    '2026-01-01',
    '2026-01-01 12:00:00Z',
    'yesterday',
    '',
  ])('refuses %p', (text) => {
    expect(parseInstant(text)).toBeNull();
    expect(() => DateTimeScalar.parseValue(text)).toThrow(GraphQLError);
  });

  it.each([0, 1e20, null, {}, [], true])('refuses the non-string %p as BAD_USER_INPUT', (value) => {
    try {
      DateTimeScalar.parseValue(value);
      throw new Error('accepted');
    } catch (error) {
      expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses literals that are not strings', () => {
    expect(() => DateTimeScalar.parseLiteral({ kind: Kind.INT, value: '0' })).toThrow(GraphQLError);
  });

  it('answers in UTC with milliseconds', () => {
    expect(DateTimeScalar.serialize(new Date('2026-03-01T10:30:00+01:00'))).toBe('2026-03-01T09:30:00.000Z');
    expect(() => DateTimeScalar.serialize(new Date(NaN))).toThrow(GraphQLError);
  });
});
