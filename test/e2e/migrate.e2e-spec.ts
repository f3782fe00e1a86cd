import { Logger, type INestApplication } from '@nestjs/common';
import pg from 'pg';
import request from 'supertest';
import { migrations } from '../../migrations/index.js';
import { createApp, migrateOrVerify } from '../../src/bootstrap.js';
import { loadConfig } from '../../src/config/app-config.js';
import { MigrationsPendingError } from '../../src/database/migrations.js';
import { createTestDatabase, dropTestDatabase, type TestDatabase } from '../support/test-app.js';

const appRoleOf = (db: TestDatabase) => decodeURIComponent(new URL(db.url).username);
const config = (env: Record<string, string> = {}) =>
  loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'j'.repeat(40), MAIL_POLL_MS: '0', ...env });

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

describe('migrations at start, under the advisory lock', () => {
  const databases: TestDatabase[] = [];
  const apps: INestApplication[] = [];
  const empty = async () => {
    const db = await createTestDatabase({ migrate: false });
    databases.push(db);
    return { ...db, appRole: appRoleOf(db) };
  };
  afterAll(async () => {
    for (const app of apps) await app.close();
    for (const db of databases) await dropTestDatabase(db.url);
  });

  it('two instances starting at once on an empty database both come up; each migration ran once', async () => {
    const db = await empty();
    const settings = config();
    const lines: string[] = [];
    const logger = new Logger('Start');
    logger.log = (message: unknown) => void lines.push(String(message));
    const started = await Promise.all(
      [1, 2].map(async () => {
        await migrateOrVerify(settings, db, logger);
        const app = await createApp(settings, db.url, { logger: ['error'] });
        apps.push(app);
        await app.init();
        return app;
      }),
    );
    for (const app of started) expect((await request(app.getHttpServer()).get('/health/ready')).status).toBe(200);
    const rows = await query<{ name: string; times: number }>(
      db.ownerUrl,
      'SELECT name, count(*)::int AS times FROM schema_migration GROUP BY name ORDER BY name',
    );
    expect(rows).toHaveLength(migrations.length);
    expect(rows.every((r) => r.times === 1)).toBe(true);
    // One applied them all; the other waited for the lock and found nothing to do.
    expect(lines.filter((l) => l.startsWith('Applied '))).toHaveLength(1);
    expect(lines).toContain('Another instance is migrating this database: waiting for it');
  });

  it('MIGRATE_ON_START=false refuses to start on a database that lacks migrations, naming them', async () => {
    const db = await empty();
    const refusing = config({ MIGRATE_ON_START: 'false' });
    const logger = new Logger('Start');
    const refusal = await migrateOrVerify(refusing, db, logger).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(MigrationsPendingError);
    expect((refusal as MigrationsPendingError).pending).toHaveLength(migrations.length);
    expect((refusal as Error).message).toMatch(/npm run migrate/);
    // Nothing was applied by the refusal; after `npm run migrate` (the same locked function) it starts.
    expect(await query(db.ownerUrl, `SELECT to_regclass('schema_migration') AS t`)).toEqual([{ t: null }]);
    await migrateOrVerify(config(), db, logger);
    await expect(migrateOrVerify(refusing, db, logger)).resolves.toBeUndefined();
  });
});
