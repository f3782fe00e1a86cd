import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseTrustProxy, type TrustProxy } from './trust-proxy.js';

/** Typed, validated configuration. Read once at boot; a bad value stops the process. */
export interface AppConfig {
  readonly nodeEnv: 'development' | 'test' | 'production';
  readonly port: number;
  /** External PostgreSQL; when absent an embedded server is started from `dataDir`. */
  readonly databaseUrl: string | undefined;
  /**
   * The schema owner, for migrations, when DATABASE_URL is a plain role that owns nothing (so the app
   * cannot disable the audit log's triggers); its rights are granted after each migration.
   */
  readonly databaseMigrationUrl: string | undefined;
  readonly dataDir: string;
  readonly jwtSecret: string;
  readonly jwtTtlSeconds: number;
  readonly adminEmail: string | undefined;
  readonly adminPassword: string | undefined;
  readonly logSql: boolean;
  /** Requests per minute per client address, and sign-in attempts (login, invitation exchange). */
  readonly rateLimitPerMinute: number;
  readonly signInRateLimitPerMinute: number;
  /** WebSocket (graphql-ws) limits: open sockets per client address, subscriptions per socket. */
  readonly wsConnectionsPerAddress: number;
  readonly wsSubscriptionsPerConnection: number;
  /** Events waiting for one slow subscriber before its subscription is ended. */
  readonly subscriberQueueLimit: number;
  /** Proxies trusted to report the client's address (X-Forwarded-For); false: none, the socket's address. */
  readonly trustProxy: TrustProxy;
  /** SMTP server for outgoing mail; without it, messages are written as .eml files under dataDir/mail. */
  readonly smtpUrl: string | undefined;
  readonly mailFrom: string;
  /** Where nominees' replies go (MAIL_REPLY_TO): the elections team, since MAIL_FROM may be a no-reply address. */
  readonly mailReplyTo: string | undefined;
  /** Whom nominees write to (the nominee's page gives it): MAIL_REPLY_TO, else MAIL_FROM, without a display name. */
  readonly teamAddress: string;
  /** Public address of the nominees' web client, used in invitation links; default http://localhost:PORT. */
  readonly publicUrl: string;
  /** How often the outbox sender looks for due mail; 0 turns the background sender off. */
  readonly mailPollMs: number;
  /** Days before a nominee's deadline when a reminder goes out by itself, once each. */
  readonly reminderDays: readonly number[];
  /** Serve the GraphQL explorer at /explorer (and GET /graphql from a browser). */
  readonly enableExplorer: boolean;
  /**
   * Apply pending migrations at start (under the migration lock). Default: on, except with DATABASE_URL
   * in production, where `npm run migrate` runs once per deployment and a start with pending migrations
   * is refused.
   */
  readonly migrateOnStart: boolean;
  /** The application's connections (per instance), and the limits PostgreSQL enforces on each. */
  readonly database: DatabaseSettings;
  /** Bearer token that opens /metrics; without it /metrics answers 404. */
  readonly metricsToken: string | undefined;
  /** Lowest level logged (LOG_LEVEL): error, warn, info, debug or verbose; tests default to error. */
  readonly logLevel: LogLevel;
  /**
   * On SIGTERM, how long /health/ready answers 503 before the server stops taking requests, so a load
   * balancer stops sending new ones first.
   */
  readonly shutdownDelayMs: number;
}

export interface DatabaseSettings {
  /** Connections in the application's pool (DATABASE_POOL_SIZE), per instance. */
  readonly poolSize: number;
  /** statement_timeout for the application's sessions; 0: none. */
  readonly statementTimeoutMs: number;
  /** idle_in_transaction_session_timeout for the application's sessions; 0: none. */
  readonly idleInTransactionTimeoutMs: number;
}

export type LogLevel = 'error' | 'warn' | 'info' | 'debug' | 'verbose';
const LOG_LEVELS: readonly LogLevel[] = ['error', 'warn', 'info', 'debug', 'verbose'];

export const APP_CONFIG = Symbol('APP_CONFIG');

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`Invalid configuration: ${variable} ${message}`);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

function nonEmpty(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = nonEmpty(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) {
    throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  }
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = nonEmpty(env, name);
  if (raw === undefined) return fallback;
  if (raw !== 'true' && raw !== 'false') throw new ConfigError(name, `must be true or false, got "${raw}"`);
  return raw === 'true';
}

function databaseUrl(env: Env, name = 'DATABASE_URL'): string | undefined {
  const raw = nonEmpty(env, name);
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, 'is not a URL (expected postgres://user:pass@host:port/db)');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(name, `must use postgres:// or postgresql://, got ${url.protocol}`);
  }
  return raw;
}

function databaseMigrationUrl(env: Env): string | undefined {
  const raw = databaseUrl(env, 'DATABASE_MIGRATION_URL');
  if (raw !== undefined && nonEmpty(env, 'DATABASE_URL') === undefined) {
    throw new ConfigError('DATABASE_MIGRATION_URL', 'must be set together with DATABASE_URL');
  }
  return raw;
}

function url(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = nonEmpty(env, name);
  if (raw === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, 'is not a URL');
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must use ${protocols.join(' or ')}, got ${parsed.protocol}`);
  }
  return raw.replace(/\/$/, '');
}

/** An e-mail address, bare or with a display name ("Elections team <elections@example.org>"). */
/** The address of "Display name <address>", or the address itself. */
function bareAddress(raw: string): string {
  return (/<([^<>]*)>\s*$/.exec(raw)?.[1] ?? raw).trim();
}

function mailAddress(env: Env, name: string): string | undefined {
  const raw = nonEmpty(env, name);
  if (raw === undefined) return undefined;
  const address = bareAddress(raw);
  if (!/^[^\s@<>",;]+@[^\s@<>",;]+\.[^\s@<>",;]+$/.test(address) || /[\r\n]/.test(raw)) {
    throw new ConfigError(name, `is not an e-mail address, got "${raw}"`);
  }
  return raw;
}

function reminderDays(env: Env): number[] {
  const raw = nonEmpty(env, 'REMINDER_DAYS') ?? '7,1';
  if (raw === 'none') return [];
  const days = raw.split(',').map((d) => d.trim());
  if (!days.every((d) => /^\d{1,2}$/.test(d) && Number(d) > 0)) {
    throw new ConfigError('REMINDER_DAYS', `must be days before the deadline, e.g. "7,1", or "none"; got "${raw}"`);
  }
  return [...new Set(days.map(Number))];
}

const LOCAL_HOSTS = /^(localhost|.*\.localhost|127(\.\d{1,3}){3}|\[::1?\]|0\.0\.0\.0)$/i;

/**
 * Production refuses the defaults that are only safe on a laptop, naming the setting to give: a JWT
 * secret of its own (each instance would otherwise sign with its own), a database of its own (unless
 * the embedded one is asked for out loud), the public address invitation links are built from, and
 * an address nominees can write to (the nominee's page and every mail give it).
 */
function refuseUnsafeProductionDefaults(env: Env, teamAddress: string): void {
  if (nonEmpty(env, 'JWT_SECRET') === undefined) {
    throw new ConfigError(
      'JWT_SECRET',
      'must be set in production: at least 32 random characters, the same on every instance (otherwise each instance signs tokens the others refuse)',
    );
  }
  const embedded = nonEmpty(env, 'EMBEDDED_DATABASE');
  if (embedded !== undefined && embedded !== 'allow') {
    throw new ConfigError('EMBEDDED_DATABASE', `must be "allow" or unset, got "${embedded}"`);
  }
  if (nonEmpty(env, 'DATABASE_URL') === undefined && embedded !== 'allow') {
    throw new ConfigError(
      'DATABASE_URL',
      'must be set in production (your PostgreSQL); to run on the embedded PostgreSQL in DATA_DIR on one machine anyway, set EMBEDDED_DATABASE=allow',
    );
  }
  const publicUrl = nonEmpty(env, 'PUBLIC_URL');
  if (publicUrl === undefined || LOCAL_HOSTS.test(new URL(publicUrl).hostname)) {
    throw new ConfigError(
      'PUBLIC_URL',
      `must be set in production to the address people reach the service at (invitation links are built from it), not localhost${publicUrl ? `; got "${publicUrl}"` : ''}`,
    );
  }
  if (LOCAL_HOSTS.test(teamAddress.split('@').pop() ?? '')) {
    throw new ConfigError(
      'MAIL_REPLY_TO',
      `must be set in production (or MAIL_FROM) to the elections team's address: nominees are told to write to it for help and their replies go there; got "${teamAddress}"`,
    );
  }
}

function logLevel(env: Env, nodeEnv: AppConfig['nodeEnv']): LogLevel {
  const raw = nonEmpty(env, 'LOG_LEVEL');
  if (raw === undefined) return nodeEnv === 'test' ? 'error' : 'info';
  const level = LOG_LEVELS.find((l) => l === raw);
  if (!level) throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  return level;
}

function metricsToken(env: Env): string | undefined {
  const token = nonEmpty(env, 'METRICS_TOKEN');
  if (token !== undefined && token.length < 16)
    throw new ConfigError('METRICS_TOKEN', 'must be at least 16 characters');
  return token;
}

/** Without JWT_SECRET a random secret is generated once and kept in the data directory. */
function jwtSecret(env: Env, dataDir: string): string {
  const given = nonEmpty(env, 'JWT_SECRET');
  if (given !== undefined) {
    if (given.length < 32) throw new ConfigError('JWT_SECRET', 'must be at least 32 characters');
    return given;
  }
  const file = resolve(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(48).toString('base64url');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnvRaw = nonEmpty(env, 'NODE_ENV') ?? 'development';
  if (nodeEnvRaw !== 'development' && nodeEnvRaw !== 'test' && nodeEnvRaw !== 'production') {
    throw new ConfigError('NODE_ENV', `must be development, test or production, got "${nodeEnvRaw}"`);
  }
  const dataDir = resolve(nonEmpty(env, 'DATA_DIR') ?? '.data');
  const adminEmail = nonEmpty(env, 'ADMIN_EMAIL');
  const adminPassword = nonEmpty(env, 'ADMIN_PASSWORD');
  if ((adminEmail === undefined) !== (adminPassword === undefined)) {
    throw new ConfigError(
      adminEmail === undefined ? 'ADMIN_EMAIL' : 'ADMIN_PASSWORD',
      'must be set together with ' + (adminEmail === undefined ? 'ADMIN_PASSWORD' : 'ADMIN_EMAIL'),
    );
  }
  if (adminEmail !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(adminEmail)) {
    throw new ConfigError('ADMIN_EMAIL', 'is not an e-mail address');
  }
  if (adminPassword !== undefined && adminPassword.length < 12) {
    throw new ConfigError('ADMIN_PASSWORD', 'must be at least 12 characters');
  }
  const logSqlRaw = nonEmpty(env, 'LOG_SQL') ?? 'false';
  if (logSqlRaw !== 'true' && logSqlRaw !== 'false') {
    throw new ConfigError('LOG_SQL', `must be true or false, got "${logSqlRaw}"`);
  }
  const trustProxy = parseTrustProxy(env.TRUST_PROXY);
  if (typeof trustProxy === 'object' && 'error' in trustProxy) throw new ConfigError('TRUST_PROXY', trustProxy.error);
  const external = databaseUrl(env);
  // Checked before anything is written (the generated JWT secret) and after PUBLIC_URL's own checks.
  url(env, 'PUBLIC_URL', ['http:', 'https:']);
  const mailFrom = nonEmpty(env, 'MAIL_FROM') ?? 'ICC vetting platform <no-reply@localhost>';
  const mailReplyTo = mailAddress(env, 'MAIL_REPLY_TO');
  const teamAddress = bareAddress(mailReplyTo ?? mailFrom);
  if (nodeEnvRaw === 'production') refuseUnsafeProductionDefaults(env, teamAddress);
  return {
    nodeEnv: nodeEnvRaw,
    port: integer(env, 'PORT', 3000, 1, 65535),
    databaseUrl: external,
    databaseMigrationUrl: databaseMigrationUrl(env),
    dataDir,
    jwtSecret: jwtSecret(env, dataDir),
    jwtTtlSeconds: integer(env, 'JWT_TTL_SECONDS', 8 * 3600, 60, 7 * 24 * 3600),
    adminEmail: adminEmail?.toLowerCase(),
    adminPassword,
    logSql: logSqlRaw === 'true',
    rateLimitPerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 600, 1, 1_000_000),
    signInRateLimitPerMinute: integer(env, 'SIGN_IN_RATE_LIMIT_PER_MINUTE', 10, 1, 1_000_000),
    wsConnectionsPerAddress: integer(env, 'WS_CONNECTIONS_PER_ADDRESS', 50, 1, 100_000),
    wsSubscriptionsPerConnection: integer(env, 'WS_SUBSCRIPTIONS_PER_CONNECTION', 20, 1, 10_000),
    subscriberQueueLimit: integer(env, 'SUBSCRIBER_QUEUE_LIMIT', 100, 1, 100_000),
    trustProxy,
    smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    mailFrom,
    mailReplyTo,
    teamAddress,
    // By default the server's own address and port, where it serves the nominees' page itself.
    publicUrl:
      url(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${integer(env, 'PORT', 3000, 1, 65535)}`,
    mailPollMs: integer(env, 'MAIL_POLL_MS', 5000, 0, 3_600_000),
    reminderDays: reminderDays(env),
    enableExplorer: boolean(env, 'ENABLE_EXPLORER', true),
    migrateOnStart: boolean(env, 'MIGRATE_ON_START', external === undefined || nodeEnvRaw !== 'production'),
    database: {
      poolSize: integer(env, 'DATABASE_POOL_SIZE', 10, 1, 1000),
      statementTimeoutMs: integer(env, 'DATABASE_STATEMENT_TIMEOUT_MS', 30_000, 0, 86_400_000),
      idleInTransactionTimeoutMs: integer(env, 'DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS', 60_000, 0, 86_400_000),
    },
    metricsToken: metricsToken(env),
    logLevel: logLevel(env, nodeEnvRaw),
    shutdownDelayMs: integer(env, 'SHUTDOWN_DELAY_MS', 0, 0, 120_000),
  };
}
