import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config.js';

const secret = 'x'.repeat(40);

function errorOf(env: Record<string, string>): ConfigError {
  try {
    loadConfig({ JWT_SECRET: secret, ...env });
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('applies defaults', () => {
    const config = loadConfig({ JWT_SECRET: secret });
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.nodeEnv).toBe('development');
    expect(config.jwtTtlSeconds).toBe(28800);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x@y/z' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ ADMIN_EMAIL: 'a@b.org' }, 'ADMIN_PASSWORD'],
    [{ ADMIN_EMAIL: 'nope', ADMIN_PASSWORD: 'long enough password' }, 'ADMIN_EMAIL'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ LOG_SQL: 'yes' }, 'LOG_SQL'],
    [{ MAIL_REPLY_TO: 'elections team' }, 'MAIL_REPLY_TO'],
    [{ MAIL_REPLY_TO: 'Team <not an address>' }, 'MAIL_REPLY_TO'],
    [{ MAIL_REPLY_TO: 'a@b.org\r\nBcc: x@y.org' }, 'MAIL_REPLY_TO'],
  ])('refuses %p naming %s', (env, variable) => {
    const error = errorOf(env);
    expect(error.variable).toBe(variable);
    expect(error.message).toContain(variable);
  });

  it("defaults PUBLIC_URL to the server's own address and port", () => {
    expect(loadConfig({ JWT_SECRET: secret }).publicUrl).toBe('http://localhost:3000');
    expect(loadConfig({ JWT_SECRET: secret, PORT: '8081' }).publicUrl).toBe('http://localhost:8081');
    expect(loadConfig({ JWT_SECRET: secret, PORT: '8081', PUBLIC_URL: 'https://vetting.example.org/' }).publicUrl).toBe(
      'https://vetting.example.org',
    );
  });

  it('reads MAIL_REPLY_TO, bare or with a display name', () => {
    expect(loadConfig({ JWT_SECRET: secret }).mailReplyTo).toBeUndefined();
    expect(loadConfig({ JWT_SECRET: secret, MAIL_REPLY_TO: 'elections@icc.example' }).mailReplyTo).toBe(
      'elections@icc.example',
    );
    expect(loadConfig({ JWT_SECRET: secret, MAIL_REPLY_TO: 'Elections <elections@icc.example>' }).mailReplyTo).toBe(
      'Elections <elections@icc.example>',
    );
  });

  it('generates a JWT secret once and keeps it in the data directory', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cfg-'));
    const first = loadConfig({ DATA_DIR: dataDir });
    const second = loadConfig({ DATA_DIR: dataDir });
    expect(first.jwtSecret.length).toBeGreaterThanOrEqual(48);
    expect(second.jwtSecret).toBe(first.jwtSecret);
    expect(readFileSync(join(dataDir, 'jwt-secret'), 'utf8')).toBe(first.jwtSecret);
  });
});
