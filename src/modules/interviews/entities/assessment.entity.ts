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

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  submittedAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
