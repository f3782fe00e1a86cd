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
import { InterviewEntity } from './interview.entity.js';
import { PanelMemberEntity } from './panel-member.entity.js';

export interface CriterionScore {
  readonly criterionKey: string;
  readonly rating: string;
  readonly reasoning: string;
}

/** One member's independent scores for one interview, every criterion of the rubric. Private. */
@Entity('assessment')
@Index('ux_assessment_interview_member', ['interviewId', 'memberId'], { unique: true })
export class AssessmentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_assessment' })
  id: string;

  @Column({ type: 'uuid' })
  interviewId: string;

  @ManyToOne(() => InterviewEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interview_id', foreignKeyConstraintName: 'fk_assessment_interview' })
  interview?: Relation<InterviewEntity>;

  @Column({ type: 'uuid' })
  memberId: string;

  @ManyToOne(() => PanelMemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'fk_assessment_member' })
  member?: Relation<PanelMemberEntity>;

  @Column({ type: 'jsonb' })
  scores: CriterionScore[];

  /** Blind scoring: when a read first showed this member the other members' scores. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  othersSeenAt: Date | null;

  /** Set by the chair to allow one revision after disclosure; cleared by that revision. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  reopenedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  reopenReason: string | null;

  /** The scores were revised after the member had seen the others' (with the chair's leave). */
  @Column({ type: 'boolean', default: false })
  revisedAfterDisclosure: boolean;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  submittedAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
