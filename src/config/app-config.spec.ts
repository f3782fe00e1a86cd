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

  describe('in production, refuses the defaults only safe on a laptop, naming the setting', () => {
    const production = {
      NODE_ENV: 'production',
      JWT_SECRET: secret,
      DATABASE_URL: 'postgres://icc_app:pw@db.example.org/icc',
      PUBLIC_URL: 'https://vetting.example.org',
      MAIL_REPLY_TO: 'elections@example.org',
    };
    const without = (name: keyof typeof production) => {
      const env: Record<string, string> = { ...production };
      delete env[name];
      return env;
    };
    const refusal = (env: Record<string, string>): ConfigError => {
      try {
        loadConfig(env);
      } catch (error) {
        if (error instanceof ConfigError) return error;
        throw error;
      }
      throw new Error('expected a ConfigError');
    };

    it('accepts a complete configuration', () => {
      expect(loadConfig(production)).toMatchObject({ nodeEnv: 'production', migrateOnStart: false });
    });

    it("takes MAIL_FROM as the team's address when it is a real one and MAIL_REPLY_TO is not set", () => {
      expect(
        loadConfig({ ...without('MAIL_REPLY_TO'), MAIL_FROM: 'ICC elections <elections@example.org>' }),
      ).toMatchObject({
        mailFrom: 'ICC elections <elections@example.org>',
        mailReplyTo: undefined,
        teamAddress: 'elections@example.org',
      });
    });

    it.each([
      [without('JWT_SECRET'), 'JWT_SECRET'],
      [without('DATABASE_URL'), 'DATABASE_URL'],
      [{ ...without('DATABASE_URL'), EMBEDDED_DATABASE: 'yes' }, 'EMBEDDED_DATABASE'],
      [without('PUBLIC_URL'), 'PUBLIC_URL'],
      [{ ...production, PUBLIC_URL: 'http://localhost:3000' }, 'PUBLIC_URL'],
      [{ ...production, PUBLIC_URL: 'http://127.0.0.1:8080' }, 'PUBLIC_URL'],
      [{ ...production, PUBLIC_URL: 'http://app.localhost' }, 'PUBLIC_URL'],
      [without('MAIL_REPLY_TO'), 'MAIL_REPLY_TO'],
      [{ ...without('MAIL_REPLY_TO'), MAIL_FROM: 'ICC vetting platform <no-reply@localhost>' }, 'MAIL_REPLY_TO'],
      [{ ...production, MAIL_REPLY_TO: 'Elections <elections@mail.localhost>' }, 'MAIL_REPLY_TO'],
    ])('%p: %s', (env, variable) => {
      const error = refusal(env);
      expect(error.variable).toBe(variable);
      expect(error.message).toContain(variable);
    });

    it('writes no generated JWT secret when refusing', () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'icc-config-'));
      refusal({ ...without('JWT_SECRET'), DATA_DIR: dataDir });
      expect(() => readFileSync(join(dataDir, 'jwt-secret'))).toThrow();
    });

    it('runs on the embedded database when told out loud (EMBEDDED_DATABASE=allow), migrating at start', () => {
      expect(loadConfig({ ...without('DATABASE_URL'), EMBEDDED_DATABASE: 'allow' })).toMatchObject({
        databaseUrl: undefined,
        migrateOnStart: true,
      });
    });
  });

  it('MIGRATE_ON_START: on by default, except with DATABASE_URL in production; explicit either way', () => {
    expect(loadConfig({ JWT_SECRET: secret }).migrateOnStart).toBe(true);
    expect(loadConfig({ JWT_SECRET: secret, DATABASE_URL: 'postgres://a@b/c' }).migrateOnStart).toBe(true);
    expect(loadConfig({ JWT_SECRET: secret, MIGRATE_ON_START: 'false' }).migrateOnStart).toBe(false);
    expect(errorOf({ MIGRATE_ON_START: 'maybe' }).variable).toBe('MIGRATE_ON_START');
  });

  it('reads the database settings, with defaults, and refuses nonsense naming the setting', () => {
    expect(loadConfig({ JWT_SECRET: secret }).database).toEqual({
      poolSize: 10,
      statementTimeoutMs: 30_000,
      idleInTransactionTimeoutMs: 60_000,
    });
    expect(
      loadConfig({
        JWT_SECRET: secret,
        DATABASE_POOL_SIZE: '25',
        DATABASE_STATEMENT_TIMEOUT_MS: '0',
        DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: '5000',
      }).database,
    ).toEqual({ poolSize: 25, statementTimeoutMs: 0, idleInTransactionTimeoutMs: 5000 });
    for (const name of [
      'DATABASE_POOL_SIZE',
      'DATABASE_STATEMENT_TIMEOUT_MS',
      'DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS',
    ]) {
      expect(errorOf({ [name]: '-1' }).variable).toBe(name);
    }
    expect(errorOf({ DATABASE_POOL_SIZE: '0' }).variable).toBe('DATABASE_POOL_SIZE');
  });

  it('METRICS_TOKEN (off without it, at least 16 characters) and LOG_LEVEL (error by default in tests)', () => {
    expect(loadConfig({ JWT_SECRET: secret }).metricsToken).toBeUndefined();
    expect(errorOf({ METRICS_TOKEN: 'short' }).variable).toBe('METRICS_TOKEN');
    expect(loadConfig({ JWT_SECRET: secret }).logLevel).toBe('info');
    expect(loadConfig({ JWT_SECRET: secret, NODE_ENV: 'test' }).logLevel).toBe('error');
    expect(errorOf({ LOG_LEVEL: 'loud' }).variable).toBe('LOG_LEVEL');
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
