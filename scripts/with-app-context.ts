import 'reflect-metadata';
import { type INestApplicationContext, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../src/app.module.js';
import { migrate, provideDatabase } from '../src/bootstrap.js';
import { ConfigError, loadConfig } from '../src/config/app-config.js';

/**
 * Runs a command-line task inside the application (same configuration, same database, migrations
 * applied), without serving HTTP. Exits non-zero on failure.
 */
export async function withAppContext(
  name: string,
  task: (app: INestApplicationContext) => Promise<void>,
): Promise<void> {
  Logger.overrideLogger(['log', 'warn', 'error']);
  const logger = new Logger(name);
  let stop: () => Promise<void> = () => Promise.resolve();
  try {
    const config = loadConfig();
    const database = await provideDatabase(config, logger);
    stop = () => database.stop();
    await migrate(database.url, logger);
    const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, database.url), {
      logger: ['warn', 'error'],
    });
    try {
      await task(app);
    } finally {
      await app.close();
    }
  } catch (error) {
    logger.error(error instanceof ConfigError || !(error instanceof Error) ? String(error) : error.message);
    process.exitCode = 1;
  } finally {
    await stop();
  }
}
