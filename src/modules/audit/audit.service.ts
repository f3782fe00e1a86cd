import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { actorKey, type Author } from '../../common/author.js';
import { Clock } from '../../common/clock.js';
import { decodeCursor } from '../../common/pagination/cursor.js';
import { entryHash, GENESIS_HASH, snapshot, verifyRun, type ChainBreak, type ChainContent } from './audit-chain.js';
import { AuditEntryEntity } from './entities/audit-entry.entity.js';

export interface AuditRecord {
  readonly operation: string;
  readonly entityType: string;
  readonly entityId: string;
  readonly before?: object | null;
  readonly after?: object | null;
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
const APPEND_LOCK = 0x1cc_a0d17;

function contentOf(e: AuditEntryEntity): ChainContent & { hash: string } {
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

  /**
   * Appends entries inside the caller's transaction: they commit with the change or not at all.
   * The advisory lock is held to the end of that transaction.
   */
  async append(manager: EntityManager, author: Author, ...records: AuditRecord[]): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) throw new Error('audit entries are written inside a transaction');
    await manager.query('SELECT pg_advisory_xact_lock($1)', [APPEND_LOCK]);
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
        before: snapshot(record.before),
        after: snapshot(record.after),
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

  /** Walks the whole chain in seq order, in batches. */
  async verify(batch = 1000): Promise<{ count: number; headHash: string; broken: ChainBreak | null }> {
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
      if (rows.length === 0) return { count, headHash: prev, broken: null };
      const broken = verifyRun(rows.map(contentOf), prev);
      if (broken) return { count, headHash: prev, broken };
      count += rows.length;
      prev = rows.at(-1)!.hash;
      after = String(rows.at(-1)!.seq);
    }
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
