import type { ApolloServerPlugin } from '@apollo/server';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { createHash } from 'node:crypto';
import { OperationTypeNode } from 'graphql';
import type pg from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { Clock } from '../clock.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { aboutRequest, requestIdOf } from '../observability/request-id.js';
import { RequestLimiter } from '../rate-limit/request-limiter.js';
import type { RequestContext } from '../request-context.js';
import { LruBySize } from './response-cache.lru.js';

/** Memory the cached bodies may take, per instance. */
export const RESPONSE_CACHE_MAX_BYTES = 64 * 2 ** 20;
/** A body larger than this is not kept: it would push out many small ones. */
export const RESPONSE_CACHE_MAX_ENTRY_BYTES = 4 * 2 ** 20;
/** Defence in depth: no entry outlives this, whatever else bounds it. */
export const RESPONSE_CACHE_MAX_AGE_MS = 5 * 60_000;

/** Set on an answer served from the cache (what it serves is public anyway): for operators and tests. */
export const RESPONSE_CACHE_HEADER = 'x-response-cache';

const CACHEABLE = Symbol('responseCacheable');
const CACHE = Symbol('responseCache');
type Marked = Request & { [CACHEABLE]?: boolean; [CACHE]?: ResponseCache };

/** The channel every committed write notifies (the cache's instances, and tests waiting for a write, listen). */
export const DATA_CHANGED_CHANNEL = 'data_changed';

/**
 * Called by every write inside its transaction (with its audit entry): on commit, every instance
 * hears that what observers see may have changed. PostgreSQL delivers one notification per
 * transaction for identical payloads.
 */
export async function notifyDataChanged(manager: EntityManager): Promise<void> {
  await manager.query(`SELECT pg_notify('${DATA_CHANGED_CHANNEL}', '{}')`);
}

/**
 * The next instant at which what observers see changes by itself, without a write: an embargo
 * lifting (publishAt), a deadline passing (a PENDING response becomes NO_RESPONSE), an extended
 * deadline passing. Day-based rules (withdrawals, States' membership, periods) change at midnight
 * UTC, which bounds every window too.
 */
const NEXT_CHANGE_SQL = `
SELECT least(
  (SELECT min(publish_at) FROM questionnaire WHERE publish_at > $1),
  (SELECT min(deadline) FROM questionnaire WHERE deadline > $1),
  (SELECT min(extended_deadline) FROM response WHERE extended_deadline > $1)
) AS next`;

/** A stretch of time and data during which a cached answer stays the right answer. */
export interface Window {
  /** The count of committed writes heard of when the window was computed. */
  readonly version: number;
  /** The LISTEN connection it was computed under: a reconnection may have missed writes. */
  readonly generation: number;
  readonly from: number;
  readonly until: number;
}

export function nextMidnightUtc(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1);
}

/**
 * An automatic persisted query's hash (`extensions: { persistedQuery: { version: 1, sha256Hash } }`,
 * as Apollo clients send it), undefined when there are no extensions, null for anything else.
 */
function persistedQueryHash(extensions: unknown): string | null | undefined {
  if (extensions === undefined) return undefined;
  if (extensions === null || typeof extensions !== 'object') return null;
  const { persistedQuery, ...others } = extensions as Record<string, unknown>;
  if (Object.keys(others).length > 0 || persistedQuery === null || typeof persistedQuery !== 'object') return null;
  const { version, sha256Hash, ...more } = persistedQuery as Record<string, unknown>;
  if (Object.keys(more).length > 0 || version !== 1) return null;
  return typeof sha256Hash === 'string' && /^[0-9a-f]{64}$/.test(sha256Hash) ? sha256Hash : null;
}

/**
 * What identifies an anonymous read: the document (its text, or its persisted-query hash: one key
 * whether the hash comes alone or with the text it was registered with), the operation chosen in
 * it, and the variables. Other extensions change what runs: not for the cache.
 */
export function cacheKey(body: unknown): string | null {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return null;
  const { query, operationName, variables, extensions } = body as Record<string, unknown>;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return null;
  const hash = persistedQueryHash(extensions);
  if (hash === null) return null;
  let document: string;
  if (hash === undefined) {
    if (typeof query !== 'string') return null;
    document = `text\u0000${query}`;
  } else {
    // With the text (a registration), the hash must be the text's, as Apollo will check.
    if (query !== undefined && (typeof query !== 'string' || sha256Hex(query) !== hash)) return null;
    document = `sha256\u0000${hash}`;
  }
  return `${operationName ?? ''}\u0000${JSON.stringify(variables ?? null)}\u0000${document}`;
}

const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');

interface Entry {
  readonly body: Buffer;
  readonly window: Window;
}

/**
 * Answers repeated anonymous reads (POST /graphql, no Authorization header) from memory, as the
 * bytes first sent. An entry is served only within the window it was computed in: no write
 * committed since (heard through NOTIFY data_changed, from every instance), the LISTEN connection
 * not reopened, and the clock before the next scheduled change of visibility. Staff and nominee
 * reads, mutations, errors and GET requests always run. Memory is bounded (least recently used
 * out first).
 */
@Injectable()
export class ResponseCache implements OnApplicationBootstrap {
  private readonly logger = new Logger(ResponseCache.name);
  private readonly entries = new LruBySize<Entry>(RESPONSE_CACHE_MAX_BYTES);
  private version = 0;
  private window: Window | null = null;
  private computing: Promise<Window | null> | null = null;
  private subscribed: Promise<void> | null = null;
  private enabled = true;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(NotificationsService) private readonly notifications: NotificationsService,
    @Inject(RequestLimiter) private readonly limiter: RequestLimiter,
  ) {}

  onApplicationBootstrap(): void {
    void this.subscribe();
  }

  /** For the benchmark's comparison with and without it. */
  setEnabled(on: boolean): void {
    this.enabled = on;
    this.entries.clear();
  }

  /**
   * A write on this instance: nothing kept so far may be served again. Called when a mutation starts
   * and again when its answer is sent (after its transaction committed), so a read racing the write
   * keeps nothing either; the NOTIFY that every commit sends covers the other instances.
   */
  invalidateLocal(): void {
    this.version += 1;
  }

  get stats(): { entries: number; bytes: number; version: number } {
    return { entries: this.entries.size, bytes: this.entries.bytes, version: this.version };
  }

  private subscribe(): Promise<void> {
    this.subscribed ??= this.notifications
      .subscribe<unknown, never>(
        DATA_CHANGED_CHANNEL,
        // Counted as it arrives; nothing is queued for this subscriber.
        () => {
          this.version += 1;
          return false;
        },
        () => undefined as never,
      )
      .then(
        () => undefined,
        (error: unknown) => {
          this.logger.warn(`no LISTEN connection yet, the cache stays off: ${String(error)}`);
          this.subscribed = null;
        },
      );
    return this.subscribed;
  }

  /** The current window, or null when nothing may be served or kept (no LISTEN connection). */
  private async current(): Promise<Window | null> {
    const generation = this.notifications.listenGeneration;
    if (generation === null) {
      void this.subscribe();
      return null;
    }
    const now = this.clock.now().getTime();
    const w = this.window;
    if (w && w.version === this.version && w.generation === generation && now >= w.from && now < w.until) return w;
    this.computing ??= this.compute(now, generation).finally(() => {
      this.computing = null;
    });
    const computed = await this.computing;
    // Computed for another instant (the clock moved meanwhile): run this request uncached.
    return computed && now >= computed.from && now < computed.until ? computed : null;
  }

  private async compute(now: number, generation: number): Promise<Window | null> {
    // Read before the query: a write heard while it runs leaves this window already stale.
    const version = this.version;
    const next = await this.nextChange(new Date(now));
    const until = Math.min(next?.getTime() ?? Infinity, nextMidnightUtc(now), now + RESPONSE_CACHE_MAX_AGE_MS);
    const window: Window = { version, generation, from: now, until };
    this.window = window;
    return window;
  }

  /**
   * Straight on a pooled connection, not through TypeORM: the cache's own bookkeeping (once per
   * write) stays out of the statement count that bounds what a request costs.
   */
  private async nextChange(now: Date): Promise<Date | null> {
    const driver = this.dataSource.driver as PostgresDriver;
    const [connection, release] = (await driver.obtainMasterConnection()) as [pg.PoolClient, (e?: unknown) => void];
    try {
      const { rows } = await connection.query<{ next: Date | null }>(NEXT_CHANGE_SQL, [now]);
      release();
      return rows[0]?.next ?? null;
    } catch (error) {
      release(error);
      throw error;
    }
  }

  private valid(window: Window): boolean {
    const now = this.clock.now().getTime();
    return (
      window === this.window &&
      window.version === this.version &&
      window.generation === this.notifications.listenGeneration &&
      now >= window.from &&
      now < window.until
    );
  }

  /** Express middleware for /graphql, before Apollo: answers hits, and keeps what Apollo answers. */
  middleware(): RequestHandler {
    return (req: Request, res: Response, next: NextFunction) => {
      (req as Marked)[CACHE] = this;
      if (
        !this.enabled ||
        req.method !== 'POST' ||
        req.headers.authorization !== undefined ||
        !req.is('application/json')
      ) {
        return next();
      }
      const key = cacheKey(req.body);
      if (key === null) return next();
      this.current().then(
        (window) => {
          if (!window) return next();
          const hit = this.entries.get(key);
          if (hit && hit.window === window && this.valid(window)) {
            // The same per-address budget as every other request; over it, Apollo answers the 429.
            const client = req.ip ?? req.socket.remoteAddress ?? 'unknown';
            if (this.limiter.hit(client, Date.now())) {
              res.writeHead(200, {
                'content-type': 'application/json; charset=utf-8',
                'content-length': hit.body.length,
                [RESPONSE_CACHE_HEADER]: 'hit',
              });
              res.end(hit.body);
              return;
            }
            return next();
          }
          const send = res.send.bind(res);
          res.send = (body?: unknown) => {
            // Kept only for a query (marked by the plugin) that succeeded without any error.
            if (
              (req as Marked)[CACHEABLE] &&
              res.statusCode === 200 &&
              typeof body === 'string' &&
              /^\{\s*"data"/.test(body) &&
              this.valid(window)
            ) {
              const bytes = Buffer.from(body, 'utf8');
              if (bytes.length <= RESPONSE_CACHE_MAX_ENTRY_BYTES) {
                this.entries.set(key, { body: bytes, window }, bytes.length + key.length * 2);
              }
            }
            return send(body);
          };
          next();
        },
        (error: unknown) => {
          this.logger.warn(aboutRequest(requestIdOf(req), 'response cache bypassed', error));
          next();
        },
      );
    };
  }
}

/**
 * Marks the request of an anonymous query as one the cache may keep (never a mutation or a
 * subscription; never anyone signed in).
 */
export function responseCachePlugin(): ApolloServerPlugin<RequestContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === OperationTypeNode.MUTATION) {
            (contextValue.req as Marked)[CACHE]?.invalidateLocal();
          } else if (
            operation?.operation === OperationTypeNode.QUERY &&
            contextValue.req.headers.authorization === undefined
          ) {
            (contextValue.req as Marked)[CACHEABLE] = true;
          }
          return Promise.resolve();
        },
        willSendResponse({ operation, contextValue }) {
          // The mutation's transaction has committed (or rolled back): read-your-write on this instance.
          if (operation?.operation === OperationTypeNode.MUTATION) {
            (contextValue.req as Marked)[CACHE]?.invalidateLocal();
          }
          return Promise.resolve();
        },
      });
    },
  };
}
