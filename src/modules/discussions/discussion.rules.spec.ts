import { isHttpsUrl, isTimeZone, localDateTime } from './discussion.rules.js';

describe('discussion rules', () => {
  it('knows IANA zone names, not offsets or made-up names', () => {
    expect(isTimeZone('Europe/Amsterdam')).toBe(true);
    expect(isTimeZone('America/Argentina/Buenos_Aires')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('+01:00')).toBe(false);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    expect(isTimeZone(42)).toBe(false);
  });

  it('takes https links only', () => {
    expect(isHttpsUrl('https://example.org/live?id=1')).toBe(true);
    expect(isHttpsUrl('http://example.org/')).toBe(false);
    expect(isHttpsUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpsUrl('https://user:pw@example.org/')).toBe(false);
    expect(isHttpsUrl('https://exa mple.org/')).toBe(false);
    expect(isHttpsUrl('not a url')).toBe(false);
  });

  it('shows an instant as the local time where it is held, summer time included', () => {
    expect(localDateTime(new Date('2030-07-01T16:00:00Z'), 'Europe/Amsterdam')).toBe('2030-07-01T18:00');
    expect(localDateTime(new Date('2030-01-01T16:00:00Z'), 'Europe/Amsterdam')).toBe('2030-01-01T17:00');
    expect(localDateTime(new Date('2030-01-01T02:30:00Z'), 'America/New_York')).toBe('2029-12-31T21:30');
  });
});
