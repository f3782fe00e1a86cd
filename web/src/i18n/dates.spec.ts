import { dateFormatter } from './dates.js';

const LONG = { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' } as const;

describe('dates in the reader’s language', () => {
  it('writes English dates day first, with a 24-hour clock', () => {
    expect(dateFormatter('en', LONG)(new Date('2026-12-01T00:00:00Z'))).toBe('1 December 2026');
    const withTime = dateFormatter('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
    expect(withTime(new Date('2026-12-15T14:05:00Z'))).toBe('15 Dec 2026, 14:05');
  });

  it('writes the first of the month as an ordinal in French, only where the month is a word', () => {
    const long = dateFormatter('fr', LONG);
    expect(long(new Date('2026-12-01T00:00:00Z'))).toBe('1er décembre 2026');
    expect(long(new Date('2026-12-11T00:00:00Z'))).toBe('11 décembre 2026');
    expect(long(new Date('2026-12-21T00:00:00Z'))).toBe('21 décembre 2026');
    const full = dateFormatter('fr', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Paris' });
    expect(full(new Date('2027-01-01T17:00:00Z'))).toBe('vendredi 1er janvier 2027 à 18:00');
    const numeric = dateFormatter('fr', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' });
    expect(numeric(new Date('2026-12-01T00:00:00Z'))).toBe('01/12/2026');
  });
});
