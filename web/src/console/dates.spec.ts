import { dayOrToday } from './dates.js';

describe('dayOrToday', () => {
  it('keeps a day typed, and gives the reader’s today for a day left empty or not a day', () => {
    expect(dayOrToday('2026-03-01', '2026-03-04')).toBe('2026-03-01');
    expect(dayOrToday('', '2026-03-04')).toBe('2026-03-04');
    expect(dayOrToday('2026-02-30', '2026-03-04')).toBe('2026-03-04');
  });
});
