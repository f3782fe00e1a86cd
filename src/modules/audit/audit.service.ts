import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { actorKey, type Author } from '../../common/author.js';
import { Clock } from '../../common/clock.js';
import { notifyDataChanged } from '../../common/graphql/response-cache.js';
import { decodeCursor } from '../../common/pagination/cursor.js';
import { entryHash, GENESIS_HASH, snapshot, verifyRun, type ChainBreak, type ChainContent } from './audit-chain.js';
import { AuditDigestEntity } from './entities/audit-digest.entity.js';
import { AuditEntryEntity } from './entities/audit-entry.entity.js';

export interface AuditRecord {
  readonly operation: string;
  readonly entityType: string;
  readonly entityId: string;
  readonly before?: object | null;
  readonly after?: object | null;
}

export interface ChainWalk {
  /** Entries verified (all of them when the chain is intact). */
  readonly count: number;
  readonly headHash: string;
  readonly broken: ChainBreak | null;
  /** Hash of entry number N, for the positions asked for that exist. */
  readonly hashAt: ReadonlyMap<number, string>;
  /** Whether the hash looked for is one of the verified entries'. */
  readonly found: boolean;
}

export interface AuditFilter {
  readonly entityType?: string;
  readonly entityId?: string;
  readonly actorId?: string;
  readonly operation?: string;
  readonly from?: Date;
  readonly to?: Date;
}

// Serialises appends across every process on the database, so concurrent writers cannot fork the chain.
export const APPEND_LOCK = 0x1cc_a0d17;

/** The hashed content of a stored entry, as the chain defines it. */
export function contentOf(e: AuditEntryEntity): ChainContent & { hash: string } {
  return {
    seq: String(e.seq),
    occurredAt: e.occurredAt.toISOString(),
    actorKind: e.actorKind,
    actorId: e.actorId,
    operation: e.operation,
    entityType: e.entityType,
    entityId: e.entityId,
    before: e.before,
    after: e.after,
    requestId: e.requestId,
    clientAddress: e.clientAddress,
    prevHash: e.prevHash,
    hash: e.hash,
  };
}

@Injectable()
export class AuditService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** A loaded relation (left out of a snapshot) is an instance of a mapped entity; anything else is data. */
  private readonly isEntity = (value: object): boolean => this.dataSource.hasMetadata(value.constructor);

  /**
   * Appends entries inside the caller's transaction: they commit with the change or not at all.
   * The advisory lock is held to the end of that transaction.
   */
  async append(manager: EntityManager, author: Author, ...records: AuditRecord[]): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) throw new Error('audit entries are written inside a transaction');
    await manager.query('SELECT pg_advisory_xact_lock($1)', [APPEND_LOCK]);
    // Every write passes here: on commit, every instance's response cache hears of it.
    await notifyDataChanged(manager);
    const [head] = await manager.query<{ seq: string; hash: string }[]>(
      'SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1',
    );
    let seq = BigInt(head?.seq ?? '0');
    let prevHash = head?.hash ?? GENESIS_HASH;
    const actor = actorKey(author.actor);
    // Millisecond precision, as stored (timestamptz(3)), so the hash can be recomputed from the row.
    const occurredAt = new Date(Math.floor(this.clock.now().getTime()));
    for (const record of records) {
      seq += 1n;
      const content: ChainContent = {
        seq: seq.toString(),
        occurredAt: occurredAt.toISOString(),
        actorKind: actor.kind,
        actorId: actor.id,
        operation: record.operation,
        entityType: record.entityType,
        entityId: record.entityId,
        before: snapshot(record.before, this.isEntity),
        after: snapshot(record.after, this.isEntity),
        requestId: author.requestId,
        clientAddress: author.clientAddress,
        prevHash,
      };
      const hash = entryHash(content);
      await manager.query(
        `INSERT INTO audit_entry (seq, occurred_at, actor_kind, actor_id, operation, entity_type, entity_id,
           before, after, request_id, client_address, prev_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
        [
          content.seq,
          occurredAt,
          content.actorKind,
          content.actorId,
          content.operation,
          content.entityType,
          content.entityId,
          content.before === null ? null : JSON.stringify(content.before),
          content.after === null ? null : JSON.stringify(content.after),
          content.requestId,
          content.clientAddress,
          prevHash,
          hash,
        ],
      );
      prevHash = hash;
    }
  }

  async digest(): Promise<{ count: number; headSeq: string | null; headHash: string }> {
    const [head] = await this.dataSource.query<{ seq: string; hash: string }[]>(
      'SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1',
    );
    const [{ n }] = await this.dataSource.query<[{ n: string }]>('SELECT count(*) AS n FROM audit_entry');
    return { count: Number(n), headSeq: head?.seq ?? null, headHash: head?.hash ?? GENESIS_HASH };
  }

  /**
   * Walks the whole chain in seq order, in batches. Also notes the hash of entry number N for every N
   * in `positions` (to compare with digests kept elsewhere), and whether `lookFor` is some entry's hash.
   */
  async verify(options: { batch?: number; positions?: Iterable<number>; lookFor?: string } = {}): Promise<ChainWalk> {
    const batch = options.batch ?? 1000;
    const wanted = new Set(options.positions ?? []);
    const hashAt = new Map<number, string>();
    let found = false;
    let prev = GENESIS_HASH;
    let after = '0';
    let count = 0;
    for (;;) {
      const rows = await this.dataSource
        .getRepository(AuditEntryEntity)
        .createQueryBuilder('a')
        .where('a.seq > :after', { after })
        .orderBy('a.seq', 'ASC')
        .take(batch)
        .getMany();
      if (rows.length === 0) return { count, headHash: prev, broken: null, hashAt, found };
      const broken = verifyRun(rows.map(contentOf), prev);
      // Up to the broken entry the batch holds: those before it count as verified.
      const good = broken
        ? Math.max(
            0,
            rows.findIndex((row) => String(row.seq) === broken.seq),
          )
        : rows.length;
      for (const row of rows.slice(0, good)) {
        count += 1;
        if (wanted.has(count)) hashAt.set(count, row.hash);
        if (row.hash === options.lookFor) found = true;
        prev = row.hash;
      }
      if (broken) return { count, headHash: prev, broken, hashAt, found };
      after = String(rows.at(-1)!.seq);
    }
  }

  /** Every published digest, oldest first. */
  publishedDigests(): Promise<AuditDigestEntity[]> {
    return this.dataSource.getRepository(AuditDigestEntity).find({ order: { count: 'ASC' } });
  }

  /**
   * Publishes that entry number `count` has hash `headHash` (a verified head). Publishing the same
   * count again changes nothing.
   */
  async publishDigest(digest: { count: number; headHash: string }): Promise<AuditDigestEntity> {
    const repo = this.dataSource.getRepository(AuditDigestEntity);
    await repo
      .createQueryBuilder()
      .insert()
      .values({ count: digest.count, headHash: digest.headHash, publishedAt: this.clock.now() })
      .orIgnore()
      .execute();
    return repo.findOneByOrFail({ count: digest.count });
  }

  /** Published digests, newest first, keyset-paginated by count. */
  async digestPage(limit: number, cursor: string | undefined): Promise<{ rows: AuditDigestEntity[]; total: number }> {
    const qb = this.dataSource.getRepository(AuditDigestEntity).createQueryBuilder('d');
    const total = await qb.clone().getCount();
    if (cursor) {
      const [count] = decodeCursor(cursor, ['int']);
      qb.where('d.count < :count', { count: Number(count) });
    }
    const rows = await qb
      .orderBy('d.count', 'DESC')
      .take(limit + 1)
      .getMany();
    return { rows, total };
  }

  async page(
    filter: AuditFilter,
    limit: number,
    cursor: string | undefined,
  ): Promise<{ rows: AuditEntryEntity[]; total: number }> {
    const qb = this.dataSource.getRepository(AuditEntryEntity).createQueryBuilder('a');
    if (filter.entityType) qb.andWhere('a.entity_type = :entityType', { entityType: filter.entityType });
    if (filter.entityId) qb.andWhere('a.entity_id = :entityId', { entityId: filter.entityId });
    if (filter.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: filter.actorId });
    if (filter.operation) qb.andWhere('a.operation = :operation', { operation: filter.operation });
    if (filter.from) qb.andWhere('a.occurred_at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('a.occurred_at < :to', { to: filter.to });
    const total = await qb.clone().getCount();
    if (cursor) {
      const [seq] = decodeCursor(cursor, ['int']);
      qb.andWhere('a.seq < :seq', { seq: String(seq) });
    }
    const rows = await qb
      .orderBy('a.seq', 'DESC')
      .take(limit + 1)
      .getMany();
    return { rows, total };
  }
}
