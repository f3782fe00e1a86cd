import { dateFormatter, dateTimeInWords } from './dates-in-words.js';

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

  it('writes an instant in words for a mail, on the clocks of the zone it names', () => {
    const deadline = new Date('2026-12-20T23:59:00Z');
    expect(dateTimeInWords(deadline, 'en')).toBe('20 December 2026 at 23:59');
    expect(dateTimeInWords(deadline, 'fr')).toBe('20 décembre 2026 à 23:59');
    // Midnight is 00:00, never 24:00; the first of the month is "1er" in French.
    const newYear = new Date('2026-12-31T23:00:00Z');
    expect(dateTimeInWords(newYear, 'en', 'Europe/Paris')).toBe('1 January 2027 at 00:00');
    expect(dateTimeInWords(newYear, 'fr', 'Europe/Paris')).toBe('1er janvier 2027 à 00:00');
  });
});
