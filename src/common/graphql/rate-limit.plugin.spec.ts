import { FixedWindowLimiter, rateLimited, retryAfterOf } from './rate-limit.plugin.js';

describe('FixedWindowLimiter', () => {
  it('allows the limit per window and per key, then refuses until the window ends', () => {
    const limiter = new FixedWindowLimiter(3, 1000);
    expect([1, 2, 3, 4].map(() => limiter.hit('a', 0))).toEqual([true, true, true, false]);
    expect(limiter.hit('b', 10)).toBe(true);
    expect(limiter.hit('a', 999)).toBe(false);
    expect(limiter.hit('a', 1000)).toBe(true);
  });

  it('tells how many whole seconds are left in a key’s window', () => {
    const limiter = new FixedWindowLimiter(1, 60_000);
    limiter.hit('a', 10_000);
    expect(limiter.retryAfterSeconds('a', 10_000)).toBe(60);
    expect(limiter.retryAfterSeconds('a', 49_500)).toBe(21);
    expect(limiter.retryAfterSeconds('a', 69_999)).toBe(1);
    expect(limiter.retryAfterSeconds('unknown', 0)).toBe(1);
  });
});

describe('retryAfterOf', () => {
  it('is the longest wait among RATE_LIMITED errors, and nothing without one', () => {
    const errors = [
      { extensions: { code: 'UNAUTHENTICATED' } },
      { extensions: rateLimited('x', 12.2).extensions },
      { extensions: rateLimited('y', 40).extensions },
    ];
    expect(retryAfterOf(errors)).toBe(40);
    expect(retryAfterOf([{ extensions: { code: 'RATE_LIMITED' } }])).toBe(1);
    expect(retryAfterOf([{ extensions: { code: 'BAD_USER_INPUT' } }])).toBeUndefined();
    expect(retryAfterOf(undefined)).toBeUndefined();
  });
});
