import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { SlateFlagKind, SlateFlagScope } from '../../slate/index.js';
import { ElectionEntity } from '../../elections/entities/election.entity.js';
import { SLATE_FLAG_CHANGES, SLATE_FLAG_KINDS, SLATE_FLAG_SCOPES, type SlateFlagChange } from '../slate-flags.enums.js';

/** A slate flag raised, cleared or changed by a write, recorded in that write's transaction. */
@Entity('slate_flag_event')
@Index('ix_slate_flag_event_election', ['electionId', 'at', 'seq'])
export class SlateFlagEventEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_slate_flag_event' })
  id: string;

  /** Orders events written at the same instant. */
  @Column({ type: 'int' })
  seq: number;

  @Column({ type: 'uuid' })
  electionId: string;

  @ManyToOne(() => ElectionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'election_id', foreignKeyConstraintName: 'fk_slate_flag_event_election' })
  election?: Relation<ElectionEntity>;

  /** scope|scopeValue|kind (slateFlagKey). */
  @Column({ type: 'text' })
  flagKey: string;

  @Column({ type: 'enum', enum: Object.values(SLATE_FLAG_SCOPES), enumName: 'slate_flag_scope' })
  scope: SlateFlagScope;

  @Column({ type: 'text', nullable: true })
  scopeValue: string | null;

  @Column({ type: 'enum', enum: Object.values(SLATE_FLAG_KINDS), enumName: 'slate_flag_kind' })
  kind: SlateFlagKind;

  @Column({ type: 'enum', enum: Object.values(SLATE_FLAG_CHANGES), enumName: 'slate_flag_change' })
  change: SlateFlagChange;

  /** The flag's figures after the change (before it, for CLEARED). */
  @Column({ type: 'int' })
  seats: number;

  @Column({ type: 'int' })
  candidates: number;

  @Column({ type: 'timestamptz', precision: 3 })
  at: Date;

  /** The GraphQL operation that caused the change, and the entity it wrote. */
  @Column({ type: 'text' })
  operation: string;

  @Column({ type: 'text' })
  entityType: string;

  @Column({ type: 'text' })
  entityId: string;
}
