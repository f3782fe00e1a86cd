import type { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { grantAppRole } from './app-role.js';
import { createDataSource } from './data-source.js';
import type { EmbeddedDatabase } from './embedded-postgres.js';
import { SqlLogger } from './sql-logger.js';

/**
 * The advisory lock every instance takes before migrating (any 64-bit number; this one is ours), so
 * instances started together on one database migrate one after the other: the first applies, the
 * others find nothing left to do.
 */
export const MIGRATION_LOCK_KEY = 7_303_105_841_317;

/** A start refused because the database is behind the code (MIGRATE_ON_START=false). */
export class MigrationsPendingError extends Error {
  constructor(readonly pending: readonly string[]) {
    super(
      `The database lacks ${pending.length} migration(s) this version needs (${pending.join(', ')}): run \`npm run migrate\` first, or set MIGRATE_ON_START=true`,
    );
    this.name = 'MigrationsPendingError';
  }
}

/** The migrations of this version not yet recorded in schema_migration (any connection may read it). */
export async function pendingMigrations(dataSource: DataSource): Promise<string[]> {
  const [{ present }] = await dataSource.query<[{ present: boolean }]>(
    `SELECT to_regclass('schema_migration') IS NOT NULL AS present`,
  );
  const applied = new Set(
    present ? (await dataSource.query<{ name: string }[]>('SELECT name FROM schema_migration')).map((r) => r.name) : [],
  );
  return dataSource.migrations.map((m) => m.name ?? m.constructor.name).filter((name) => !applied.has(name));
}

/**
 * Applies pending migrations as the schema owner (the schema comes only from migrations/) under
 * the migration lock, then grants the application's role its rights on every table, new ones
 * included. What `npm run migrate` runs, and the start when MIGRATE_ON_START is on.
 */
export async function migrate(ownerUrl: string, logger: Logger, appRole: string | null = null): Promise<void> {
  const dataSource = createDataSource(ownerUrl, new SqlLogger(logger, false));
  await dataSource.initialize();
  // A session-level lock lives with its connection: this one is held apart from the migrations' own.
  const lock = dataSource.createQueryRunner();
  try {
    const [{ locked }] = (await lock.query('SELECT pg_try_advisory_lock($1) AS locked', [MIGRATION_LOCK_KEY])) as [
      { locked: boolean },
    ];
    if (!locked) {
      logger.log('Another instance is migrating this database: waiting for it');
      await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    }
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      if (applied.length) {
        logger.log(`Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
      }
      if (appRole) await grantAppRole(dataSource, appRole);
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await lock.release();
    await dataSource.destroy();
  }
}

/**
 * The start's part: migrate (MIGRATE_ON_START), or refuse to start on a database that lacks
 * migrations, rather than serve with a schema the code does not expect.
 */
export async function migrateOrVerify(
  config: Pick<AppConfig, 'migrateOnStart'>,
  database: Pick<EmbeddedDatabase, 'url' | 'ownerUrl' | 'appRole'>,
  logger: Logger,
): Promise<void> {
  if (config.migrateOnStart) return migrate(database.ownerUrl, logger, database.appRole);
  const dataSource = await createDataSource(database.url).initialize();
  try {
    const pending = await pendingMigrations(dataSource);
    if (pending.length) throw new MigrationsPendingError(pending);
  } finally {
    await dataSource.destroy();
  }
}
