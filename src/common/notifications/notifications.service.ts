import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import pg from 'pg';
import { DataSource, type EntityManager } from 'typeorm';

/** The channels published on; each payload is a small JSON object (PostgreSQL caps it at 8000 bytes). */
export type Channel = 'slate_flag_changed' | 'ballot_round_recorded';
const CHANNELS: readonly Channel[] = ['slate_flag_changed', 'ballot_round_recorded'];

/** An async iterator fed by pushes: what a GraphQL subscription returns. */
class Feed<T> implements AsyncIterableIterator<T> {
  private readonly queue: T[] = [];
  private readonly waiting: ((result: IteratorResult<T>) => void)[] = [];
  private closed = false;

  constructor(private readonly onClose: () => void) {}

  push(value: T): void {
    if (this.closed) return;
    const waiter = this.waiting.shift();
    if (waiter) waiter({ value, done: false });
    else this.queue.push(value);
  }

  next(): Promise<IteratorResult<T>> {
    if (this.queue.length > 0) return Promise.resolve({ value: this.queue.shift() as T, done: false });
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  return(): Promise<IteratorResult<T>> {
    if (!this.closed) {
      this.closed = true;
      this.onClose();
      for (const waiter of this.waiting.splice(0)) waiter({ value: undefined, done: true });
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}

type Listener = (payload: unknown) => void;

/**
 * Publish/subscribe through PostgreSQL NOTIFY/LISTEN, so every instance behind a load balancer
 * hears every change. A notification sent inside a transaction is delivered only when it commits:
 * subscribers never hear of a write that was rolled back.
 */
@Injectable()
export class NotificationsService implements OnModuleDestroy {
  private readonly logger = new Logger(NotificationsService.name);
  private readonly listeners = new Map<Channel, Set<Listener>>();
  private connection: Promise<pg.Client> | null = null;

  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Queues a notification in the caller's transaction (sent on commit). */
  async publish(manager: EntityManager, channel: Channel, payload: object): Promise<void> {
    await manager.query('SELECT pg_notify($1, $2)', [channel, JSON.stringify(payload)]);
  }

  /**
   * What is published on `channel` from now on and passes `accept`, turned into what subscribers
   * receive by `toValue` (in order), until the subscriber leaves.
   */
  async subscribe<P, T>(
    channel: Channel,
    accept: (payload: P) => boolean,
    toValue: (payload: P) => Promise<T> | T,
  ): Promise<AsyncIterableIterator<T>> {
    await this.listen();
    const listeners = this.listeners.get(channel) ?? new Set<Listener>();
    this.listeners.set(channel, listeners);
    let chain = Promise.resolve();
    const listener: Listener = (payload) => {
      // Payloads on our channels are only ever published by this service's callers, as P.
      const typed = payload as P;
      if (!accept(typed)) return;
      chain = chain
        .then(async () => feed.push(await toValue(typed)))
        .catch((error: unknown) => this.logger.error(`${channel}: ${String(error)}`));
    };
    const feed = new Feed<T>(() => listeners.delete(listener));
    listeners.add(listener);
    return feed;
  }

  /** One dedicated connection per process LISTENs on every channel, opened on first use. */
  private listen(): Promise<pg.Client> {
    this.connection ??= (async () => {
      const options = this.dataSource.options;
      const client = new pg.Client({ connectionString: options.type === 'postgres' ? options.url : undefined });
      await client.connect();
      client.on('notification', (message) => {
        const channel = CHANNELS.find((c) => c === message.channel);
        if (!channel || !message.payload) return;
        const payload: unknown = JSON.parse(message.payload);
        for (const listener of this.listeners.get(channel) ?? []) listener(payload);
      });
      client.on('error', (error) => this.logger.error(`LISTEN connection failed: ${error.message}`));
      for (const channel of CHANNELS) await client.query(`LISTEN ${channel}`);
      return client;
    })();
    return this.connection;
  }

  async onModuleDestroy(): Promise<void> {
    this.listeners.clear();
    if (this.connection) await (await this.connection).end();
  }
}
