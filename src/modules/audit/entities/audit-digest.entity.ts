import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A digest of the audit chain as it stood when it was published (`npm run audit:verify -- --publish`):
 * entry number `count` had hash `headHash`. Append-only like the chain itself; observers copy it out
 * (`auditDigestHistory`), and every later verification checks the chain still agrees with it.
 */
@Entity('audit_digest')
export class AuditDigestEntity {
  /** Number of entries in the chain: the digest speaks of entry number `count`. */
  @PrimaryColumn({ type: 'int', primaryKeyConstraintName: 'pk_audit_digest' })
  count: number;

  /** SHA-256 (hex) of entry number `count`. */
  @Column({ type: 'char', length: 64 })
  headHash: string;

  @Column({ type: 'timestamptz', precision: 3 })
  publishedAt: Date;
}
