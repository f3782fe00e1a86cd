import type { INestApplication, LoggerService, LogLevel } from '@nestjs/common';
import type { DestinationStream, Logger as Pino } from 'pino';
import type { AppConfig } from '../../config/app-config.js';
import { Lifecycle } from '../../health/lifecycle.js';
import { accessLog, createRootLogger, nestLoggerFor, pinoLevelOf } from './logging.js';
import { Metrics } from './metrics.js';

export interface LogOptions {
  /** A root logger made already (main's, which logged the start). */
  readonly rootLogger?: Pino;
  /** Where the lines go (tests that read them); stdout otherwise. */
  readonly logDestination?: DestinationStream;
}

export interface Logging {
  readonly root: Pino;
  readonly nest: LoggerService;
}

/** The app's logging: `logger` (Nest's levels, as tests pass them) overrides LOG_LEVEL. */
export function createLogging(
  config: Pick<AppConfig, 'nodeEnv' | 'logLevel'>,
  options: { logger?: false | LogLevel[] } & LogOptions = {},
): Logging {
  const root =
    options.rootLogger ??
    createRootLogger(config, {
      destination: options.logDestination,
      level: options.logger === undefined ? undefined : pinoLevelOf(options.logger),
    });
  return { root, nest: nestLoggerFor(root) };
}

/**
 * Mounted before anything else, so that every answer (the response cache's and the web client's
 * too) has a request id in X-Request-Id, one access-log line, its metrics, and counts as in flight
 * for the shutdown.
 */
export function observeRequests(app: INestApplication, logging: Logging): void {
  app.use(app.get(Lifecycle).track);
  app.use(accessLog(logging.root));
  app.use(app.get(Metrics).middleware());
}
