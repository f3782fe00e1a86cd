// The processes under test, started by bench/run.ts from this file. BENCH_ROLE=builder (the first):
// an embedded PostgreSQL in a throw-away directory, migrated, and the application on it whose services
// build the data set when asked (in-process: fast, and through every rule). BENCH_ROLE=server: the
// application alone (createApp, as `npm start`) on that database, with the single-SQL baseline on
// node:http: the process measured, its memory its own. Both answer commands over the IPC channel.
import 'reflect-metadata';
import { Logger, type INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createApp, migrate } from '../src/bootstrap.js';
import { ResponseCache } from '../src/common/graphql/response-cache.js';
import { loadConfig } from '../src/config/app-config.js';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres.js';
import { SqlLogger } from '../src/database/sql-logger.js';
import {
  buildBase,
  draftNominees,
  growTo,
  nominationSlots,
  services,
  staff,
  type Services,
  type Staff,
} from './dataset.js';
import { DOSSIER_SQL } from './queries.js';

export type Command =
  | { cmd: 'build' }
  | { cmd: 'keep1x' }
  | { cmd: 'grow'; total: number; budgetMs: number }
  | { cmd: 'writes'; nominees: number; nominationElections: number }
  | { cmd: 'stats'; collect?: boolean }
  | { cmd: 'cache'; on: boolean }
  | { cmd: 'profile'; file: string | null }
  | { cmd: 'stop' };

export interface Request {
  readonly id: number;
  readonly command: Command;
}

/** The builder's first message: the database, and the secret the server must share (officer tokens). */
export interface BuilderReady {
  readonly ready: true;
  readonly databaseUrl: string;
  readonly ownerUrl: string;
  readonly jwtSecret: string;
}

export interface ServerReady {
  readonly ready: true;
  readonly appPort: number;
  readonly baselinePort: number;
}

export interface Stats {
  readonly statements: number;
  readonly rssMb: number;
  readonly peakRssMb: number;
  /** CPU time this process has used so far (user and system), in ms: per request, less noisy than req/s. */
  readonly cpuMs: number;
}

/** This process's CPU time so far, user and system, in ms. */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

const role = process.env.BENCH_ROLE === 'server' ? 'server' : 'builder';
const appLogger = (): ('log' | 'warn' | 'error')[] =>
  process.env.BENCH_LOG_SQL === 'true' && role === 'server' ? ['log', 'warn', 'error'] : ['warn', 'error'];
Logger.overrideLogger(appLogger());
const logger = new Logger('bench');
// The parent may be gone (interrupted): nothing to tell then.
const send = (message: object) => (process.connected ? process.send?.(message) : undefined);

function baseline(url: string): { server: Server; pool: pg.Pool } {
  // As many connections as the load generator has, like the app's pool (10 by default).
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const sql = `SELECT body::text AS body FROM (${DOSSIER_SQL}) d`;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const { variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { variables: { id: string } };
      pool
        .query<{ body: string }>(sql, [variables.id, new Date()])
        .then(({ rows }) => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(rows[0].body);
        })
        .catch((error: unknown) => {
          res.writeHead(500);
          res.end(String(error));
        });
    });
  });
  return { server, pool };
}

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );

function appConfig(dataDir: string, jwtSecret: string) {
  return loadConfig({
    NODE_ENV: 'production',
    EMBEDDED_DATABASE: 'allow',
    PUBLIC_URL: 'https://bench.example.org',
    MAIL_REPLY_TO: 'elections@example.org',
    // BENCH_LOG_SQL=true: the measured server's statements (not the builder's thousands).
    LOG_SQL: role === 'server' ? (process.env.BENCH_LOG_SQL ?? 'false') : 'false',
    DATA_DIR: dataDir,
    JWT_SECRET: jwtSecret,
    MAIL_POLL_MS: '0',
    // The load comes from one address: the per-address budgets would refuse it after a second.
    RATE_LIMIT_PER_MINUTE: '1000000',
    SIGN_IN_RATE_LIMIT_PER_MINUTE: '1000000',
    ENABLE_EXPLORER: 'false',
  });
}

/** Answers the parent's commands with `handle`; stops on disconnection (the parent interrupted). */
function serve(handle: (command: Command) => Promise<unknown>, stop: () => Promise<void>): void {
  process.on('disconnect', () => void stop().finally(() => process.exit(0)));
  process.on('message', (message: Request) => {
    const done =
      message.command.cmd === 'stop'
        ? stop().then(() => {
            setImmediate(() => process.exit(0));
            return {};
          })
        : handle(message.command);
    done.then(
      (result) => send({ id: message.id, result }),
      (error: unknown) =>
        send({ id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    );
  });
}

async function builder(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'icc-bench-'));
  const database = await startEmbeddedPostgres({
    dir: join(dataDir, 'pg'),
    persistent: false,
    database: 'icc',
    log: () => undefined,
    notice: (line) => logger.warn(line),
  });
  let app: INestApplication | undefined;
  const stop = async () => {
    await app?.close().catch(() => undefined);
    await database.stop().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await migrate(database.ownerUrl, logger, database.appRole);
    const jwtSecret = randomBytes(32).toString('hex');
    app = await createApp(appConfig(dataDir, jwtSecret), database.url, { logger: appLogger() });
    let s: Services = services(app);
    let st: Staff | undefined;
    serve(async (command) => {
      switch (command.cmd) {
        case 'build': {
          st = await staff(s);
          return { ...(await buildBase(s, st)), officerToken: st.officerToken };
        }
        case 'keep1x': {
          // A copy of the 1× database, kept as it is while the other grows: the growth is then measured
          // with both served side by side, in turns, rather than minutes apart on a machine whose load
          // drifts. PostgreSQL copies a database only while nobody is connected to it.
          await app?.close();
          const owner = new pg.Client({ connectionString: database.ownerUrl.replace(/\/icc$/, '/postgres') });
          await owner.connect();
          try {
            await owner.query('CREATE DATABASE icc_1x TEMPLATE icc');
          } finally {
            await owner.end();
          }
          app = await createApp(appConfig(dataDir, jwtSecret), database.url, { logger: appLogger() });
          s = services(app);
          return { databaseUrl: database.url.replace(/\/icc$/, '/icc_1x') };
        }
        case 'grow': {
          const elections = await growTo(s, command.total, 10, command.budgetMs, (done) =>
            logger.warn(`grown by ${done} elections`),
          );
          // After a bulk load, as an operator would (autovacuum would, later, while the reads are
          // measured): the planner's statistics for the grown tables, and their visibility maps.
          const owner = new pg.Client({ connectionString: database.ownerUrl });
          await owner.connect();
          try {
            await owner.query('VACUUM (ANALYZE)');
          } finally {
            await owner.end();
          }
          return { elections };
        }
        case 'writes': {
          if (!st) throw new Error('build first');
          const nominees = await draftNominees(s, st, command.nominees);
          const slots = await nominationSlots(s, command.nominationElections);
          return { codes: nominees.map((n) => n.code), slots, officerToken: st.officerToken };
        }
        case 'stats':
        case 'cache':
        case 'profile':
        case 'stop':
          throw new Error(`the builder does not ${command.cmd}`);
      }
    }, stop);
    const ready: BuilderReady = { ready: true, databaseUrl: database.url, ownerUrl: database.ownerUrl, jwtSecret };
    send(ready);
  } catch (error) {
    logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    await stop();
    process.exit(1);
  }
}

async function server(): Promise<void> {
  const databaseUrl = process.env.BENCH_DATABASE_URL!;
  const dataDir = mkdtempSync(join(tmpdir(), 'icc-bench-server-'));
  let app: INestApplication | undefined;
  let base: { server: Server; pool: pg.Pool } | undefined;
  const stop = async () => {
    await app?.close().catch(() => undefined);
    await base?.pool.end().catch(() => undefined);
    base?.server.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    app = await createApp(appConfig(dataDir, process.env.BENCH_JWT_SECRET!), databaseUrl, { logger: appLogger() });
    await app.listen(0, '127.0.0.1');
    const appPort = (app.getHttpServer() as Server).address() as AddressInfo;
    base = baseline(databaseUrl);
    const baselinePort = await listen(base.server);
    const sql = app.get(SqlLogger);
    const cache = (() => {
      try {
        return app.get(ResponseCache);
      } catch {
        return null;
      }
    })();
    let peak = 0;
    const sample = () => {
      const rss = process.memoryUsage().rss;
      peak = Math.max(peak, rss);
      return rss;
    };
    setInterval(sample, 100).unref();
    // BENCH_PROFILE: one CPU profile per measured case (file: the case).
    let profiler: { session: Session; file: string } | undefined;
    serve(async (command) => {
      switch (command.cmd) {
        case 'stats': {
          // Before a measurement: the garbage of the last one is not counted in this one's peak.
          if (command.collect) (globalThis as { gc?: () => void }).gc?.();
          const stats: Stats = {
            statements: sql.statementCount,
            rssMb: sample() / 2 ** 20,
            peakRssMb: peak / 2 ** 20,
            cpuMs: cpuMs(),
          };
          peak = 0;
          return stats;
        }
        case 'cache':
          if (!cache) return { available: false };
          cache.setEnabled(command.on);
          return { available: true };
        case 'profile':
          // Started with the file to write, stopped (and written) with null.
          if (command.file === null) {
            if (!profiler) return {};
            const { profile } = await profiler.session.post('Profiler.stop');
            writeFileSync(profiler.file, JSON.stringify(profile));
            if (process.env.BENCH_HEAP_PROFILE === '1') {
              const heap = await profiler.session.post('HeapProfiler.stopSampling');
              writeFileSync(profiler.file.replace(/\.cpuprofile$/, '.heapprofile'), JSON.stringify(heap.profile));
            }
            profiler.session.disconnect();
            profiler = undefined;
            return {};
          }
          profiler = { session: new Session(), file: command.file };
          profiler.session.connect();
          await profiler.session.post('Profiler.enable');
          await profiler.session.post('Profiler.start');
          // BENCH_HEAP_PROFILE=1: where the case allocates too (<case>.heapprofile, sampled).
          if (process.env.BENCH_HEAP_PROFILE === '1')
            await profiler.session.post('HeapProfiler.startSampling', {
              samplingInterval: 32768,
              includeObjectsCollectedByMajorGC: true,
              includeObjectsCollectedByMinorGC: true,
            });
          return {};
        case 'build':
        case 'grow':
        case 'writes':
        case 'keep1x':
        case 'stop':
          throw new Error(`the server does not ${command.cmd}`);
      }
    }, stop);
    const ready: ServerReady = { ready: true, appPort: appPort.port, baselinePort };
    send(ready);
  } catch (error) {
    logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    await stop();
    process.exit(1);
  }
}

void (role === 'server' ? server() : builder());
