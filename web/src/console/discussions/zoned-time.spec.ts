import { instantOf, localOf } from './zoned-time.js';

describe('wall-clock times in the zone where a discussion is held', () => {
  it('turns a local time into its instant, summer time included', () => {
    expect(instantOf('2030-07-01T18:00', 'Europe/Amsterdam')?.toISOString()).toBe('2030-07-01T16:00:00.000Z');
    expect(instantOf('2030-01-15T18:00', 'Europe/Amsterdam')?.toISOString()).toBe('2030-01-15T17:00:00.000Z');
    expect(instantOf('2030-09-10T09:30', 'America/New_York')?.toISOString()).toBe('2030-09-10T13:30:00.000Z');
    expect(instantOf('2030-03-01T09:00', 'Asia/Kolkata')?.toISOString()).toBe('2030-03-01T03:30:00.000Z');
    expect(instantOf('2030-03-01T09:00', 'UTC')?.toISOString()).toBe('2030-03-01T09:00:00.000Z');
  });

  it('round-trips with the local time the API reports', () => {
    for (const zone of ['Europe/Amsterdam', 'Africa/Nairobi', 'America/Sao_Paulo', 'Pacific/Auckland']) {
      const instant = instantOf('2030-10-27T02:30', zone);
      if (instant) expect(localOf(instant, zone)).toBe('2030-10-27T02:30');
    }
  });

  it('refuses a time the clocks skip, a day that does not exist, junk and unknown zones', () => {
    // Amsterdam goes from 02:00 to 03:00 on the last Sunday of March.
    expect(instantOf('2030-03-31T02:30', 'Europe/Amsterdam')).toBeNull();
    expect(instantOf('2030-02-30T10:00', 'Europe/Amsterdam')).toBeNull();
    expect(instantOf('2030-01-01T25:00', 'Europe/Amsterdam')).toBeNull();
    expect(instantOf('tomorrow', 'Europe/Amsterdam')).toBeNull();
    expect(instantOf('2030-01-01T10:00', 'Mars/Olympus_Mons')).toBeNull();
  });
});
