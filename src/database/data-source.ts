import { DataSource } from 'typeorm';
import { migrations } from '../../migrations/index.js';
import type { DatabaseSettings } from '../config/app-config.js';
import { entities } from './entities.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';
import { pgTypes } from './timestamptz.js';
import type { SqlLogger } from './sql-logger.js';

/**
 * The one data source definition: used by the app, the migration scripts and the tests. `settings`
 * (the application's pool) bounds each session: a runaway statement or a transaction left open cannot
 * hold locks or a connection for ever. Migrations run without them.
 */
export function createDataSource(url: string, logger?: SqlLogger, settings?: DatabaseSettings): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    synchronize: false,
    migrationsRun: false,
    logging: logger ? ['query', 'error', 'warn', 'migration', 'schema'] : false,
    logger,
    maxQueryExecutionTime: 1000,
    extra: {
      max: settings?.poolSize ?? 10,
      application_name: 'icc-vetting',
      // timestamptz read by position (the same Date as pg's parser, a fraction of its cost).
      types: pgTypes(),
      // Sent as session parameters at connect time (pg): 0 leaves PostgreSQL's own default (none).
      ...(settings?.statementTimeoutMs && { statement_timeout: settings.statementTimeoutMs }),
      ...(settings?.idleInTransactionTimeoutMs && {
        idle_in_transaction_session_timeout: settings.idleInTransactionTimeoutMs,
      }),
    },
  });
}
