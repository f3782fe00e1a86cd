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
import { InterviewEntity } from './interview.entity.js';
import { PanelMemberEntity } from './panel-member.entity.js';

/** A member's dissent from the panel's conclusion; published with their name only if they consent. */
@Entity('dissent')
@Index('ux_dissent_interview_member', ['interviewId', 'memberId'], { unique: true })
export class DissentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_dissent' })
  id: string;

  @Column({ type: 'uuid' })
  interviewId: string;

  @ManyToOne(() => InterviewEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interview_id', foreignKeyConstraintName: 'fk_dissent_interview' })
  interview?: Relation<InterviewEntity>;

  @Column({ type: 'uuid' })
  memberId: string;

  @ManyToOne(() => PanelMemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'fk_dissent_member' })
  member?: Relation<PanelMemberEntity>;

  @Column({ type: 'text' })
  text: string;

  /** The author consents to be named when the interview is published. */
  @Column({ type: 'boolean' })
  consentToBeNamed: boolean;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  recordedAt: Date;
}
