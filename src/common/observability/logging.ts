import type { LoggerService, LogLevel as NestLogLevel } from '@nestjs/common';
import { Logger as NestPinoLogger, PinoLogger } from 'nestjs-pino';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { pino, type DestinationStream, type Level, type Logger as Pino } from 'pino';
import type { AppConfig, LogLevel } from '../../config/app-config.js';
import { RESPONSE_CACHE_HEADER } from '../graphql/response-cache.js';
import { knownFactsOf } from './request-facts.js';
import { REQUEST_ID_HEADER, requestIdOf } from './request-id.js';

const PINO_LEVEL: Readonly<Record<LogLevel, Level>> = {
  error: 'error',
  warn: 'warn',
  info: 'info',
  debug: 'debug',
  verbose: 'trace',
};

const NEST_ORDER: readonly NestLogLevel[] = ['verbose', 'debug', 'log', 'warn', 'error', 'fatal'];
const NEST_TO_PINO: Readonly<Record<NestLogLevel, Level>> = {
  verbose: 'trace',
  debug: 'debug',
  log: 'info',
  warn: 'warn',
  error: 'error',
  fatal: 'fatal',
};

/** The lowest of Nest's levels a caller asked for (createApp's `logger` option), as pino's. */
export function pinoLevelOf(levels: false | readonly NestLogLevel[]): Level | 'silent' {
  if (levels === false || levels.length === 0) return 'silent';
  const lowest = NEST_ORDER.find((l) => levels.includes(l)) ?? 'error';
  return NEST_TO_PINO[lowest];
}

function prettyAvailable(): boolean {
  try {
    createRequire(import.meta.url).resolve('pino-pretty');
    return true;
  } catch {
    return false; // a production install (no dev dependencies): JSON it is
  }
}

/**
 * The process's one pino logger: JSON lines on stdout (what a log collector reads), pretty in
 * development when pino-pretty is installed. `destination` is for tests that read the lines.
 */
export function createRootLogger(
  config: Pick<AppConfig, 'nodeEnv' | 'logLevel'>,
  options: { destination?: DestinationStream; level?: Level | 'silent' } = {},
): Pino {
  const level = options.level ?? PINO_LEVEL[config.logLevel];
  const base = { level, timestamp: pino.stdTimeFunctions.isoTime };
  if (options.destination)
    return pino({ ...base, formatters: { level: (label) => ({ level: label }) } }, options.destination);
  if (config.nodeEnv === 'development' && prettyAvailable()) {
    return pino({
      ...base,
      transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' } },
    });
  }
  return pino({ ...base, formatters: { level: (label) => ({ level: label }) } });
}

/**
 * Nest's logger over `root` (nestjs-pino): every `new Logger(context)` line goes through pino. A line
 * about a request carries its id when the code that writes it names it (aboutRequest), not through a
 * logger bound to the request's async path: see ObservabilityModule.
 */
export function nestLoggerFor(root: Pino): LoggerService {
  // nestjs-pino keeps one root per process, for lines outside any request: the first one given.
  return new NestPinoLogger(new PinoLogger({ pinoHttp: { logger: root } }), {});
}

/** Probes and scrapes: neither logged per request nor counted as traffic. */
export function isProbe(url: string | undefined): boolean {
  const path = (url ?? '').split('?')[0];
  return path === '/metrics' || path.startsWith('/health/');
}

const pathOf = (req: IncomingMessage) =>
  ((req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '').split('?')[0];

const isCacheHit = (res: ServerResponse) => res.getHeader(RESPONSE_CACHE_HEADER) === 'hit';

/**
 * The fields of a request's one log line: method, path (never the query string, which may carry
 * variables), status, GraphQL operation and error codes, caller kind. Never variables, tokens or
 * answers.
 */
function requestLine(req: IncomingMessage, res: ServerResponse, status: number | null): Record<string, unknown> {
  const facts = knownFactsOf(req);
  const cached = isCacheHit(res);
  return {
    method: req.method,
    path: pathOf(req),
    status,
    operation: facts?.operation ?? (cached ? 'query (cached)' : undefined),
    operationName: facts?.operationName,
    // The response cache answers anonymous requests only.
    caller: facts?.caller ?? (cached ? 'anonymous' : undefined),
    errors: facts?.errorCodes,
  };
}

/** 5xx other than 503 at error level; 503 (draining) and 429 (rate limit) at warn. */
function levelOf(status: number): Level {
  if (status >= 500 && status !== 503) return 'error';
  if (status === 503 || status === 429) return 'warn';
  return 'info';
}

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/**
 * The access log: the request id made or taken from X-Request-Id (requestIdOf) and echoed in the
 * response, then one line per request when its answer is sent or abandoned. One listener and one
 * line per request, nothing bound to the request for its lifetime: pino-http, which this replaces,
 * made two child loggers per request (one serializing the request's headers) and held them, with
 * their closures, until the answer; under load they outlived the young generation and were a fifth
 * of what the garbage collector promoted on a small read (`npm run bench`, heap profile).
 */
export function accessLog(root: Pino): Middleware {
  return (req, res, next) => {
    const requestId = requestIdOf(req);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    if (isProbe(req.url)) return next();
    const started = performance.now();
    res.once('close', () => {
      // Closed before its answer was sent whole: the caller went away (or the socket failed).
      const aborted = !res.writableFinished;
      const status = res.statusCode;
      const level = aborted ? 'warn' : levelOf(status);
      if (!root.isLevelEnabled(level)) return;
      root[level](
        {
          requestId,
          // No status for an answer never begun (statusCode would still be its default, 200).
          ...requestLine(req, res, aborted && !res.headersSent ? null : status),
          durationMs: Math.round(performance.now() - started),
          ...(aborted && { aborted: true }),
        },
        `${req.method} ${pathOf(req)} ${aborted ? 'aborted' : status}`,
      );
    });
    next();
  };
}
