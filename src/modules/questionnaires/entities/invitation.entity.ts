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
import { QuestionnaireEntity } from './questionnaire.entity.js';

/** A nominee's personal invitation to answer one questionnaire. Only the token's hash is stored. */
@Entity('invitation')
@Index('ux_invitation_active', ['questionnaireId', 'candidacyId'], { unique: true, where: '"revoked_at" IS NULL' })
@Index('ux_invitation_token_hash', ['tokenHash'], { unique: true })
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_invitation' })
  id: string;

  @Column({ type: 'uuid' })
  questionnaireId: string;

  @ManyToOne(() => QuestionnaireEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'questionnaire_id', foreignKeyConstraintName: 'fk_invitation_questionnaire' })
  questionnaire?: Relation<QuestionnaireEntity>;

  @Column({ type: 'uuid' })
  candidacyId: string;

  @ManyToOne(() => CandidacyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'candidacy_id', foreignKeyConstraintName: 'fk_invitation_candidacy' })
  candidacy?: Relation<CandidacyEntity>;

  /** SHA-256 (hex) of the token; the token itself is only in the e-mail. */
  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @Column({ type: 'timestamptz', precision: 3 })
  expiresAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  viewedAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
