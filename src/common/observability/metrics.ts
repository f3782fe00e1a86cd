import { Inject, Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type pg from 'pg';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { RESPONSE_CACHE_HEADER } from '../graphql/response-cache.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { isProbe } from './logging.js';
import { knownFactsOf } from './request-facts.js';

/** What a request counts as: its GraphQL operation (bounded by the schema) or its route. */
function operationOf(req: Request, res: Response): string {
  const facts = knownFactsOf(req);
  if (facts?.operation) return facts.operation;
  if (res.getHeader(RESPONSE_CACHE_HEADER) === 'hit') return 'query (cached)';
  const route: unknown = (req as { route?: { path?: unknown } }).route?.path;
  if (typeof route === 'string') return `${req.method} ${route}`;
  return req.path === '/graphql' ? 'graphql (not executed)' : 'other';
}

/** ok, the first error code a GraphQL answer carried, or the HTTP status of any other failure. */
function outcomeOf(req: Request, res: Response): string {
  const code = knownFactsOf(req)?.errorCodes?.[0];
  if (code) return code;
  return res.statusCode < 400 ? 'ok' : `http_${res.statusCode}`;
}

/**
 * Prometheus metrics of this instance, in a registry of its own (several apps may share a process in
 * tests). Gauges that need the database read it when scraped, never on the request path.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'operation' | 'outcome'>;
  private readonly duration: Histogram<'operation'>;

  constructor(
    @Inject(DataSource) dataSource: DataSource,
    @Inject(NotificationsService) notifications: NotificationsService,
  ) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.requests = new Counter({
      name: 'icc_requests_total',
      help: 'Requests answered, by GraphQL operation (type and first root field) or route, and outcome (ok or the first error code)',
      labelNames: ['operation', 'outcome'],
      registers,
    });
    this.duration = new Histogram({
      name: 'icc_request_duration_seconds',
      help: 'Time to answer a request, by operation',
      labelNames: ['operation'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    const pool = () => (dataSource.driver as unknown as { master?: pg.Pool }).master;
    new Gauge({
      name: 'icc_db_pool_in_use',
      help: 'Connections of the application pool running a query or a transaction',
      registers,
      collect() {
        const p = pool();
        this.set(p ? p.totalCount - p.idleCount : 0);
      },
    });
    new Gauge({
      name: 'icc_db_pool_waiting',
      help: 'Requests waiting for a connection of the application pool',
      registers,
      collect() {
        this.set(pool()?.waitingCount ?? 0);
      },
    });
    new Gauge({
      name: 'icc_subscriptions',
      help: 'GraphQL subscriptions listening in this instance, by channel',
      labelNames: ['channel'],
      registers,
      collect() {
        for (const [channel, count] of Object.entries(notifications.subscriberCounts())) this.set({ channel }, count);
      },
    });
    new Gauge({
      name: 'icc_notifications_listening',
      help: '1 when the LISTEN connection (other instances’ writes) is up',
      registers,
      collect() {
        this.set(notifications.listening ? 1 : 0);
      },
    });
    // Read from the database at scrape time; on failure the last value stays (the scrape still answers).
    const fromDatabase = async (read: () => Promise<void>) => {
      try {
        await read();
      } catch {
        // the database is away: /health/ready says so
      }
    };
    new Gauge({
      name: 'icc_outbox_messages',
      help: 'Mail in the outbox by status: PENDING is the queue, FAILED gave up after every attempt',
      labelNames: ['status'],
      registers,
      async collect() {
        await fromDatabase(async () => {
          const rows = await dataSource.query<{ status: string; n: number }[]>(
            `SELECT s.status, count(m.id)::int AS n FROM unnest(ARRAY['PENDING', 'SENT', 'FAILED']) AS s(status)
               LEFT JOIN mail_message m ON m.status::text = s.status GROUP BY s.status`,
          );
          for (const row of rows) this.set({ status: row.status }, row.n);
        });
      },
    });
    new Gauge({
      name: 'icc_outbox_retrying',
      help: 'Pending mail whose delivery already failed at least once',
      registers,
      async collect() {
        await fromDatabase(async () => {
          const [row] = await dataSource.query<{ n: number }[]>(
            `SELECT count(*)::int AS n FROM mail_message WHERE status = 'PENDING' AND attempts > 0`,
          );
          this.set(row.n);
        });
      },
    });
    new Gauge({
      name: 'icc_audit_chain_length',
      help: 'Entries in the hash-chained audit log',
      registers,
      async collect() {
        await fromDatabase(async () => {
          const [row] = await dataSource.query<{ n: string }[]>(
            'SELECT coalesce(max(seq), 0)::text AS n FROM audit_entry',
          );
          this.set(Number(row.n));
        });
      },
    });
  }

  /** Counts and times every request but probes and scrapes, when its answer is over. */
  middleware() {
    return (req: Request, res: Response, next: NextFunction): void => {
      if (isProbe(req.url)) return next();
      const end = this.duration.startTimer();
      res.once('close', () => {
        const operation = operationOf(req, res);
        end({ operation });
        this.requests.inc({ operation, outcome: outcomeOf(req, res) });
      });
      next();
    };
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }
}
