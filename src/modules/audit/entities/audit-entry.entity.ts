import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One entry of the append-only, hash-chained audit log. The database refuses UPDATE, DELETE and
 * TRUNCATE on this table (trigger, see the AuditLog migration).
 */
@Entity('audit_entry')
@Index('ix_audit_entry_entity', ['entityType', 'entityId', 'seq'])
@Index('ix_audit_entry_actor', ['actorKind', 'actorId', 'seq'])
@Index('ix_audit_entry_operation', ['operation', 'seq'])
@Index('ix_audit_entry_occurred_at', ['occurredAt'])
export class AuditEntryEntity {
  /** Position in the chain: 1, 2, 3... assigned under the append lock. */
  @PrimaryColumn({ type: 'bigint', primaryKeyConstraintName: 'pk_audit_entry' })
  seq: string;

  @Column({ type: 'timestamptz', precision: 3 })
  occurredAt: Date;

  @Column({ type: 'text' })
  actorKind: string;

  @Column({ type: 'text', nullable: true })
  actorId: string | null;

  /** The GraphQL operation or command that wrote, e.g. `nominateCandidate`. */
  @Column({ type: 'text' })
  operation: string;

  @Column({ type: 'text' })
  entityType: string;

  @Column({ type: 'text' })
  entityId: string;

  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  @Column({ type: 'text', nullable: true })
  requestId: string | null;

  @Column({ type: 'text', nullable: true })
  clientAddress: string | null;

  /** SHA-256 (hex) of the previous entry; 64 zeros for the first. */
  @Column({ type: 'char', length: 64 })
  prevHash: string;

  /** SHA-256 (hex) of this entry's canonical content, which includes prevHash. */
  @Index('ux_audit_entry_hash', { unique: true })
  @Column({ type: 'char', length: 64 })
  hash: string;
}
