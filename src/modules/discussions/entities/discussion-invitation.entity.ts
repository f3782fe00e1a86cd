import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { CandidacyEntity } from '../../candidacies/entities/candidacy.entity.js';
import { DiscussionAnswer } from '../discussions.enums.js';
import { DiscussionEntity } from './discussion.entity.js';

/** One nominee invited to one discussion, and their answer. */
@Entity('discussion_invitation')
@Index('ux_discussion_invitation_discussion_candidacy', ['discussionId', 'candidacyId'], { unique: true })
@Index('ix_discussion_invitation_candidacy', ['candidacyId'])
@Index('ux_discussion_invitation_token_hash', ['tokenHash'], { unique: true })
export class DiscussionInvitationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_discussion_invitation' })
  id: string;

  @Column({ type: 'uuid' })
  discussionId: string;

  @ManyToOne(() => DiscussionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'discussion_id', foreignKeyConstraintName: 'fk_discussion_invitation_discussion' })
  discussion?: Relation<DiscussionEntity>;

  @Column({ type: 'uuid' })
  candidacyId: string;

  @ManyToOne(() => CandidacyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'candidacy_id', foreignKeyConstraintName: 'fk_discussion_invitation_candidacy' })
  candidacy?: Relation<CandidacyEntity>;

  @Column({ type: 'enum', enum: DiscussionAnswer, enumName: 'discussion_answer', default: DiscussionAnswer.NO_REPLY })
  answer: DiscussionAnswer;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  answeredAt: Date | null;

  /**
   * SHA-256 (hex) of the invitation's own code, mailed with it, so a nominee with no live
   * questionnaire invitation can open their page; null for invitations made before codes existed.
   */
  @Column({ type: 'char', length: 64, nullable: true })
  tokenHash: string | null;

  /** When the invitation mail was queued; null when the nominee has no contact address. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  mailedAt: Date | null;

  /** When the nominee was invited. */
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
