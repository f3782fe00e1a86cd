import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { CandidacyEntity } from '../../candidacies/entities/candidacy.entity.js';
import type { AnswerValue } from '../questions.js';
import { QuestionnaireEntity } from './questionnaire.entity.js';

export enum ResponseStatus {
  NOT_STARTED = 'NOT_STARTED',
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  DECLINED = 'DECLINED',
}

/** A nominee's response to one questionnaire; every saved state is kept in response_revision. */
@Entity('response')
@Index('ux_response_questionnaire_candidacy', ['questionnaireId', 'candidacyId'], { unique: true })
export class ResponseEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_response' })
  id: string;

  @Column({ type: 'uuid' })
  questionnaireId: string;

  @ManyToOne(() => QuestionnaireEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'questionnaire_id', foreignKeyConstraintName: 'fk_response_questionnaire' })
  questionnaire?: Relation<QuestionnaireEntity>;

  @Column({ type: 'uuid' })
  candidacyId: string;

  @ManyToOne(() => CandidacyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'candidacy_id', foreignKeyConstraintName: 'fk_response_candidacy' })
  candidacy?: Relation<CandidacyEntity>;

  @Column({ type: 'enum', enum: ResponseStatus, enumName: 'response_status', default: ResponseStatus.NOT_STARTED })
  status: ResponseStatus;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  answers: Record<string, AnswerValue>;

  /** Optimistic locking: a save must name the version it started from. */
  @Column({ type: 'int', default: 0 })
  version: number;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'boolean', default: false })
  submittedLate: boolean;

  @Column({ type: 'text', nullable: true })
  declineReason: string | null;

  /** An officer's extension of this nominee's deadline, with its reason. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  extendedDeadline: Date | null;

  @Column({ type: 'text', nullable: true })
  extensionReason: string | null;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
