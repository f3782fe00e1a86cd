import {
  BACKOFF_AFTER_FAILURES,
  BACKOFF_BASE_SECONDS,
  BACKOFF_MAX_SECONDS,
  backoffSeconds,
  secondsUntil,
  windowStart,
} from './sign-in-throttle.rules.js';

describe('sign-in throttle rules', () => {
  it('puts instants in fixed one-minute windows', () => {
    expect(windowStart(new Date('2031-05-01T10:00:59.999Z')).toISOString()).toBe('2031-05-01T10:00:00.000Z');
    expect(windowStart(new Date('2031-05-01T10:01:00.000Z')).toISOString()).toBe('2031-05-01T10:01:00.000Z');
  });

  it('rounds the wait up to whole seconds, never below one', () => {
    const now = new Date('2031-05-01T10:00:20.500Z');
    expect(secondsUntil(new Date('2031-05-01T10:01:00Z'), now)).toBe(40);
    expect(secondsUntil(now, now)).toBe(1);
  });

  it('waits nothing before the threshold, then doubles up to the cap', () => {
    const waits = Array.from({ length: 12 }, (_, i) => backoffSeconds(i + 1));
    expect(waits.slice(0, BACKOFF_AFTER_FAILURES - 1).every((w) => w === 0)).toBe(true);
    expect(waits[BACKOFF_AFTER_FAILURES - 1]).toBe(BACKOFF_BASE_SECONDS);
    expect(waits[BACKOFF_AFTER_FAILURES]).toBe(2 * BACKOFF_BASE_SECONDS);
    for (let i = 1; i < waits.length; i += 1) expect(waits[i]).toBeGreaterThanOrEqual(waits[i - 1] ?? 0);
    expect(backoffSeconds(1_000_000)).toBe(BACKOFF_MAX_SECONDS);
  });
});
