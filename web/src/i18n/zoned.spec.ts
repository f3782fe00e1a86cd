import { zonedDateTime } from './zoned.js';

describe('an instant where it is held', () => {
  it('names the zone as people say it, in the reader’s language, and the place, not the identifier', () => {
    const winter = zonedDateTime('2027-01-15T17:00:00Z', 'Europe/Amsterdam', 'fr');
    expect(winter.when).toBe('vendredi 15 janvier 2027 à 18:00');
    expect(winter.zone).toBe('heure normale d’Europe centrale');
    expect(winter.city).toBe('Amsterdam');
    // Summer time on a summer day.
    expect(zonedDateTime('2027-07-15T17:00:00Z', 'Europe/Amsterdam', 'fr').zone).toBe('heure d’été d’Europe centrale');
    const english = zonedDateTime('2027-01-15T17:00:00Z', 'America/New_York', 'en');
    expect(english).toEqual({
      when: 'Friday, 15 January 2027 at 12:00',
      zone: 'Eastern Standard Time',
      city: 'New York',
    });
  });
});
