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
import { InterviewMode, InterviewStatus } from '../interviews.enums.js';
import { PanelEntity } from './panel.entity.js';

export interface CriterionConclusion {
  readonly criterionKey: string;
  readonly rating: string;
}

/** A panel's interview of one candidate, its record, and the chair's conclusion. */
@Entity('interview')
@Index('ix_interview_candidacy', ['candidacyId', 'scheduledAt'])
@Index('ix_interview_panel', ['panelId'])
export class InterviewEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_interview' })
  id: string;

  @Column({ type: 'uuid' })
  panelId: string;

  @ManyToOne(() => PanelEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'panel_id', foreignKeyConstraintName: 'fk_interview_panel' })
  panel?: Relation<PanelEntity>;

  @Column({ type: 'uuid' })
  candidacyId: string;

  @ManyToOne(() => CandidacyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'candidacy_id', foreignKeyConstraintName: 'fk_interview_candidacy' })
  candidacy?: Relation<CandidacyEntity>;

  @Column({ type: 'timestamptz', precision: 3 })
  scheduledAt: Date;

  @Column({ type: 'enum', enum: InterviewMode, enumName: 'interview_mode' })
  mode: InterviewMode;

  @Column({ type: 'enum', enum: InterviewStatus, enumName: 'interview_status', default: InterviewStatus.SCHEDULED })
  status: InterviewStatus;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  heldAt: Date | null;

  @Column({ type: 'int', nullable: true })
  durationMinutes: number | null;

  /** Panel member ids. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  membersPresent: string[];

  @Column({ type: 'text', nullable: true })
  publicSummary: string | null;

  /** Private to the panel and officers; never public, never on the observers' schema. */
  @Column({ type: 'text', nullable: true })
  privateNotes: string | null;

  @Column({ type: 'text', nullable: true })
  conclusionOverall: string | null;

  @Column({ type: 'jsonb', nullable: true })
  conclusionCriteria: CriterionConclusion[] | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  concludedAt: Date | null;

  /** Some member revised their scores after seeing the others': the published conclusion says so. */
  @Column({ type: 'boolean', default: false })
  scoresRevisedAfterDisclosure: boolean;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
