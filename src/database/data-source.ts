import { DataSource } from 'typeorm';
import { migrations } from '../../migrations/index.js';
import { entities } from './entities.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';
import type { SqlLogger } from './sql-logger.js';

/** The one data source definition: used by the app, the migration scripts and the tests. */
export function createDataSource(url: string, logger?: SqlLogger): DataSource {
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
    extra: { max: 10, application_name: 'icc-vetting' },
  });
}
