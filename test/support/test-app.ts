import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { Logger, type LogLevel } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DestinationStream } from 'pino';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp, migrate } from '../../src/bootstrap.js';
import { loadConfig, type AppConfig } from '../../src/config/app-config.js';
import { systemAuthor } from '../../src/common/author.js';
import { Clock } from '../../src/common/clock.js';
import { type StaffRole } from '../../src/common/domain.enums.js';
import { ensureAppRole } from '../../src/database/app-role.js';
import { createDataSource } from '../../src/database/data-source.js';
import { SqlLogger } from '../../src/database/sql-logger.js';
import { StaffUsersService } from '../../src/modules/auth/staff-users.service.js';

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null | undefined;
  errors: { message: string; extensions: Record<string, unknown> & { code: string } }[] | undefined;
}

export interface GqlOptions {
  /** Bearer token to send; none for an anonymous observer. */
  as?: string;
  headers?: Record<string, string>;
}

/** A clock the tests can set; by default the real time. */
export class TestClock extends Clock {
  private fixed: Date | null = null;

  override now(): Date {
    return this.fixed ? new Date(this.fixed) : new Date();
  }

  set(iso: string | null): void {
    this.fixed = iso ? new Date(iso) : null;
  }
}

export interface TestApp {
  readonly app: INestApplication;
  readonly dataSource: DataSource;
  readonly clock: TestClock;
  readonly config: AppConfig;
  /** Where the app connects: its own role, which owns nothing. */
  readonly databaseUrl: string;
  /** The schema owner's URL, for tests that must act as the operator or an attacker with owner rights. */
  readonly ownerUrl: string;
  /** A data source connected as the owner (opened on first use, closed with the app). */
  owner(): Promise<DataSource>;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: GqlOptions,
  ): Promise<GqlResponse<T>>;
  /** A new staff account with this role, signed in; returns its bearer token. */
  tokenFor(role: StaffRole): Promise<string>;
  statementCount(): number;
  close(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env.TEST_PG_ADMIN_URL;
  if (!url) throw new Error('TEST_PG_ADMIN_URL is not set: run the e2e tests through jest (global setup)');
  return url;
}

export interface TestDatabase {
  /** The application's role: owns nothing, as in production. */
  readonly url: string;
  /** The schema owner (a superuser here): for tests that play the attacker or the operator. */
  readonly ownerUrl: string;
}

const appRoleOf = (name: string) => `${name}_app`;

/**
 * A fresh database for one test file: the real migrations applied as the owner, and its own login
 * role that owns nothing for the app to connect as (the same split as `npm start`).
 */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  const role = appRoleOf(name);
  const password = randomBytes(12).toString('hex');
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
    await ensureAppRole(client, role, password);
  } finally {
    await client.end();
  }
  const owner = new URL(adminUrl());
  owner.pathname = `/${name}`;
  // Without migrations (the migration tests): an empty database, its role granted nothing yet.
  if (options.migrate !== false) {
    await migrate(owner.toString(), new Logger('TestMigrations', { timestamp: false }), role);
  }
  const app = new URL(owner);
  app.username = role;
  app.password = password;
  return { url: app.toString(), ownerUrl: owner.toString() };
}

export async function dropTestDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`DROP ROLE IF EXISTS "${appRoleOf(name)}"`);
  } finally {
    await client.end();
  }
}

let counter = 0;

export interface TestAppOptions {
  /** Nest's levels to log (errors only by default). */
  readonly logger?: LogLevel[];
  /** Where the app's log lines go (JSON), for tests that read them. */
  readonly logDestination?: DestinationStream;
}

export async function createTestApp(env: Record<string, string> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  Logger.overrideLogger(process.env.LOG_SQL === 'true' ? ['log', 'warn', 'error'] : ['error']);
  const database = await createTestDatabase();
  const databaseUrl = database.url;
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_SQL: process.env.LOG_SQL ?? 'false',
    RATE_LIMIT_PER_MINUTE: '1000000',
    MAIL_POLL_MS: '0',
    SIGN_IN_RATE_LIMIT_PER_MINUTE: '1000000',
    JWT_SECRET: randomBytes(32).toString('hex'),
    DATA_DIR: mkdtempSync(join(tmpdir(), 'icc-test-data-')),
    ...env,
  });
  const clock = new TestClock();
  const app = await createApp(config, databaseUrl, {
    logger: options.logger ?? ['error'],
    logDestination: options.logDestination,
    overrides: [{ provide: Clock, useValue: clock }],
  });
  await app.init();
  const http = app.getHttpServer();
  const dataSource = app.get(DataSource);
  const sqlLogger = app.get(SqlLogger);

  let ownerSource: Promise<DataSource> | undefined;

  const gql = async <T>(query: string, variables: Record<string, unknown> = {}, options: GqlOptions = {}) => {
    let req = request(http).post('/graphql').set('content-type', 'application/json');
    if (options.as) req = req.set('authorization', `Bearer ${options.as}`);
    for (const [k, v] of Object.entries(options.headers ?? {})) req = req.set(k, v);
    const res = await req.send({ query, variables });
    const body = res.body as { data?: T | null; errors?: GqlResponse<T>['errors'] };
    return { status: res.status, data: body.data, errors: body.errors };
  };

  const tokenFor = async (role: StaffRole): Promise<string> => {
    counter += 1;
    const email = `${role.toLowerCase()}-${counter}-${randomBytes(3).toString('hex')}@example.org`;
    const password = 'correct horse battery staple';
    await app
      .get(StaffUsersService)
      .create({ email, password, role, displayName: `${role} ${counter}` }, systemAuthor('test'));
    const res = await gql<{ login: { token: string } }>(
      'mutation($input: LoginInput!) { login(input: $input) { token } }',
      { input: { email, password } },
    );
    if (!res.data?.login.token) throw new Error(`login failed: ${JSON.stringify(res.errors)}`);
    return res.data.login.token;
  };

  return {
    app,
    dataSource,
    clock,
    config,
    databaseUrl,
    ownerUrl: database.ownerUrl,
    owner: () => (ownerSource ??= createDataSource(database.ownerUrl).initialize()),
    gql,
    tokenFor,
    statementCount: () => sqlLogger.statementCount,
    close: async () => {
      await app.close();
      if (ownerSource) await (await ownerSource).destroy();
      await dropTestDatabase(databaseUrl);
    },
  };
}

/** Asserts a GraphQL error and returns its extensions. */
export function expectError(res: GqlResponse<unknown>, code: string): Record<string, unknown> {
  if (!res.errors?.length) throw new Error(`expected ${code}, got data ${JSON.stringify(res.data)}`);
  const first = res.errors[0];
  if (first.extensions.code !== code) {
    throw new Error(`expected ${code}, got ${first.extensions.code}: ${first.message}`);
  }
  return first.extensions;
}

export { SqlLogger };
