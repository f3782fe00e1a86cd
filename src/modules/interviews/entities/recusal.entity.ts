import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { CandidacyEntity } from '../../candidacies/entities/candidacy.entity.js';
import { PanelMemberEntity } from './panel-member.entity.js';

/** A conflict a member declared about one candidacy. Automatic recusals are computed, not stored. */
@Entity('recusal')
@Index('ux_recusal_member_candidacy', ['memberId', 'candidacyId'], { unique: true })
@Index('ix_recusal_candidacy', ['candidacyId'])
export class RecusalEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_recusal' })
  id: string;

  @Column({ type: 'uuid' })
  memberId: string;

  @ManyToOne(() => PanelMemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'fk_recusal_member' })
  member?: Relation<PanelMemberEntity>;

  @Column({ type: 'uuid' })
  candidacyId: string;

  @ManyToOne(() => CandidacyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'candidacy_id', foreignKeyConstraintName: 'fk_recusal_candidacy' })
  candidacy?: Relation<CandidacyEntity>;

  @Column({ type: 'text' })
  reason: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  declaredAt: Date;
}
