import { type INestApplication, Logger, type Provider } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { join } from 'node:path';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/app-config.js';
import { createDataSource } from './database/data-source.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded-postgres.js';
import { SqlLogger } from './database/sql-logger.js';
import { mountWebClient } from './common/http/web-client.js';

export const BODY_LIMIT = '1mb';

/** The database the app runs on: DATABASE_URL, or an embedded PostgreSQL kept in the data directory. */
export async function provideDatabase(config: AppConfig, logger: Logger): Promise<EmbeddedDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: () => Promise.resolve() };
  const dir = join(config.dataDir, 'pg');
  logger.log(`Starting embedded PostgreSQL in ${dir}`);
  const pgLogger = new Logger('PostgreSQL');
  return startEmbeddedPostgres({ dir, persistent: true, database: 'icc', log: (line) => pgLogger.verbose(line) });
}

/** Applies pending migrations: the schema comes only from migrations/. */
export async function migrate(url: string, logger: Logger): Promise<void> {
  const dataSource = createDataSource(url, new SqlLogger(logger, false));
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length) logger.log(`Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
  } finally {
    await dataSource.destroy();
  }
}

interface HttpError {
  status?: number;
  type?: string;
}

function bodyErrorHandler(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  const { status, type } = (error ?? {}) as HttpError;
  if (!status || status >= 500) return next(error);
  const tooLarge = type === 'entity.too.large';
  res.status(status).json({
    errors: [
      {
        message: tooLarge ? `The request body is larger than ${BODY_LIMIT}` : 'The request body is not valid JSON',
        extensions: { code: tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST' },
      },
    ],
  });
}

/** Creates the Nest application (shared by main and the end-to-end tests). */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  options: { logger?: false | ('log' | 'error' | 'warn' | 'debug' | 'verbose')[]; overrides?: Provider[] } = {},
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, databaseUrl, options.overrides),
    {
      bodyParser: false,
      logger: options.logger,
    },
  );
  // Security headers on every answer; the web client and the explorer on the same origin as /graphql.
  mountWebClient(app.getHttpAdapter().getInstance(), config);
  app.useBodyParser('json', { limit: BODY_LIMIT });
  // Body parser failures (too large, malformed JSON) answered as GraphQL errors, not HTML pages.
  app.use(bodyErrorHandler);
  // TRUST_PROXY (default none): otherwise any client could pick the address it is rate-limited and audited under.
  app.set('trust proxy', config.trustProxy);
  return app;
}
