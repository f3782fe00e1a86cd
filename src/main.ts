import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import type { Server } from 'node:http';
import { createApp, migrateOrVerify, provideDatabase } from './bootstrap.js';
import { type AppConfig, ConfigError, loadConfig } from './config/app-config.js';
import { createLogging } from './common/observability/observe.js';
import type { EmbeddedDatabase } from './database/embedded-postgres.js';
import { MigrationsPendingError } from './database/migrations.js';
import { Lifecycle } from './health/lifecycle.js';

function configOrExit(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      // Before any logger exists: one plain line naming the setting.
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}

async function main(): Promise<void> {
  const config = configOrExit();
  // One logger for the whole process: JSON lines in production, pretty in development.
  const logging = createLogging(config);
  Logger.overrideLogger(logging.nest);
  const logger = new Logger('Main');

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
    // Migrations under the advisory lock (MIGRATE_ON_START), or a refusal when the database lacks some.
    await migrateOrVerify(config, database, logger);
    const app = await createApp(config, database.url, { rootLogger: logging.root });
    // SIGTERM (an orchestrator) or Ctrl-C: readiness turns 503, the requests in flight finish, then the
    // app closes (sockets, LISTEN, mail sender, pool), then the embedded database stops.
    // embedded-postgres registers its own signal hook that stops PostgreSQL first; ours replaces it
    // so that the order is right (its exit hook still runs, and finds nothing left to stop).
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.removeAllListeners(signal);
      process.once(signal, () => {
        logger.log(`${signal}: shutting down`);
        void app
          .get(Lifecycle)
          .drain(app.getHttpServer() as Server, config.shutdownDelayMs)
          .then(() => app.close())
          .then(stopDatabase)
          .then(() => logger.log('stopped'))
          .catch((error: unknown) => logger.error(`shutting down: ${String(error)}`))
          .finally(() => process.exit(0));
      });
    }
    await app.listen(config.port);
    logger.log(`GraphQL ready on http://localhost:${config.port}/graphql (health: /health/ready)`);
  } catch (error) {
    if (error instanceof MigrationsPendingError) logger.error(error.message);
    else logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    await stopDatabase();
    process.exit(1);
  }
}

void main();
