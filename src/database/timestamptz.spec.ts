import fc from 'fast-check';
import pg from 'pg';
import { createDataSource } from './data-source.js';
import { parseTimestamptz, pgTypes } from './timestamptz.js';

/** pg's own parser (postgres-date), the oracle. */
const pgParse = pg.types.getTypeParser(1184, 'text') as (text: string) => Date | number | null;

const same = (text: string): void => {
  const ours = parseTimestamptz(text);
  const theirs = pgParse(text);
  const value = (v: Date | number | null): number | null => (v instanceof Date ? v.getTime() : v);
  expect({ text, value: value(ours) }).toEqual({ text, value: value(theirs) });
};

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** A timestamptz written as PostgreSQL writes it: fraction without trailing zeros, offset as short as it can be. */
const written = fc
  .record({
    year: fc.integer({ min: 100, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.integer({ min: 0, max: 59 }),
    micros: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 999_999 })),
    offsetSign: fc.constantFrom('+', '-'),
    offsetHours: fc.integer({ min: 0, max: 15 }),
    offsetMinutes: fc.constantFrom(0, 30, 45, 17),
    offsetSeconds: fc.constantFrom(0, 0, 28),
  })
  .map((t) => {
    const fraction = t.micros === 0 ? '' : `.${pad(t.micros, 6).replace(/0+$/, '')}`;
    let offset = `${t.offsetSign}${pad(t.offsetHours, 2)}`;
    if (t.offsetMinutes || t.offsetSeconds) offset += `:${pad(t.offsetMinutes, 2)}`;
    if (t.offsetSeconds) offset += `:${pad(t.offsetSeconds, 2)}`;
    return `${pad(t.year, 4)}-${pad(t.month, 2)}-${pad(t.day, 2)} ${pad(t.hour, 2)}:${pad(t.minute, 2)}:${pad(t.second, 2)}${fraction}${offset}`;
  });

describe('reading a timestamptz', () => {
  it('gives the instant pg’s own parser gives, for every text PostgreSQL writes', () => {
    fc.assert(fc.property(written, same), { numRuns: 5000 });
  });

  it('reads the milliseconds from the first three digits of any fraction', () => {
    expect((parseTimestamptz('2026-12-01 13:44:04.5+00') as Date).toISOString()).toBe('2026-12-01T13:44:04.500Z');
    expect((parseTimestamptz('2026-12-01 13:44:04.05+00') as Date).toISOString()).toBe('2026-12-01T13:44:04.050Z');
    expect((parseTimestamptz('2026-12-01 13:44:04.123999+00') as Date).toISOString()).toBe('2026-12-01T13:44:04.123Z');
    expect((parseTimestamptz('2026-12-01 13:44:04+05:30') as Date).toISOString()).toBe('2026-12-01T08:14:04.000Z');
    expect((parseTimestamptz('1890-01-01 00:00:00-00:53:28') as Date).toISOString()).toBe('1890-01-01T00:53:28.000Z');
  });

  it('leaves every other shape to pg’s parser: infinity, BC, early and far years, odd offsets', () => {
    for (const text of [
      'infinity',
      '-infinity',
      '0044-03-15 12:00:00+00 BC',
      '0099-12-31 23:59:59+00',
      '0001-01-01 00:00:00+00',
      '12345-01-01 00:00:00+00',
      '2026-12-01 13:44:04.+00',
      '2026-12-01 13:44:04Z',
      '2026-12-01 13:44:04+0530',
      '2026-12-01 13:44:04+05:3',
      '2026-12-01 13:44:04.12x+00',
      '2026-12-01T13:44:04+00',
    ]) {
      same(text);
    }
  });

  it('is what the application’s connections use for timestamptz, and only for it', () => {
    const types = pgTypes();
    expect(types.getTypeParser(1184, 'text')).toBe(parseTimestamptz);
    expect(types.getTypeParser(1184)).toBe(parseTimestamptz);
    expect(types.getTypeParser(1114, 'text')).toBe(pg.types.getTypeParser(1114, 'text'));
    expect(types.getTypeParser(1184, 'binary')).toBe(pg.types.getTypeParser(1184, 'binary'));
    // The one data source gives its pool these types (TypeORM passes `extra` to pg's Pool).
    const extra = (createDataSource('postgres://nobody@127.0.0.1:1/none').options as { extra?: { types?: unknown } })
      .extra;
    expect((extra?.types as ReturnType<typeof pgTypes>).getTypeParser(1184, 'text')).toBe(parseTimestamptz);
  });
});
