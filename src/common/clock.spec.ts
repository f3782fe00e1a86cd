import { latestDayBegun } from './clock.js';

describe('latestDayBegun', () => {
  it.each([
    ['2026-12-01T00:00:00.000Z', '2026-12-01'],
    ['2026-12-01T09:59:59.999Z', '2026-12-01'],
    // 10:00 UTC is midnight in UTC+14 (Kiribati): the next day has begun there.
    ['2026-12-01T10:00:00.000Z', '2026-12-02'],
    ['2026-12-01T23:30:00.000Z', '2026-12-02'],
    ['2026-12-31T12:00:00.000Z', '2027-01-01'],
  ])('at %s is %s', (now, day) => {
    expect(latestDayBegun(new Date(now))).toBe(day);
  });
});
