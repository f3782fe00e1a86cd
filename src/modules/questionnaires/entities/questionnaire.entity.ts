import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  VersionColumn,
} from 'typeorm';
import { ElectionEntity } from '../../elections/entities/election.entity.js';
import type { Question } from '../questions.js';
import { QuestionnaireTemplateEntity } from './questionnaire-template.entity.js';

/** A questionnaire issued for one election: a frozen copy of one template version. */
@Entity('questionnaire')
@Index('ix_questionnaire_election', ['electionId'])
export class QuestionnaireEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_questionnaire' })
  id: string;

  @Column({ type: 'uuid' })
  electionId: string;

  @ManyToOne(() => ElectionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'election_id', foreignKeyConstraintName: 'fk_questionnaire_election' })
  election?: Relation<ElectionEntity>;

  @Column({ type: 'uuid' })
  templateId: string;

  @ManyToOne(() => QuestionnaireTemplateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'template_id', foreignKeyConstraintName: 'fk_questionnaire_template' })
  template?: Relation<QuestionnaireTemplateEntity>;

  @Column({ type: 'text' })
  title: string;

  /** The title in French, where there is one: nominees reading in French see it (else the title). */
  @Column({ type: 'text', nullable: true })
  titleFr: string | null;

  @Column({ type: 'jsonb' })
  questions: Question[];

  @Column({ type: 'timestamptz', precision: 3 })
  deadline: Date;

  /** Observers see submitted answers from this instant (the embargo lifts by itself). */
  @Column({ type: 'timestamptz', precision: 3 })
  publishAt: Date;

  /** When an officer last sent reminders by hand (remindNominees); another within 24 hours needs `force`. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lastManualReminderAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @VersionColumn()
  version: number;
}
