import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp, migrate, provideDatabase } from './bootstrap.js';
import { ConfigError, loadConfig } from './config/app-config.js';
import type { EmbeddedDatabase } from './database/embedded-postgres.js';

// PostgreSQL's own lines are verbose: shown only with LOG_LEVEL=verbose.
Logger.overrideLogger(
  process.env.LOG_LEVEL === 'verbose' ? ['log', 'warn', 'error', 'debug', 'verbose'] : ['log', 'warn', 'error'],
);
const logger = new Logger('Main');

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      logger.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  let database: EmbeddedDatabase;
  try {
    // If the embedded PostgreSQL dies and cannot be restarted, exit non-zero: a supervisor restarts us.
    database = await provideDatabase(config, logger, {
      onLost: (error) => {
        logger.error(`${error.message}: exiting`);
        process.exit(1);
      },
    });
  } catch (error) {
    logger.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  let stopping = false;
  const stopDatabase = async () => {
    if (stopping) return;
    stopping = true;
    await database.stop().catch((error: unknown) => logger.error(`stopping PostgreSQL: ${String(error)}`));
  };
  try {
    await migrate(database.ownerUrl, logger, database.appRole);
    const app = await createApp(config, database.url);
    // Ctrl-C: close the app (draining requests, closing the pool), then stop the embedded database.
    // embedded-postgres registers its own signal hook that stops PostgreSQL first; ours replaces it
    // so that the order is right (its exit hook still runs, and finds nothing left to stop).
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.removeAllListeners(signal);
      process.once(signal, () => {
        logger.log(`${signal}: shutting down`);
        void app
          .close()
          .then(stopDatabase)
          .finally(() => process.exit(0));
      });
    }
    await app.listen(config.port);
    logger.log(`GraphQL ready on http://localhost:${config.port}/graphql`);
  } catch (error) {
    logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    await stopDatabase();
    process.exit(1);
  }
}

void main();
