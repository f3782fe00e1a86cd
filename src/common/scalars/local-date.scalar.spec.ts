import { addDays, daysBetween, isLocalDate } from './local-date.scalar.js';

describe('local dates', () => {
  it.each(['2023-02-28', '2024-02-29', '2026-12-31'])('accepts %s', (value) => {
    expect(isLocalDate(value)).toBe(true);
  });

  it.each(['2023-02-29', '2023-13-01', '2023-1-1', '20230101', '2023-01-01T00:00:00Z', '1899-12-31', ''])(
    'refuses %s',
    (value) => {
      expect(isLocalDate(value)).toBe(false);
    },
  );

  it('adds days across months and leap years', () => {
    expect(addDays('2024-02-20', 14)).toBe('2024-03-05');
    expect(daysBetween('2024-02-20', '2024-03-05')).toBe(14);
  });
});
