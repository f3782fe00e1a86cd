import { FixedWindowLimiter } from './rate-limit.plugin.js';

describe('FixedWindowLimiter', () => {
  it('allows the limit per window and per key, then refuses until the window ends', () => {
    const limiter = new FixedWindowLimiter(3, 1000);
    expect([1, 2, 3, 4].map(() => limiter.hit('a', 0))).toEqual([true, true, true, false]);
    expect(limiter.hit('b', 10)).toBe(true);
    expect(limiter.hit('a', 999)).toBe(false);
    expect(limiter.hit('a', 1000)).toBe(true);
  });
});
