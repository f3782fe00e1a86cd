import { type INestApplication, Logger, type LogLevel, type Provider } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Application, NextFunction, Request, Response } from 'express';
import { join } from 'node:path';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/app-config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded-postgres.js';
import { mountWebClient } from './common/http/web-client.js';
import { ResponseCache } from './common/graphql/response-cache.js';
import { createLogging, observeRequests, type LogOptions } from './common/observability/observe.js';

export const BODY_LIMIT = '1mb';

export interface DatabaseOptions {
  /** Command-line tasks: use the embedded PostgreSQL of a running server instead of refusing. */
  readonly share?: boolean;
  /** The embedded PostgreSQL died and could not be restarted. */
  readonly onLost?: (error: Error) => void;
}

/**
 * The database the app runs on: DATABASE_URL (migrated through DATABASE_MIGRATION_URL when given), or
 * an embedded PostgreSQL kept in the data directory. Either way the app should connect as a role that
 * owns nothing, so that it cannot switch off the audit log's protections.
 */
export async function provideDatabase(
  config: AppConfig,
  logger: Logger,
  options: DatabaseOptions = {},
): Promise<EmbeddedDatabase> {
  if (config.databaseUrl) {
    const user = (url: string) => decodeURIComponent(new URL(url).username);
    const owner = config.databaseMigrationUrl ?? config.databaseUrl;
    const separate = user(owner) !== user(config.databaseUrl);
    if (!separate) {
      logger.warn(
        "The app connects as the schema owner, which can disable the audit log's triggers: set DATABASE_MIGRATION_URL to the owner and DATABASE_URL to a role that owns nothing",
      );
    }
    return {
      url: config.databaseUrl,
      ownerUrl: owner,
      appRole: separate ? user(config.databaseUrl) : null,
      stop: () => Promise.resolve(),
    };
  }
  const dir = join(config.dataDir, 'pg');
  logger.log(`Starting embedded PostgreSQL in ${dir}`);
  const pgLogger = new Logger('PostgreSQL');
  return startEmbeddedPostgres({
    dir,
    persistent: true,
    database: 'icc',
    log: (line) => pgLogger.verbose(line),
    notice: (line) => pgLogger.warn(line),
    share: options.share,
    onLost: options.onLost,
  });
}

// Migrations run under an advisory lock, shared by `npm run migrate` and the start (MIGRATE_ON_START).
export { migrate, migrateOrVerify } from './database/migrations.js';

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

/**
 * No ETag on POST /graphql: nobody revalidates a POST, and express would hash every body for it.
 * express reads the setting from res.app on each send; this answer gets a view of the app without it.
 */
function withoutEtag(req: Request, res: Response, next: NextFunction): void {
  if (req.method === 'POST') Object.defineProperty(res, 'app', { value: etagless(res.app) });
  next();
}

const etaglessViews = new WeakMap<Application, Application>();

/** The app as POST answers see it: the same settings but `etag fn` (one view per app). */
function etagless(app: Application): Application {
  let view = etaglessViews.get(app);
  if (!view) {
    const get = (setting: string): unknown => (setting === 'etag fn' ? undefined : app.get(setting));
    view = Object.create(app, { get: { value: get } }) as Application;
    etaglessViews.set(app, view);
  }
  return view;
}

/** Creates the Nest application (shared by main and the end-to-end tests). */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  options: { logger?: false | LogLevel[]; overrides?: Provider[] } & LogOptions = {},
): Promise<INestApplication> {
  // One pino logger for Nest's lines and the access log (JSON; pretty in development), at the level
  // the caller asks (`logger`: tests want errors only) or LOG_LEVEL.
  const logging = createLogging(config, options);
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, databaseUrl, options.overrides),
    {
      bodyParser: false,
      logger: options.logger === false ? false : logging.nest,
    },
  );
  // First of all: the request id, the in-flight count for shutdown, the access log and the metrics.
  observeRequests(app, logging);
  // Security headers on every answer; the web client and the explorer on the same origin as /graphql.
  mountWebClient(app.getHttpAdapter().getInstance(), config);
  app.useBodyParser('json', { limit: BODY_LIMIT });
  // Body parser failures (too large, malformed JSON) answered as GraphQL errors, not HTML pages.
  app.use(bodyErrorHandler);
  app.use('/graphql', withoutEtag, app.get(ResponseCache).middleware());
  // TRUST_PROXY (default none): otherwise any client could pick the address it is rate-limited and audited under.
  app.set('trust proxy', config.trustProxy);
  return app;
}
