import { ConnectionLimiter } from './ws-limits.js';

describe('ConnectionLimiter', () => {
  it('holds each address to its limit, and gives a slot back when a connection closes', () => {
    const limiter = new ConnectionLimiter(2);
    expect([limiter.acquire('a'), limiter.acquire('a'), limiter.acquire('a')]).toEqual([true, true, false]);
    expect(limiter.acquire('b')).toBe(true);
    limiter.release('a');
    expect(limiter.acquire('a')).toBe(true);
    expect(limiter.count('a')).toBe(2);
  });

  it('forgets an address with nothing open', () => {
    const limiter = new ConnectionLimiter(1);
    limiter.acquire('a');
    limiter.release('a');
    limiter.release('a');
    expect(limiter.count('a')).toBe(0);
    expect(limiter.acquire('a')).toBe(true);
  });
});
