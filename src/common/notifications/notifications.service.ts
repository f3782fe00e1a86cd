import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import pg from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { DomainError, ErrorCode } from '../errors.js';

/** The channels published on; each payload is a small JSON object (PostgreSQL caps it at 8000 bytes). */
// data_changed: every committed write (published with its audit entry), for the response cache.
export type Channel = 'slate_flag_changed' | 'ballot_round_recorded' | 'data_changed' | 'response_submitted';
const CHANNELS: readonly Channel[] = [
  'slate_flag_changed',
  'ballot_round_recorded',
  'data_changed',
  'response_submitted',
];

/** How the LISTEN connection shows in pg_stat_activity (and how a test finds it). */
export const LISTENER_APPLICATION_NAME = 'icc-notifications';

/** Reconnection after the LISTEN connection is lost: doubling from the first delay up to the last. */
export const RECONNECT_DELAYS_MS = { first: 100, max: 30_000 } as const;

/** What ends a subscriber that reads slower than events arrive. */
export function subscriberTooSlow(limit: number): DomainError {
  return new DomainError(
    ErrorCode.SERVICE_UNAVAILABLE,
    `This subscription fell ${limit} events behind and was ended: subscribe again, and reload what it shows`,
    { reason: 'SUBSCRIBER_TOO_SLOW' },
  );
}

/**
 * An async iterator fed by pushes: what a GraphQL subscription returns. Its queue is bounded: a
 * reader that falls `limit` events behind is ended with `subscriberTooSlow` (its next read fails)
 * rather than buffered without end.
 */
export class Feed<T> implements AsyncIterableIterator<T> {
  private readonly queue: T[] = [];
  private readonly waiting: { resolve: (result: IteratorResult<T>) => void; reject: (error: Error) => void }[] = [];
  private closed = false;
  private failure: Error | null = null;

  constructor(
    private readonly limit: number,
    private readonly onClose: () => void,
  ) {}

  /** Events queued and not yet read. */
  get backlog(): number {
    return this.queue.length;
  }

  push(value: T): void {
    if (this.closed) return;
    const waiter = this.waiting.shift();
    if (waiter) waiter.resolve({ value, done: false });
    else if (this.queue.length >= this.limit) this.fail(subscriberTooSlow(this.limit));
    else this.queue.push(value);
  }

  /** Ends the feed: queued events are dropped and the next read rejects with `error`. */
  fail(error: Error): void {
    if (this.closed) return;
    this.close();
    this.queue.length = 0;
    const waiters = this.waiting.splice(0);
    if (waiters.length === 0) this.failure = error;
    for (const waiter of waiters) waiter.reject(error);
  }

  next(): Promise<IteratorResult<T>> {
    if (this.queue.length > 0) return Promise.resolve({ value: this.queue.shift() as T, done: false });
    if (this.failure !== null) {
      const error = this.failure;
      this.failure = null;
      return Promise.reject(error);
    }
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  return(): Promise<IteratorResult<T>> {
    this.close();
    this.queue.length = 0;
    this.failure = null;
    for (const waiter of this.waiting.splice(0)) waiter.resolve({ value: undefined, done: true });
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.onClose();
  }
}

type Listener = (payload: unknown) => void;

/**
 * Publish/subscribe through PostgreSQL NOTIFY/LISTEN, so every instance behind a load balancer
 * hears every change. A notification sent inside a transaction is delivered only when it commits:
 * subscribers never hear of a write that was rolled back.
 *
 * One dedicated connection per process LISTENs on every channel, opened on first use. When it is
 * lost (database restart, failover, backend terminated) it is reopened with doubling back-off and
 * listens again; subscriptions carry on. Notifications sent while it was down are not replayed
 * (PostgreSQL does not keep them).
 */
@Injectable()
export class NotificationsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(NotificationsService.name);
  private readonly listeners = new Map<Channel, Set<Listener>>();
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private retry: NodeJS.Timeout | null = null;
  private attempts = 0;
  private stopped = false;
  private generation = 0;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Queues a notification in the caller's transaction (sent on commit). */
  async publish(manager: EntityManager, channel: Channel, payload: object): Promise<void> {
    await manager.query('SELECT pg_notify($1, $2)', [channel, JSON.stringify(payload)]);
  }

  /**
   * What is published on `channel` from now on and passes `accept`, turned into what subscribers
   * receive by `toValue` (in order), until the subscriber leaves or falls too far behind.
   */
  async subscribe<P, T>(
    channel: Channel,
    accept: (payload: P) => boolean,
    toValue: (payload: P) => Promise<T> | T,
  ): Promise<AsyncIterableIterator<T>> {
    await this.listen();
    const listeners = this.listeners.get(channel) ?? new Set<Listener>();
    this.listeners.set(channel, listeners);
    const limit = this.config.subscriberQueueLimit;
    let chain = Promise.resolve();
    let converting = 0;
    const listener: Listener = (payload) => {
      // Payloads on our channels are only ever published by this service's callers, as P.
      const typed = payload as P;
      if (!accept(typed)) return;
      // Events still being converted count too: a slow `toValue` must not build an unbounded chain.
      if (converting + feed.backlog >= limit) {
        this.logger.warn(`${channel}: a subscriber fell ${limit} events behind and was dropped`);
        feed.fail(subscriberTooSlow(limit));
        return;
      }
      converting += 1;
      chain = chain
        .then(async () => feed.push(await toValue(typed)))
        .catch((error: unknown) => this.logger.error(`${channel}: ${String(error)}`))
        .finally(() => {
          converting -= 1;
        });
    };
    const feed = new Feed<T>(limit, () => listeners.delete(listener));
    listeners.add(listener);
    return feed;
  }

  /**
   * Changes each time the LISTEN connection is (re)opened; null while it is down. Notifications sent
   * in between are lost, so whoever relies on hearing every one compares this.
   */
  get listenGeneration(): number | null {
    return this.client ? this.generation : null;
  }

  /**
   * The LISTEN connection opens at boot rather than on the first subscription, so that readiness
   * (/health/ready) tells whether this instance hears the others' writes before any client asks.
   * A failure is retried with back-off; it does not stop the start.
   */
  async onApplicationBootstrap(): Promise<void> {
    await this.listen().catch((error: unknown) =>
      this.logger.warn(`LISTEN connection not open yet (${String(error)}): retrying`),
    );
  }

  /** Whether the LISTEN connection is up now (readiness). */
  get listening(): boolean {
    return this.client !== null;
  }

  /** Subscribers in this process on every channel (metrics). */
  subscriberCounts(): Record<Channel, number> {
    return Object.fromEntries(CHANNELS.map((c) => [c, this.subscriberCount(c)])) as Record<Channel, number>;
  }

  /** Subscribers listening on `channel` in this process (for health checks and tests). */
  subscriberCount(channel: Channel): number {
    return this.listeners.get(channel)?.size ?? 0;
  }

  /** Resolves once the LISTEN connection is up; rejects when it cannot be opened now. */
  private listen(): Promise<void> {
    if (this.client) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const options = this.dataSource.options;
    const client = new pg.Client({
      connectionString: options.type === 'postgres' ? options.url : undefined,
      application_name: LISTENER_APPLICATION_NAME,
    });
    client.on('notification', (message) => {
      const channel = CHANNELS.find((c) => c === message.channel);
      if (!channel || !message.payload) return;
      const payload: unknown = JSON.parse(message.payload);
      for (const listener of this.listeners.get(channel) ?? []) listener(payload);
    });
    // Both may come for one loss (an error, then the end); `lost` acts once per client.
    client.on('error', (error) => this.lost(client, error.message));
    client.on('end', () => this.lost(client, 'connection ended'));
    try {
      await client.connect();
      for (const channel of CHANNELS) await client.query(`LISTEN ${channel}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      this.reconnectLater();
      throw error;
    }
    if (this.stopped) {
      await client.end();
      return;
    }
    if (this.attempts > 0) this.logger.log('LISTEN connection restored');
    this.client = client;
    this.generation += 1;
    this.attempts = 0;
  }

  private lost(client: pg.Client, why: string): void {
    if (this.client !== client) return;
    this.client = null;
    client.end().catch(() => undefined);
    if (this.stopped) return;
    this.logger.error(`LISTEN connection lost (${why}): reconnecting`);
    this.reconnectLater();
  }

  private reconnectLater(): void {
    if (this.stopped || this.retry) return;
    const delay = Math.min(RECONNECT_DELAYS_MS.max, RECONNECT_DELAYS_MS.first * 2 ** this.attempts);
    this.attempts += 1;
    this.retry = setTimeout(() => {
      this.retry = null;
      this.listen().catch((error: unknown) =>
        this.logger.error(`LISTEN connection failed (attempt ${this.attempts}): ${String(error)}`),
      );
    }, delay);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    this.listeners.clear();
    await this.connecting?.catch(() => undefined);
    const client = this.client;
    this.client = null;
    await client?.end();
  }
}
