import { ConfigError, loadConfig } from './app-config.js';
import { parseTrustProxy } from './trust-proxy.js';

describe('TRUST_PROXY', () => {
  it('trusts no proxy by default: the client address is the socket’s', () => {
    expect(loadConfig({ JWT_SECRET: 'x'.repeat(40) }).trustProxy).toBe(false);
    for (const raw of [undefined, '', ' ', 'none', 'false', '0']) expect(parseTrustProxy(raw)).toBe(false);
  });

  it.each([
    ['loopback', ['loopback']],
    ['1', 1],
    ['2', 2],
    ['10.0.0.1', ['10.0.0.1']],
    ['loopback, 10.0.0.0/8, fd00::/8', ['loopback', '10.0.0.0/8', 'fd00::/8']],
    ['LinkLocal,UniqueLocal', ['linklocal', 'uniquelocal']],
  ])('accepts %p as express does', (raw, expected) => {
    expect(parseTrustProxy(raw)).toEqual(expected);
  });

  it.each([
    'true',
    'yes',
    '10.0.0.0/33',
    '::1/129',
    '10.0.0.1/8/1',
    '300.1.1.1',
    'loopback,,',
    '11',
    'proxy.example.org',
  ])('refuses %p with a ConfigError naming TRUST_PROXY', (raw) => {
    let error: unknown;
    try {
      loadConfig({ JWT_SECRET: 'x'.repeat(40), TRUST_PROXY: raw });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe('TRUST_PROXY');
  });
});
